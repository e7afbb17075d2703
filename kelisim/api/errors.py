"""Every error the API answers is `{"ok": false, "error": "what happened and what to do",
"status": 404}` with that HTTP status; a web page gets the same message as a page.

    ApiError(status, message)   raised by routes and dependencies on purpose
    StoreError, KelisimError    a bad filter or request the store refused: 400
    LookupError                 no such article, event, actor or commitment: 404
    RequestValidationError      a body or parameter of the wrong shape: 422, naming the field;
                                a body that is not JSON: 400 with the line and column;
                                a row id no database can hold (RowId): 404, as any unknown id
    anything else               500, logged with its traceback; the answer says no more
"""
from __future__ import annotations

import logging
from typing import Annotated

from fastapi import FastAPI, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import KelisimError

log = logging.getLogger("kelisim.api")

# Row ids are 64-bit integers in SQLite and PostgreSQL; a larger one cannot be bound to a query
# (SQLite raises OverflowError), so it is refused before the store is asked, and answered like
# any id that names no row.
ROW_ID_MAX = 2 ** 63 - 1
RowId = Annotated[int, Path(ge=-ROW_ID_MAX - 1, le=ROW_ID_MAX)]
_OUT_OF_RANGE = ("less_than_equal", "greater_than_equal")


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


def _no_such_row(exc: RequestValidationError) -> str | None:
    """"there is no event 9223372036854775808" when every error is a RowId out of range."""
    errs = exc.errors()
    if errs and all(e.get("type") in _OUT_OF_RANGE and tuple(e.get("loc", ()))[:1] == ("path",) for e in errs):
        loc = errs[0]["loc"]
        what = str(loc[1]).removesuffix("_id") if len(loc) > 1 else "row"
        return f"there is no {what} {errs[0].get('input')}"
    return None


def _not_json(exc: RequestValidationError) -> str | None:
    """A body that does not parse: where it breaks, counted as an editor does (from 1)."""
    for e in exc.errors():
        if e.get("type") == "json_invalid":
            doc, pos = exc.body if isinstance(exc.body, str) else "", e["loc"][-1]
            if not isinstance(pos, int):
                pos = 0
            line, column = doc.count("\n", 0, pos) + 1, pos - doc.rfind("\n", 0, pos)
            why = (e.get("ctx") or {}).get("error") or "not JSON"
            return (f"the body is not valid JSON: {why} at line {line}, column {column}; "
                    "send a JSON object with content-type: application/json")
    return None


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
        if message := _not_json(exc):
            return respond(request, 400, message)
        if message := _no_such_row(exc):
            return respond(request, 404, message)
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
