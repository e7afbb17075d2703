"""The watcher: polls the sources that are due, finds new article URLs, fetches each page once,
reads its main text and stores it through `ingest_articles`, the path `kelisim ingest` takes.

It survives network errors and bad pages (one line each; the source keeps its state and is
polled again later), stops cleanly on SIGINT/SIGTERM (the batch in hand is stored first), and
resumes after a crash without refetching or duplicating: an article URL is remembered once its
page has been stored, and an article stored but not yet remembered is recognised by its text.
"""
from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from dataclasses import asdict, dataclass

import sqlalchemy as sa

from ..errors import InputError
from ..read.article import Article
from ..read.decode import declared_charset, decode_bytes
from ..read.page import parse_html
from ..read.skipped import Skipped
from ..store import sources as src
from ..store.ingest import ingest_articles
from ..store.schema import articles
from .discover import feed_links, page_links, sitemap_links
from .fetch import Fetcher, Politeness

MAX_CHILD_SITEMAPS = 20
IDLE_SECONDS = 30.0          # the longest sleep between two looks at the schedule


@dataclass
class WatchReport:
    polls: int = 0
    not_modified: int = 0
    errors: int = 0
    found: int = 0
    fetched: int = 0
    stored: int = 0
    skipped: int = 0

    def as_json(self) -> dict:
        return asdict(self)


