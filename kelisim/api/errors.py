"""Every error the API answers is `{"ok": false, "error": "what happened and what to do",
"status": 404}` with that HTTP status; a web page gets the same message as a page.

    ApiError(status, message)   raised by routes and dependencies on purpose
    StoreError, KelisimError    a bad filter or request the store refused: 400
    LookupError                 no such article, event, actor or commitment: 404
    RequestValidationError      a body or parameter of the wrong shape: 422, naming the field
    anything else               500, logged with its traceback; the answer says no more
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import KelisimError

log = logging.getLogger("kelisim.api")


class ApiError(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def error_body(status: int, message: str) -> dict:
    return {"ok": False, "error": message, "status": status}


def wants_page(request: Request) -> bool:
    """A browser asking for a page (not the JSON API) gets the error as a page."""
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def respond(request: Request, status: int, message: str, headers: dict | None = None):
    if wants_page(request):
        from ..web.pages import error_page
        return error_page(request, status, message, headers)
    return JSONResponse(error_body(status, message), status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "the request is not valid (" + "; ".join(parts) + "); /api/docs describes every endpoint"


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError):
        return respond(request, exc.status, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = {404: f"there is nothing at {request.url.path}; /api/docs lists the endpoints",
                   405: f"{request.method} is not allowed on {request.url.path}"}.get(exc.status_code, str(exc.detail))
        return respond(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return respond(request, 422, _validation_message(exc))

    @app.exception_handler(LookupError)
    async def _missing(request: Request, exc: LookupError):
        return respond(request, 404, str(exc.args[0]) if exc.args else "not found")

    @app.exception_handler(KelisimError)
    async def _refused(request: Request, exc: KelisimError):
        return respond(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        log.exception("error serving %s %s", request.method, request.url.path)
        return respond(request, 500, "the server failed on this request; its log says why")
