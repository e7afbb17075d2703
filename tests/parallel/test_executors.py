"""Every executor maps batches of articles to outcomes in input order, isolates an article the
extractor fails on, and keeps a bounded number of batches in flight."""
from __future__ import annotations

import pytest
from conftest import make_executor
from toy_extractor import FAIL

from kelisim.parallel.threads import BLAS_VARS, one_blas_thread
from kelisim.read.article import Article


def articles(n: int) -> list[Article]:
    return [Article(f"Министр провёл {i} встреч в столице.", source=f"news/{i}.txt",
                    meta={"delay": 0.05 * (n - i) / n}) for i in range(n)]


def batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def test_executor_returns_outcomes_in_input_order(kind):
    given = articles(24)
    with make_executor(kind) as ex:
        got = [o for outcomes in ex.map(batches(given, 3)) for o in outcomes]
    assert [rec["source"] for rec, _ in got] == [a.source for a in given]
    assert all(error is None for _, error in got)


def test_executor_isolates_the_article_the_extractor_fails_on(kind):
    given = articles(6)
    given[4] = Article(f"Агентство сообщило о {FAIL} связи.", source="news/bad.txt")
    with make_executor(kind) as ex:
        got = [o for outcomes in ex.map(batches(given, 3)) for o in outcomes]
    assert [error is None for _, error in got] == [True, True, True, True, False, True]
    assert "ValueError: cannot read news/bad.txt" in got[4][1]
    assert got[5][0]["source"] == "news/5.txt"          # the rest of its batch was kept


def test_executor_sends_empty_batches_nowhere_and_keeps_their_place(kind):
    given = articles(4)
    with make_executor(kind) as ex:
        got = list(ex.map([given[:2], [], given[2:], []]))
    assert [len(outcomes) for outcomes in got] == [2, 0, 2, 0]


@pytest.mark.parametrize("kind", ["two processes", "dask local cluster"])
def test_executor_keeps_at_most_its_window_of_batches_in_flight(kind):
    pulled = 0

    def source():
        nonlocal pulled
        for batch in batches(articles(40), 2):
            pulled += 1
            yield batch

    with make_executor(kind, window=3) as ex:
        for handed_back, _ in enumerate(ex.map(source()), start=1):
            assert pulled - handed_back <= 3
    assert handed_back == 20


@pytest.mark.parametrize("environ, set_by_us", [
    ({}, True),
    ({"OMP_NUM_THREADS": "4"}, False),          # the user's choice stands
    ({"OPENBLAS_NUM_THREADS": "2"}, False),
    ({"OMP_NUM_THREADS": ""}, True),            # empty is unset
])
def test_threads_one_blas_thread_unless_the_user_chose(environ, set_by_us):
    env = dict(environ)
    assert one_blas_thread(env) is set_by_us
    if set_by_us:
        assert all(env[v] == "1" for v in BLAS_VARS)
    else:
        assert env == environ