class Watcher:
    def __init__(self, store, *, politeness: Politeness | None = None, extractor=None, batch_size: int = 16,
                 max_per_poll: int = 500, on_line: Callable[[str], None] | None = None, transport=None):
        self.store = store
        self.politeness = politeness or Politeness()
        self.extractor = extractor
        self.batch_size = batch_size
        self.max_per_poll = max_per_poll
        self.on_line = on_line or (lambda line: None)
        self.transport = transport
        self.report = WatchReport()
        self.stop = asyncio.Event()

    async def run(self, *, once: bool = False, seconds: float | None = None) -> WatchReport:
        """Poll due sources until stopped (or, with `once`, poll every due source one time;
        with `seconds`, stop after that long)."""
        self._catch_signals()
        loop = asyncio.get_running_loop()
        deadline = None if seconds is None else loop.time() + seconds
        async with Fetcher(self.politeness, transport=self.transport) as self.fetcher:
            while not self.stop.is_set():
                for source in src.due_sources(self.store):
                    if self.stop.is_set():
                        break
                    await self.poll(source)
                if once or (deadline is not None and loop.time() >= deadline):
                    break
                await self._sleep(deadline)
        return self.report

    async def poll(self, source: src.Source) -> None:
        self.report.polls += 1
        r = await self.fetcher.get(source.url, etag=source.etag, last_modified=source.last_modified)
        if r.not_modified:
            self.report.not_modified += 1
            src.record_poll(self.store, source, status=304)
            return
        if not r.ok:
            return self._failed(source, r.error or f"HTTP {r.status}", r.status, r.retry_after)
        try:
            urls = await self._discover(source, r.content, r.url)
        except InputError as e:
            return self._failed(source, e.reason, r.status)
        new = src.unseen(self.store, urls)[:self.max_per_poll]
        self.report.found += len(new)
        stored = await self._fetch_and_store(source, new)
        src.record_poll(self.store, source, status=r.status, etag=r.headers.get("etag"),
                        last_modified=r.headers.get("last-modified"), found=len(new), stored=stored)

    async def _discover(self, source: src.Source, content: bytes, url: str) -> list[str]:
        if source.kind == "feed":
            return feed_links(content, url)
        if source.kind == "page":
            return page_links(content, url)
        found, children = sitemap_links(content, url)
        for child in children[:MAX_CHILD_SITEMAPS]:
            r = await self.fetcher.get(child)
            if not r.ok:
                self.on_line(f"{child}: skipped ({r.error or r.status}); the sitemap's other parts went on")
                continue
            try:
                found += sitemap_links(r.content, r.url)[0]
            except InputError as e:
                self.on_line(f"{child}: skipped ({e.reason})")
        return list(dict.fromkeys(found))

    async def _fetch_and_store(self, source: src.Source, urls: list[str]) -> int:
        stored = 0
        for i in range(0, len(urls), self.batch_size):
            if self.stop.is_set():
                break
            chunk = urls[i:i + self.batch_size]
            pages = await asyncio.gather(*(self._article(url, source) for url in chunk))
            stored += await asyncio.to_thread(self._store, source, chunk, pages)
        return stored

    async def _article(self, url: str, source: src.Source) -> Article | Skipped | None:
        """The article at `url`; a `Skipped` for a page that will not read; None for a failure
        worth trying again at the next poll (no answer, 429, 5xx)."""
        r = await self.fetcher.get(url)
        self.report.fetched += 1
        if not r.ok:
            why = r.error or f"HTTP {r.status}"
            self.on_line(f"{url}: skipped ({why})" + ("; tried again at the next poll" if r.transient else ""))
            return None if r.transient else Skipped(url, why)
        try:
            text, encoding = decode_bytes(r.content, url, declared=declared_charset(r.content))
            article = parse_html(text, url, encoding=encoding, url=r.url)
        except InputError as e:
            self.on_line(f"{url}: skipped ({e.reason})")
            return Skipped(url, e.reason)
        except Exception as e:  # noqa: BLE001 - one hostile page must not stop the watch
            self.on_line(f"{url}: skipped (could not be read: {type(e).__name__})")
            return Skipped(url, f"could not be read ({type(e).__name__}: {e})")
        article.source = url
        article.meta.update(fetched_from=source.url, final_url=r.url)
        if source.lang:
            article.meta["lang"] = source.lang
        return article

    def _store(self, source: src.Source, urls: list[str], pages: list) -> int:
        """Store one batch of fetched pages and remember their URLs; returns the articles stored."""
        read = [p for p in pages if p is not None]
        if not read:
            return 0
        report = ingest_articles(self.store, read, batch_size=len(read), extractor=self._extractor(),
                                 on_skip=lambda s: self.on_line(f"{s.source}: skipped ({s.reason})"))
        ids = [p.id for p in read if isinstance(p, Article)]
        with self.store.connect() as conn:
            present = set(conn.execute(sa.select(articles.c.id).where(articles.c.id.in_(ids))).scalars()) if ids else set()
        rows = []
        for url, page in zip(urls, pages):
            if page is None:
                continue
            if isinstance(page, Article) and page.id in present:
                rows.append({"url": url, "source_id": source.id, "status": "stored", "article_id": page.id, "reason": None})
            else:
                reason = page.reason if isinstance(page, Skipped) else "not stored"
                rows.append({"url": url, "source_id": source.id, "status": "skipped", "article_id": None, "reason": reason})
        src.mark_fetched(self.store, rows)
        self.report.stored += report.stored + report.near_duplicates
        self.report.skipped += sum(1 for r in rows if r["status"] == "skipped")
        return report.stored + report.near_duplicates

    def _extractor(self):
        if self.extractor is None:
            from ..pipeline import Extractor
            self.extractor = Extractor()
        return self.extractor

    def _failed(self, source: src.Source, error: str, status: int | None, delay: float | None = None) -> None:
        self.report.errors += 1
        self.on_line(f"{source.url}: {error}; the source keeps its state and is polled again later")
        src.record_poll(self.store, source, status=status, error=error, delay=delay)

    async def _sleep(self, deadline: float | None) -> None:
        loop = asyncio.get_running_loop()
        upcoming = [s.next_poll for s in src.list_sources(self.store) if not s.paused and s.next_poll]
        wait = IDLE_SECONDS
        if upcoming:
            wait = min(wait, max(0.0, (min(upcoming) - src.now()).total_seconds()))
        if deadline is not None:
            wait = min(wait, max(0.0, deadline - loop.time()))
        try:
            await asyncio.wait_for(self.stop.wait(), timeout=max(wait, 0.05))
        except asyncio.TimeoutError:
            pass

    def _catch_signals(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, self.stop.set)
            except (NotImplementedError, RuntimeError, ValueError):
                pass     # not the main thread (tests, an embedding program): stop with .stop.set()
