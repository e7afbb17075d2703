"""Full-text search over the stored articles, Russian and English stemming included.

SQLite: an FTS5 table `article_search` holds a stemmed copy of each article's title and text
(stem.py: Snowball Russian, a light English stemmer), and queries are stemmed the same way.
PostgreSQL: `article_search.tsv` is the article's tsvector in its language's configuration
(russian, english, else simple), and a query is parsed in all three, any of them matching.
Near-duplicates are not indexed: their original is, and a search should not list a story twice.
"""
from __future__ import annotations

import re

import sqlalchemy as sa

from ..errors import StoreError
from .schema import articles
from .stem import stem, stems

PG_CONFIGS = {"ru": "russian", "en": "english"}
_SEARCH = sa.table("article_search", sa.column("article_id"), sa.column("title"), sa.column("body"),
                   sa.column("tsv"))


def index_article(conn: sa.Connection, article_id: str, lang: str | None, title: str, text: str) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(_SEARCH.insert().values(article_id=article_id, title=" ".join(stems(title)),
                                             body=" ".join(stems(text))))
        return
    config = PG_CONFIGS.get(lang or "", "simple")
    conn.execute(sa.text(
        "INSERT INTO article_search (article_id, tsv) VALUES (:id, "
        "setweight(to_tsvector(CAST(:cfg AS regconfig), :title), 'A') || "
        "to_tsvector(CAST(:cfg AS regconfig), :text))"), {"id": article_id, "cfg": config,
                                                          "title": title or "", "text": text or ""})


def clear_index(conn: sa.Connection) -> None:
    conn.execute(_SEARCH.delete())


def _terms(query: str) -> list[str]:
    terms = [stem(w) for w in re.findall(r"\w+", query or "")]
    if not terms:
        raise StoreError("give some words to search for, e.g. kelisim search \"критические минералы\"")
    return terms


def _match(conn: sa.Connection, query: str, terms: list[str]) -> tuple[str, str, dict]:
    """(FROM-WHERE clause, ORDER BY key, parameters) of the articles matching the query."""
    if conn.dialect.name == "sqlite":
        # A stem of five letters or more also matches as a prefix: Snowball cuts "минерал"
        # to "минера" but "минералов" to "минерал", and the prefix meets both.
        match = " ".join('"' + t.replace('"', '""') + '"' + ("*" if len(t) >= 5 else "") for t in terms)
        # bm25 weights: article_id 0, title 5, body 1 (smaller is better)
        return ("FROM article_search WHERE article_search MATCH :q", "bm25(article_search, 0, 5.0, 1.0)",
                {"q": match})
    tsq = ("(websearch_to_tsquery('russian', :q) || websearch_to_tsquery('english', :q) || "
           "websearch_to_tsquery('simple', :q))")
    return f"FROM article_search WHERE tsv @@ {tsq}", f"-ts_rank(tsv, {tsq})", {"q": query}


def count_matches(store, query: str) -> int:
    """How many articles `search` finds for `query`, without a limit."""
    with store.connect() as conn:
        where, _, params = _match(conn, query, _terms(query))
        return conn.execute(sa.text(f"SELECT count(*) {where}"), params).scalar()


def search(store, query: str, limit: int | None = 20) -> list[dict]:
    """Articles matching every word of `query` (stemmed), best first, with a snippet; every
    match when `limit` is None."""
    terms = _terms(query)
    with store.connect() as conn:
        where, score, params = _match(conn, query, terms)
        cap = "" if limit is None else " LIMIT :limit"
        ids = conn.execute(sa.text(f"SELECT article_id AS id, {score} AS score {where} "
                                   f"ORDER BY score, article_id{cap}"), {**params, "limit": limit}).all()
        order = {row.id: i for i, row in enumerate(ids)}
        rows = conn.execute(sa.select(articles.c.id, articles.c.source, articles.c.lang, articles.c.date,
                                      articles.c.title, articles.c.text).where(
            articles.c.id.in_(list(order)))).all() if order else []
    rows.sort(key=lambda r: order[r.id])
    return [{"article_id": r.id, "date": r.date.isoformat() if r.date else None, "lang": r.lang,
             "source": r.source, "title": r.title, "snippet": snippet(r.text, terms)} for r in rows]


def snippet(text: str, terms: list[str], width: int = 160) -> str:
    """The stretch of text around the first word whose stem is one of `terms`."""
    wanted = set(terms)
    for m in re.finditer(r"\w+", text):
        if stem(m.group()) in wanted:
            start = max(0, m.start() - width // 3)
            start = text.rfind(" ", 0, start) + 1 if start else 0
            piece = text[start:start + width].replace("\n", " ").strip()
            return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")
    return text[:width].replace("\n", " ").strip()
