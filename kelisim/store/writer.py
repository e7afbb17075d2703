"""Writing a batch of looked-up, extracted articles to the store, in one transaction: the one
writer every ingest shares (serial, workers, Dask, records extracted elsewhere, `rebuild`).

A batch commits whole or not at all; an article the store cannot take is rolled back to its
savepoint and reported, and the batch goes on. The cross-article work (actors, events,
commitments) reads only the stored record.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa

from ..errors import StoreError
from ..read.skipped import Skipped
from .actors import ActorIndex, Resolver
from .commitments import track
from .dedup import Item
from .events import DEFAULT_WINDOW_DAYS, EventMerger, Report, parse_date
from .overrides import Rules
from .participants import borrow_parties
from .schema import actor_overrides, articles, ingest_batches, ingest_log, minhash_bands
from .search import index_article

_EVENT_ORDER = {"agreement": 0}       # agreements first: a project may refer to one


@dataclass
class IngestReport:
    stored: int = 0
    near_duplicates: int = 0
    duplicates: int = 0          # the same text from another source
    known: int = 0               # stored by an earlier run from this very source
    skipped: list = field(default_factory=list)
    batches: int = 0
    seconds: float = 0.0

    def as_json(self) -> dict:
        return {"stored": self.stored, "near_duplicates": self.near_duplicates,
                "duplicates": self.duplicates, "known": self.known, "skipped": len(self.skipped),
                "batches": self.batches, "seconds": round(self.seconds, 2)}


class Context:
    """The in-memory side of one writing run: the actor index, the analyst's rules, the merger."""

    def __init__(self, conn: sa.Connection, window_days: int):
        index = ActorIndex.load(conn)
        self.resolver = Resolver(index, Rules.load(conn))
        self.merger = EventMerger(index, window_days)


def store_record(conn: sa.Connection, ctx: Context, article_id: str, record: dict, date: dt.date | None) -> None:
    """The cross-article work for one stored article: actors, events, commitments."""
    ctx.resolver.index.bind(conn)     # the index reads the tables within this transaction
    amap = ctx.resolver.resolve_record(conn, record, article_id, date)
    reports = [Report.from_record(ev, amap, date) for ev in record.get("events") or () if isinstance(ev, dict)]
    seen: set[str] = set()
    for i, rep in enumerate(reports, start=1):      # a record's event ids are its sources' keys
        if not rep.local_id or rep.local_id in seen:
            rep.local_id = f"{rep.local_id or 'v'}#{i}"
        seen.add(rep.local_id)
    borrow_parties(reports)
    stored: dict[str, int] = {}
    for rep in sorted(reports, key=lambda r: _EVENT_ORDER.get(r.type, 1)):
        if rep.type == "project" and rep.agreement_ref:
            rep.agreement = stored.get(rep.agreement_ref)
        event_id, _ = ctx.merger.add(conn, rep, article_id)
        stored[rep.local_id] = event_id
        track(conn, event_id, rep, article_id)


# -- writing a batch ------------------------------------------------------------------------

