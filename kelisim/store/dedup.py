"""Exact and near-duplicate articles: content hashes, and MinHash over word shingles.

A reprint with a new headline, a credit line or a few words changed is a near-duplicate: its
word 3-shingles overlap the original's with a Jaccard similarity of at least `THRESHOLD`.
Candidates come from locality-sensitive hashing (MinHash signatures cut into bands, each band
hashed to a bucket kept in the `minhash_bands` table, so lookups need no index in memory and
survive a restart); each candidate is then checked with the exact Jaccard of the two texts.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
import sqlalchemy as sa

from ..read.article import Article
from .schema import articles, ingest_log, minhash_bands

THRESHOLD = 0.6       # Jaccard of word 3-shingles from which a text is a near-duplicate
NUM_PERM = 128
BANDS, ROWS = 32, 4   # P(candidate) ~ 1 - (1 - J^4)^32: 0.99 at J=0.6, 0.003 at J=0.1
MIN_SHINGLES = 8      # shorter texts say too little to call one a copy of another
SEED = 1              # fixed, so signatures agree across runs and machines

_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    """sha256 of the exact text; the article id (read.article.article_id) hashes a normalized copy."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def shingles(text: str, n: int = 3) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return set(words)
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass
class Fingerprint:
    shingles: set[str]
    buckets: list[int]          # one per band; empty when the text is too short to compare


def fingerprint(text: str) -> Fingerprint:
    sh = shingles(text)
    if len(sh) < MIN_SHINGLES:
        return Fingerprint(sh, [])
    from datasketch import MinHash
    m = MinHash(num_perm=NUM_PERM, seed=SEED)
    m.update_batch([s.encode("utf-8") for s in sh])
    values = np.asarray(m.hashvalues, dtype=np.uint64)
    return Fingerprint(sh, [_bucket(band, values[band * ROWS:(band + 1) * ROWS]) for band in range(BANDS)])


def _bucket(band: int, values: np.ndarray) -> int:
    digest = hashlib.blake2b(values.tobytes(), digest_size=8, person=band.to_bytes(2, "big")).digest()
    return int.from_bytes(digest, "big", signed=True)     # fits BIGINT on PostgreSQL


def best_match(fp: Fingerprint, candidates: dict[str, set[str]]) -> tuple[str, float] | None:
    """The candidate (id -> shingles) most similar to `fp`, if at least THRESHOLD; of equals, the
    first given."""
    best: tuple[str, float] | None = None
    for cid, sh in candidates.items():
        sim = jaccard(fp.shingles, sh)
        if sim >= THRESHOLD and (best is None or sim > best[1]):
            best = (cid, sim)
    return best


@dataclass
class Item:
    """An article of a batch, what it turned out to be, and (once extracted) its record."""
    article: Article
    hash: str
    status: str = "new"          # new | known | duplicate | near_duplicate
    of: str | None = None        # the stored article it duplicates
    similarity: float | None = None
    fp: Fingerprint | None = None
    record: dict | None = None


def classify(conn: sa.Connection, batch: list[Article]) -> list[Item]:
    """Sort a batch: `known` (stored before, from this source), `duplicate` (the same text as a
    stored or earlier article), `near_duplicate` or `new`; read-only."""
    items = [Item(a, content_hash(a.text)) for a in batch]
    if not items:
        return items
    ids, hashes = [it.article.id for it in items], [it.hash for it in items]
    existing: dict[str, str] = {}
    for row in conn.execute(sa.select(articles.c.id, articles.c.content_hash).where(
            sa.or_(articles.c.id.in_(ids), articles.c.content_hash.in_(hashes)))):
        existing[row.id] = existing[row.content_hash] = row.id
    logged = set(conn.execute(sa.select(ingest_log.c.article_id, ingest_log.c.source).where(
        ingest_log.c.article_id.in_(set(existing.values()))))) if existing else set()
    earlier: dict[str, Item] = {}
    for it in items:
        a = it.article
        if (stored := existing.get(a.id) or existing.get(it.hash)) is not None:
            it.of = stored
            it.status = "known" if (stored, a.source) in logged else "duplicate"
        elif (prev := earlier.get(a.id) or earlier.get(it.hash)) is not None:
            it.of = prev.article.id
            it.status = "known" if prev.article.source == a.source else "duplicate"
        else:
            earlier[a.id] = earlier[it.hash] = it
    _find_near_duplicates(conn, [it for it in items if it.status == "new"])
    return items


def _find_near_duplicates(conn: sa.Connection, items: list[Item]) -> None:
    """Mark items that copy a stored article or an earlier item of the batch."""
    for it in items:
        it.fp = fingerprint(it.article.text)
    wanted: dict[int, set[int]] = {}
    for it in items:
        for band, bucket in enumerate(it.fp.buckets):
            wanted.setdefault(band, set()).add(bucket)
    in_store: dict[tuple[int, int], set[str]] = {}
    for band, buckets in sorted(wanted.items()):
        # band and bucket both, so the index (band, bucket) finds them: bucket alone scans the table
        ordered = sorted(buckets)
        for chunk in (ordered[i:i + 500] for i in range(0, len(ordered), 500)):
            for row in conn.execute(sa.select(minhash_bands).where(
                    minhash_bands.c.band == band, minhash_bands.c.bucket.in_(chunk))):
                in_store.setdefault((row.band, row.bucket), set()).add(row.article_id)
    originals: dict[str, str] = {}       # candidate id -> the original it copies (itself if none)
    in_batch: dict[tuple[int, int], list[Item]] = {}
    for it in items:
        keys = list(enumerate(it.fp.buckets))
        stored_ids = set().union(*(in_store.get(k, set()) for k in keys))
        # The stored candidates' shingles are made for this item and dropped after it: kept for
        # the batch, they grow with the store (a larger store shares buckets with more articles).
        candidates: dict[str, set[str]] = {}
        if stored_ids:
            for row in conn.execute(sa.select(articles.c.id, articles.c.text, articles.c.near_duplicate_of).where(
                    articles.c.id.in_(stored_ids))):
                candidates[row.id] = shingles(row.text)
                originals[row.id] = row.near_duplicate_of or row.id
        for other in (o for k in keys for o in in_batch.get(k, ())):
            candidates[other.article.id] = other.fp.shingles
            originals[other.article.id] = other.of or other.article.id
        best = best_match(it.fp, dict(sorted(candidates.items())))
        if best:
            it.status, it.of, it.similarity = "near_duplicate", originals[best[0]], round(best[1], 3)
        for k in keys:
            in_batch.setdefault(k, []).append(it)
