"""Every cache the writer fills with what an ingest brings (names, words, actors) has a fixed size
set in store/limits.py, and SQLite's page cache too: an unbounded one would make the writer's
memory grow with the store again (bench/bench_ingest.py --records measures it)."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from kelisim.store import limits, open_store
from kelisim.store.actor_index import ActorIndex
from kelisim.store.names import name_key, surname_key
from kelisim.store.person_names import nominative
from kelisim.store.stem import stem_en, stem_ru


@pytest.mark.parametrize("cached, size", [
    (name_key, limits.NAMES),
    (surname_key, limits.NAMES),
    (nominative, limits.NAMES),
    (stem_ru, limits.WORDS),
    (stem_en, limits.WORDS),
])
def test_limits_each_name_and_word_cache_has_its_fixed_size(cached, size):
    assert cached.cache_info().maxsize == size


def test_limits_a_name_cache_stays_full_at_its_size_however_many_names_come():
    for n in range(limits.NAMES + 50):
        name_key(f"Новиков{n}")
    assert name_key.cache_info().currsize == limits.NAMES


def test_limits_the_actor_index_caches_have_the_fixed_sizes():
    index = ActorIndex()
    assert (index.info.cache.size, index.lookups.size) == (limits.ACTORS, limits.LOOKUPS)


def test_limits_sqlite_page_cache_is_bounded(tmp_path):
    with open_store(str(tmp_path / "kelisim.db")) as store, store.connect() as conn:
        assert conn.execute(sa.text("PRAGMA cache_size")).scalar() == -limits.SQLITE_CACHE_KIB
