"""Following news sources over time (`kelisim watch`): feeds, sitemaps and press pages polled on
a schedule, politely (fetch.py), new article URLs found (discover.py) and fetched once (urls.py),
their main text read as every HTML reader reads it (read/page.py), and stored through the same
path as `kelisim ingest` (loop.py). The sources and their state live in the store
(store/sources.py)."""
from .fetch import Fetcher, Politeness, Response
from .loop import Watcher, WatchReport

__all__ = ["Fetcher", "Politeness", "Response", "Watcher", "WatchReport"]