class Writer:
    def __init__(self, store, window_days: int = DEFAULT_WINDOW_DAYS):
        self.store = store
        self.window_days = window_days
        self.ctx: Context | None = None
        self.state: tuple | None = None     # what the store looked like after our last batch

    def write(self, items: list[Item], skipped: list, report: IngestReport) -> None:
        todo = [it for it in items if it.status != "known"]
        report.known += len(items) - len(todo)
        if not todo and not skipped:
            return
        try:
            with self.store.write() as conn:
                self._write(conn, todo, skipped, report)
        except sa.exc.DBAPIError as e:
            self.ctx = None      # the index may hold actors the rollback removed
            what = str(e.orig).strip().splitlines()[0] if e.orig else str(e)
            raise StoreError(f"could not write a batch to {self.store.url} ({what}); nothing of that batch "
                             f"was stored: run the same ingest again to go on from there") from None
        except BaseException:
            self.ctx = None
            raise
        report.batches += 1

    def _write(self, conn: sa.Connection, items: list[Item], skipped: list, report: IngestReport) -> None:
        now = dt.datetime.now(dt.timezone.utc)
        if self._state(conn) != self.state:
            self.ctx = None      # another writer was here since our last batch: read the actors anew
        batch_id = conn.execute(ingest_batches.insert().values(
            started_at=now, finished_at=now, n_stored=0, n_near_duplicates=0, n_duplicates=0,
            n_skipped=0)).inserted_primary_key[0]
        counts = {"stored": 0, "near_duplicate": 0, "duplicate": 0, "skipped": 0}
        langs = {it.article.id: (it.record or {}).get("lang") for it in items}
        for it in items:
            a = it.article
            if it.status == "duplicate":
                self._log(conn, batch_id, a.source, it.of, "duplicate", f"the same text as article {it.of}")
            else:
                error = self._article(conn, batch_id, it, langs, now)
                if error:
                    skipped.append(Skipped(a.source, f"could not be stored ({error}); the batch went on"))
                    continue
            counts[it.status if it.status != "new" else "stored"] += 1
        for s in skipped:
            exists = conn.execute(sa.select(ingest_log.c.id).where(
                ingest_log.c.source == s.source, ingest_log.c.status == "skipped",
                ingest_log.c.reason == s.reason).limit(1)).first()
            if exists is None:
                self._log(conn, batch_id, s.source, None, "skipped", s.reason)
            counts["skipped"] += 1
        conn.execute(ingest_batches.update().where(ingest_batches.c.id == batch_id).values(
            finished_at=dt.datetime.now(dt.timezone.utc), n_stored=counts["stored"],
            n_near_duplicates=counts["near_duplicate"], n_duplicates=counts["duplicate"],
            n_skipped=counts["skipped"]))
        self.state = self._state(conn)
        report.stored += counts["stored"]
        report.near_duplicates += counts["near_duplicate"]
        report.duplicates += counts["duplicate"]
        report.skipped.extend(skipped)

    def _article(self, conn: sa.Connection, batch_id: int, it: Item, langs: dict, now) -> str | None:
        """Store one new article or near-duplicate, in a savepoint: a record the store cannot take
        costs that article only. Returns what went wrong, or None."""
        a, record = it.article, it.record or {}
        date = parse_date(a.date) or parse_date(record.get("date"))
        lang = record.get("lang") if it.status == "new" else langs.get(it.of) or self._lang_of(conn, it.of)
        savepoint = conn.begin_nested()
        try:
            conn.execute(articles.insert().values(
                id=a.id, source=a.source, lang=lang, date=date, title=a.title or record.get("title") or "",
                text=a.text, content_hash=it.hash, near_duplicate_of=it.of if it.status == "near_duplicate" else None,
                similarity=it.similarity, sectors=record.get("sectors"),
                record={k: v for k, v in record.items() if k != "text"} if it.record else None,
                batch_id=batch_id, ingested_at=now))
            if it.fp and it.fp.buckets:
                conn.execute(minhash_bands.insert(), [{"article_id": a.id, "band": band, "bucket": bucket}
                                                      for band, bucket in enumerate(it.fp.buckets)])
            status = "stored" if it.status == "new" else "near_duplicate"
            reason = f"{it.similarity:.2f} similar to article {it.of}" if it.status == "near_duplicate" else None
            self._log(conn, batch_id, a.source, a.id, status, reason)
            if it.status == "new":
                index_article(conn, a.id, lang, a.title or record.get("title") or "", a.text)
                if it.record:
                    store_record(conn, self._context(conn), a.id, it.record, date)
            savepoint.commit()
            return None
        except Exception as e:  # noqa: BLE001 - any fault in one record must not cost the batch
            savepoint.rollback()
            self.ctx = None      # the index may hold actors the rollback removed
            return f"{type(e).__name__}: {e}"

    @staticmethod
    def _state(conn: sa.Connection) -> tuple:
        """Changes when another writer stores a batch or an analyst merges or splits actors (a
        plain rebuild derives the same actors under the same ids)."""
        return (conn.execute(sa.select(sa.func.max(ingest_batches.c.id))).scalar(),
                conn.execute(sa.select(sa.func.count()).select_from(actor_overrides)).scalar())

    def _context(self, conn: sa.Connection) -> Context:
        if self.ctx is None:
            self.ctx = Context(conn, self.window_days)
        return self.ctx

    @staticmethod
    def _lang_of(conn: sa.Connection, article_id: str | None) -> str | None:
        return conn.execute(sa.select(articles.c.lang).where(articles.c.id == article_id)).scalar()

    @staticmethod
    def _log(conn, batch_id, source, article_id, status, reason) -> None:
        conn.execute(ingest_log.insert().values(batch_id=batch_id, source=source or "", article_id=article_id,
                                                status=status, reason=reason))



def run_batches(store, steps: Iterable, write: Callable[[Writer, IngestReport, object], tuple[int, list]], *,
                window_days: int = DEFAULT_WINDOW_DAYS, on_progress: Callable[[int], None] | None = None,
                on_skip: Callable[[object], None] | None = None) -> IngestReport:
    """The loop every ingest shares: `write(writer, report, step)` stores one step (a chunk of
    inputs) and returns how many inputs it covered and what it skipped, which are then
    reported through `on_skip` and `on_progress`."""
    started = time.monotonic()
    report, writer = IngestReport(), Writer(store, window_days)
    for step in steps:
        n, skipped = write(writer, report, step)
        for s in skipped:
            if on_skip:
                on_skip(s)
        if on_progress:
            on_progress(n)
    report.seconds = time.monotonic() - started
    return report
