"""The FastAPI application: the JSON API under /api (OpenAPI at /api/openapi.json, docs at
/api/docs) and the web pages, over one open store.

    create_app("kelisim.db")                      # SQLite file
    create_app("postgresql://me@host/kelisim", Settings(reads="token"))
"""
from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ..store import open_store
from ..store.review import apply_corrections, reanchor
from . import errors
from .auth import READS
from .limits import Limits

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"


@dataclass
class Settings:
    reads: str = "local"                # local | open | token (auth.py)
    max_body_bytes: int = 2_000_000     # any request body
    max_text_chars: int = 500_000       # an article posted to /api/articles
    stale_days: int = 365               # commitments with no news for this long are stale
    extractor: object | None = field(default=None, repr=False)   # default: kelisim.pipeline.Extractor

    def __post_init__(self):
        if self.reads not in READS:
            raise ValueError(f"reads is one of {', '.join(READS)}, not {self.reads!r}")


class Extraction:
    """The Extractor, loaded on the first article posted, used by one request at a time."""

    def __init__(self, extractor=None):
        self._extractor = extractor
        self._lock = threading.Lock()

    def __call__(self, article) -> dict:
        with self._lock:
            if self._extractor is None:
                from ..pipeline import Extractor
                self._extractor = Extractor()
            return self._extractor.extract(article)


def create_app(db_url: str | None = None, settings: Settings | None = None) -> FastAPI:
    from . import routes
    from ..web import pages, sources_page
    settings = settings or Settings()
    store = open_store(db_url)
    with store.write() as conn:     # corrections made before a rebuild or re-extraction apply again
        reanchor(conn)
        apply_corrections(conn)

    @asynccontextmanager
    async def lifespan(_app):
        yield
        store.close()

    app = FastAPI(title="kelisim", version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan,
                  openapi_url="/api/openapi.json",
                  description="Meetings, statements, agreements and projects from diplomatic news, with "
                              "evidence; commitments followed from dialogue to delivery. Lists are paged "
                              "with `?cursor=` (the `next` of the page before); errors answer "
                              '`{"ok": false, "error": ..., "status": ...}`; writes need '
                              "`Authorization: Bearer <token>` (`kelisim token create NAME`).")
    app.state.store = store
    app.state.settings = settings
    app.state.extract = Extraction(settings.extractor)
    errors.install(app)
    app.add_middleware(Limits, max_body=settings.max_body_bytes)
    for router in routes.routers():
        app.include_router(router, prefix="/api")
    app.include_router(pages.router)
    app.include_router(sources_page.router)
    app.include_router(pages.open_router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
