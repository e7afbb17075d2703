"""Fetching politely, checked from the server's side: conditional GET, retries with back-off and
Retry-After, robots.txt, limits per host, timeouts, size and redirect limits."""
import asyncio
import time

import pytest

from kelisim.watch import Fetcher, Politeness

FAST = Politeness(delay=0.0, backoff=0.05, timeout=5.0)


def get(url, politeness=FAST, **kw):
    async def run():
        async with Fetcher(politeness) as f:
            return await f.get(url, **kw)
    return asyncio.run(run())


def test_fetch_names_kelisim_in_the_user_agent(site):
    site.add("/a", "<p>hello</p>")
    assert get(site.url + "/a").ok
    assert any(agent.startswith("kelisim/") for agent in site.agents)


def test_fetch_conditional_get_answers_not_modified_without_a_body(site):
    site.add("/feed", "<rss/>", etag='"v1"')
    first = get(site.url + "/feed")
    assert first.ok and first.headers["etag"] == '"v1"'
    again = get(site.url + "/feed", etag=first.headers["etag"])
    assert again.not_modified and again.content == b""
    assert site.not_modified == 1


@pytest.mark.parametrize("status", [429, 500, 503])
def test_fetch_retries_a_busy_server_and_honours_retry_after(site, status):
    site.add("/busy", "<p>at last</p>", statuses=[status, status], headers={"Retry-After": "1"})
    started = time.monotonic()
    r = get(site.url + "/busy")
    assert r.ok and r.content == b"<p>at last</p>"
    assert site.hits["/busy"] == 3
    assert time.monotonic() - started >= 2.0        # waited as asked, twice


def test_fetch_gives_up_after_its_retries_and_says_why(site):
    site.add("/down", statuses=[500] * 10)
    r = get(site.url + "/down", Politeness(delay=0.0, backoff=0.01, retries=2))
    assert not r.ok and r.error == "HTTP 500" and r.transient
    assert site.hits["/down"] == 3


def test_fetch_does_not_retry_a_missing_page(site):
    r = get(site.url + "/nothing-here")
    assert (r.status, r.error, r.transient) == (404, "HTTP 404", False)
    assert site.hits["/nothing-here"] == 1


def test_fetch_stops_a_redirect_loop(site):
    site.add("/loop-a", status=302, headers={"Location": "/loop-b"})
    site.add("/loop-b", status=302, headers={"Location": "/loop-a"})
    r = get(site.url + "/loop-a", Politeness(delay=0.0, max_redirects=4))
    assert not r.ok and "redirect loop" in r.error and not r.transient
    assert site.hits["/loop-a"] + site.hits["/loop-b"] == 5


def test_fetch_follows_a_redirect(site):
    site.add("/old", status=301, headers={"Location": "/new"})
    site.add("/new", "<p>moved</p>")
    r = get(site.url + "/old")
    assert r.ok and r.url == site.url + "/new"


def test_fetch_refuses_a_page_over_the_size_limit_without_reading_it_all(site):
    site.add("/huge", stream_bytes=50 * 1024 * 1024)            # 50 MB, no Content-Length
    site.add("/declared", "x" * 200_000)
    small = Politeness(delay=0.0, max_bytes=100_000)
    streamed = get(site.url + "/huge", small)
    assert not streamed.ok and "size limit" in streamed.error and not streamed.transient
    declared = get(site.url + "/declared", small)
    assert "size limit" in declared.error and declared.content == b""


def test_fetch_times_out_a_slow_server(site):
    site.add("/slow", "<p>late</p>", delay=3.0)
    r = get(site.url + "/slow", Politeness(delay=0.0, timeout=0.5, retries=0))
    assert not r.ok and r.status is None and "no answer within 0.5 s" in r.error


def test_fetch_respects_robots_txt(site):
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.add("/private/secret", "<p>secret</p>")
    site.add("/public", "<p>open</p>")
    assert get(site.url + "/public").ok
    refused = get(site.url + "/private/secret")
    assert refused.error == "robots.txt disallows it"
    assert "/private/secret" not in site.hits


def test_fetch_keeps_to_its_limit_per_host_and_its_delay(site):
    for i in range(8):
        site.add(f"/p{i}", "<p>page</p>", delay=0.2)

    async def run():
        async with Fetcher(Politeness(per_host=2, delay=0.1)) as f:
            return await asyncio.gather(*(f.get(f"{site.url}/p{i}") for i in range(8)))
    assert all(r.ok for r in asyncio.run(run()))
    assert site.max_in_flight <= 2
    starts = sorted(site.starts[1:])            # after robots.txt
    # 8 starts at least 0.1 s apart span 0.7 s; the slack is for a server thread that ran late.
    assert starts[-1] - starts[0] >= 0.7 - 0.15
