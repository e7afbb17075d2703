"""One spelling per article URL, so a page reached through a feed, a sitemap and a tracking link
is fetched once: courlan's normalisation (lower-case host, default port and tracking parameters
dropped, parameters sorted) without the fragment. Not courlan's strict mode: it drops
every parameter it does not know, and "?news_id=5" names an article."""
from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit


def canonical(url: str, base: str | None = None) -> str | None:
    """The canonical form of `url` (resolved against `base`), or None when it is no http(s) URL."""
    from courlan import normalize_url
    url = urljoin(base, url.strip()) if base else url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    try:
        url = normalize_url(urlunsplit(parts._replace(fragment="")))
    except Exception:  # noqa: BLE001 - courlan refuses some odd URLs; keep them as written
        pass
    return urlunsplit(urlsplit(url)._replace(fragment=""))


def host(url: str) -> str:
    """scheme://host[:port], the unit of politeness (robots.txt, limits, delays)."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
