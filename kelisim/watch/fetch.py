"""Fetching politely with httpx: robots.txt respected, at most N requests per host at once with a
delay between them, conditional GET, retries with back-off (Retry-After honoured), timeouts, a
size limit and a redirect limit, under a User-Agent that names kelisim.

httpx is adapted here: callers get a `Response` of kelisim's own, never an exception for what a
server or the network did (it is in `Response.error`).
"""
from __future__ import annotations

import asyncio
import email.utils
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin
from urllib.robotparser import RobotFileParser

import httpx

from .. import __version__
from ..read.formats import DEFAULT_MAX_BYTES
from .urls import host

USER_AGENT = f"kelisim/{__version__} (+https://pypi.org/project/kelisim/; news event extraction)"
ROBOTS_TTL = 3600.0


@dataclass(frozen=True)
class Politeness:
    per_host: int = 2               # requests in flight to one host at most
    delay: float = 1.0              # seconds between the starts of two requests to one host
    timeout: float = 20.0
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5
    retries: int = 3                # further tries after a network error, 429 or 5xx
    backoff: float = 2.0            # seconds before the first retry, doubled each time
    max_wait: float = 300.0         # the longest Retry-After honoured within one fetch
    robots: bool = True
    user_agent: str = USER_AGENT


@dataclass
class Response:
    url: str                        # the final URL, after redirects
    status: int | None = None       # None when no answer came
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    error: str | None = None        # what went wrong, in one line
    retry_after: float | None = None
    refused: bool = False           # kelisim would not read it (robots.txt, size, redirects): no retry

    @property
    def transient(self) -> bool:
        """Worth trying again later: no answer, 429 or a server error."""
        return not self.refused and (self.status is None or self.status == 429 or self.status >= 500)

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """One per watch run; `async with Fetcher(...) as f: await f.get(url)`."""

    def __init__(self, politeness: Politeness | None = None, *, transport: httpx.AsyncBaseTransport | None = None):
        self.p = politeness or Politeness()
        self._client = httpx.AsyncClient(
            headers={"User-Agent": self.p.user_agent}, timeout=self.p.timeout, follow_redirects=False,
            transport=transport, trust_env=False)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._next_start: dict[str, float] = {}
        self._host_lock: dict[str, asyncio.Lock] = {}
        self._robots: dict[str, tuple[float, RobotFileParser | None]] = {}
        self._crawl_delay: dict[str, float] = {}     # Crawl-delay from a host's robots.txt
        self.requests = 0

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc) -> None:
        await self._client.aclose()

    async def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET `url`, following up to `max_redirects` redirects (each checked against robots.txt),
        retrying what may pass; conditional when `etag` or `last_modified` is given."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(self.p.max_redirects + 1):
            if not await self.allowed(url):
                return Response(url, error="robots.txt disallows it", refused=True)
            response = await self._get_retrying(url, headers)
            if response.status in (301, 302, 303, 307, 308) and response.error is None:
                target = response.headers.get("location")
                if not target:
                    return Response(url, response.status, error=f"redirect ({response.status}) without a Location", refused=True)
                url = urljoin(url, target)
                continue
            return response
        return Response(url, error=f"more than {self.p.max_redirects} redirects (a redirect loop?)", refused=True)

    async def _get_retrying(self, url: str, headers: dict) -> Response:
        waited, pause = 0.0, self.p.backoff
        for attempt in range(self.p.retries + 1):
            response = await self._get_once(url, headers)
            if not response.transient or attempt == self.p.retries:
                return response
            wait = response.retry_after if response.retry_after is not None else pause
            if waited + wait > self.p.max_wait:
                return response
            await asyncio.sleep(wait)
            waited += wait
            pause *= 2
        return response  # pragma: no cover - the loop returns

    async def _get_once(self, url: str, headers: dict) -> Response:
        key = host(url)
        async with self._slot(key):
            self.requests += 1
            try:
                async with self._client.stream("GET", url, headers=headers) as r:
                    heads = {k.lower(): v for k, v in r.headers.items()}
                    declared = heads.get("content-length", "")
                    if declared.isdigit() and int(declared) > self.p.max_bytes:
                        return Response(url, r.status_code, headers=heads, error=self._too_big(), refused=True)
                    chunks, size = [], 0
                    async for chunk in r.aiter_bytes():
                        size += len(chunk)
                        if size > self.p.max_bytes:
                            return Response(url, r.status_code, headers=heads, error=self._too_big(), refused=True)
                        chunks.append(chunk)
            except httpx.TimeoutException:
                return Response(url, error=f"no answer within {self.p.timeout:g} s")
            except httpx.HTTPError as e:
                return Response(url, error=f"network error: {type(e).__name__}: {e}".strip())
        status = r.status_code
        error = None if status in (200, 304) or 300 <= status < 400 else f"HTTP {status}"
        return Response(url, status, b"".join(chunks), heads, error, _retry_after(heads.get("retry-after")))

    def _too_big(self) -> str:
        return f"larger than {self.p.max_bytes:,} bytes (the size limit); not read"

    def _slot(self, key: str) -> _HostSlot:
        if key not in self._hosts:
            self._hosts[key] = asyncio.Semaphore(self.p.per_host)
            self._host_lock[key] = asyncio.Lock()
        return _HostSlot(self, key)

    async def allowed(self, url: str) -> bool:
        if not self.p.robots:
            return True
        key = host(url)
        cached = self._robots.get(key)
        if cached is None or time.monotonic() - cached[0] > ROBOTS_TTL:
            cached = (time.monotonic(), await self._load_robots(key))
            self._robots[key] = cached
        rules = cached[1]
        return True if rules is None else rules.can_fetch(self.p.user_agent, url)

    async def _load_robots(self, key: str) -> RobotFileParser | None:
        """The host's rules; None (all allowed) when it has no robots.txt (4xx). A server error or
        no answer means "disallow all" for now, as RFC 9309 asks."""
        response = await self._get_retrying(f"{key}/robots.txt", {})
        rules = RobotFileParser()
        if response.status is not None and 400 <= response.status < 500:
            return None
        if response.status != 200:
            rules.disallow_all = True
            return rules
        rules.parse(response.content.decode("utf-8", "replace").splitlines())
        delay = rules.crawl_delay(self.p.user_agent)
        if delay:
            self._crawl_delay[key] = float(delay)
        return rules

    def delay_for(self, key: str) -> float:
        return max(self.p.delay, self._crawl_delay.get(key, 0.0))


class _HostSlot:
    """At most `per_host` requests in flight to a host, their starts `delay` seconds apart."""

    def __init__(self, fetcher: Fetcher, key: str):
        self.fetcher, self.key = fetcher, key

    async def __aenter__(self) -> None:
        f = self.fetcher
        await f._hosts[self.key].acquire()
        async with f._host_lock[self.key]:
            wait = f._next_start.get(self.key, 0.0) - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            f._next_start[self.key] = time.monotonic() + f.delay_for(self.key)

    async def __aexit__(self, *exc) -> None:
        self.fetcher._hosts[self.key].release()


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
