"""kelisim's JSON API (FastAPI) over the store; the web pages (kelisim.web) share its app.

    app.py         create_app(db_url, settings): the app, its middleware and routers
    routes/        one router per concept: articles, events, actors, commitments, timeline,
                   search, exports, review (writes), meta (health, stats, network, docs)
    auth.py        API tokens (hashed), who may read and who may write
    errors.py      every error as {"ok": false, "error": ..., "status": ...}
    limits.py      request size limits; CSP and the other security headers
    paging.py      cursor pagination
    board.py       commitments with analysts' corrections, and the board's columns
    overview.py    the dashboard's counts and the actor network's layout
"""
from .app import Settings, create_app

__all__ = ["Settings", "create_app"]
