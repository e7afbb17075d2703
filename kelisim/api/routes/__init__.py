"""The JSON API's routers, one per concept; each route parses its input, calls a plain function
(kelisim.store, kelisim.store.web_queries, kelisim.api.board / overview) and shapes the answer."""
from __future__ import annotations


def routers():
    from . import actors, articles, commitments, events, exports, meta, review, search, sources, timeline
    return [m.router for m in (meta, articles, events, actors, commitments, timeline, search, exports, review,
                               sources)]
