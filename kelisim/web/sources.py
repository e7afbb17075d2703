"""An article's source as a page shows it: a web address as the outlet and its path, a file by
its name alone. The store keeps what ingest was given (an absolute path on the server, often);
a page read by a team must not show the server's directory layout."""
from __future__ import annotations

import ntpath
import posixpath
from urllib.parse import urlsplit


def source_label(source: str | None) -> str:
    """'https://www.gov.kz/memleket/news/1' -> 'gov.kz/memleket/news/1'; '/srv/in/a.txt' -> 'a.txt';
    'api:alice' stays as it is."""
    if not source:
        return ""
    parts = urlsplit(source)
    if parts.scheme in ("http", "https") and parts.netloc:
        host = parts.hostname or parts.netloc
        return (host.removeprefix("www.") + parts.path.rstrip("/")) or source
    if len(parts.scheme) > 1 and not parts.netloc and not parts.path.startswith(("/", "\\")):
        return source                           # api:alice, urn:..., a feed item id (C: is a drive)
    # a file path, absolute or relative, POSIX or Windows: its last part
    return ntpath.basename(posixpath.basename(source.rstrip("/\\"))) or source


def source_url(source: str | None) -> str | None:
    """The address to link to, for a source that is a web address."""
    parts = urlsplit(source or "")
    return source if parts.scheme in ("http", "https") and parts.netloc else None
