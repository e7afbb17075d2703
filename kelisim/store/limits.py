"""How much the writer keeps in memory, in one place: every cache it fills with names, words or
actors, and SQLite's page cache, is bounded here. An ingest meets new names and words for ever;
with these bounds the caches are full after the first thousand articles or so, and the writer's
memory then stays flat however large the store grows (bench/bench_ingest.py --records; the
figures are in docs/scale.md).

The sizes are small on purpose: what a batch needs again is what the last few hundred articles
named (a miss costs a table lookup or a transliteration of a few microseconds to a millisecond),
and a larger cache only delays the moment it is full, so memory keeps growing for longer.
"""
from __future__ import annotations

NAMES = 4096            # names.name_key, names.surname_key, person_names.nominative (~250 bytes a name)
WORDS = 12_000          # stem.stem_ru, stem.stem_en: words recur far more than names (Zipf), so more
ACTORS = 4096           # actor_index: actors by id (a few MB: every state, the actors of recent articles)
LOOKUPS = 8192          # actor_index: the actors found under a (kind, key)
SQLITE_CACHE_KIB = 16384    # SQLite's page cache per connection (PRAGMA cache_size), full within 1,000 articles
