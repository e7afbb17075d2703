"""A news site the tests serve on 127.0.0.1: routes the tests write, and the server's own
counts of what it was asked (per path, in flight at once, the User-Agent), so politeness is
checked from the server's side."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes | None = b""
    status: int = 200
    headers: dict = field(default_factory=dict)
    delay: float = 0.0
    etag: str | None = None              # answer 304 to If-None-Match with this tag
    statuses: list = field(default_factory=list)   # statuses to answer first, one per request
    stream_bytes: int = 0                # stream this many bytes, without Content-Length
    content_type: str = "text/html; charset=utf-8"


class Site:
    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self.not_modified = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.starts: list[float] = []
        self.agents: set[str] = set()
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def add(self, path: str, body: str | bytes | None = b"", **kw) -> Route:
        route = Route(body.encode("utf-8") if isinstance(body, str) else body, **kw)
        self.routes[path] = route
        return route

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):      # the tests read counts, not logs
                pass

            def do_GET(self):
                with site.lock:
                    site.hits[self.path] = site.hits.get(self.path, 0) + 1
                    site.in_flight += 1
                    site.max_in_flight = max(site.max_in_flight, site.in_flight)
                    site.starts.append(time.monotonic())
                    site.agents.add(self.headers.get("User-Agent", ""))
                try:
                    self._answer(site.routes.get(self.path))
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    with site.lock:
                        site.in_flight -= 1

            def _answer(self, route):
                if route is None:
                    return self._send(404, b"not found", {})
                if route.delay:
                    time.sleep(route.delay)
                if route.statuses:
                    status = route.statuses.pop(0)
                    return self._send(status, b"busy", route.headers)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    with site.lock:
                        site.not_modified += 1
                    return self._send(304, b"", {"ETag": route.etag})
                headers = dict(route.headers)
                if route.etag:
                    headers["ETag"] = route.etag
                if route.stream_bytes:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    self.send_header("Connection", "close")
                    self.end_headers()
                    chunk = b"<p>" + b"x" * 65530 + b"</p>"
                    for _ in range(route.stream_bytes // len(chunk)):
                        self.wfile.write(chunk)
                    return
                self._send(route.status, route.body or b"", headers, route.content_type)

            def _send(self, status, body, headers, content_type="text/html; charset=utf-8"):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                if body:
                    self.wfile.write(body)

        return Handler

    def start(self) -> Site:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
