"""Request size limits and the headers every answer carries (CSP, no sniffing, no framing).

Bodies are limited twice: by Content-Length before anything is read, and by counting what
arrives, for a client that sends no length or lies about it. Either way the answer is 413
with the usual error body.
"""
from __future__ import annotations

import json

from .errors import error_body

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"x-frame-options", b"DENY"), (b"referrer-policy", b"same-origin")]


class Limits:
    """ASGI middleware: refuse bodies over `max_body` bytes; add the security headers."""

    def __init__(self, app, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = overflow = False

        async def send_with_headers(message):
            nonlocal started
            if overflow:
                return          # the app's answer to a cut-off body is replaced by the 413 below
            if message["type"] == "http.response.start":
                started = True
                have = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in have]
            await send(message)

        length = dict(scope.get("headers") or {}).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await self._too_large(send_with_headers)
        seen = 0

        async def counted():
            nonlocal seen, overflow
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body and not started:
                    overflow = True
                    return {"type": "http.disconnect"}
            return message

        try:
            await self.app(scope, counted, send_with_headers)
        except Exception:
            if not overflow:
                raise
        if overflow:
            overflow = False
            await self._too_large(send_with_headers)

    async def _too_large(self, send):
        body = json.dumps(error_body(413, f"the request body is larger than {self.max_body} bytes; send a "
                                          f"shorter article or split it")).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
