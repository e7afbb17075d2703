"""API tokens: who may write, and who may read.

`kelisim token create NAME` makes a token, shows it once and stores only its sha256; a request
sends it as `Authorization: Bearer <token>`, and the token's name is who the audit log says made
a change. Writes always need a live token. Reads follow `Settings.reads`:

    local   open to clients on this machine (127.0.0.0/8, ::1), a token for anyone else (default)
    open    open to everyone (a shared read-only desk)
    token   a token for everyone, local or not

Behind a reverse proxy on the same machine every client looks local: use `token` there.
Pages in a browser cannot send the header on a plain link, so reads also accept the token in the
`kelisim_token` cookie (the review page sets it); writes never do, so a page from elsewhere
cannot make a browser write on its user's behalf.
"""
from __future__ import annotations

import hashlib
import re
import secrets

import sqlalchemy as sa
from fastapi import Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..errors import StoreError
from ..store.review import api_tokens, audit, now
from .errors import ApiError

READS = ("local", "open", "token")
COOKIE = "kelisim_token"
_NAME = re.compile(r"^[\w.@-]{1,64}$")
# Declared so that OpenAPI names the bearer scheme on every route that takes a token and the API
# docs show "Authorize"; the header itself is read and checked below (auto_error=False: a missing
# token is for reader/writer to judge, with their own messages).
BEARER = HTTPBearer(auto_error=False, scheme_name="bearer",
                    description="A token from `kelisim token create NAME`, sent as `Authorization: Bearer kls_...`.")


def digest(token: str) -> str:
    # The tokens are 256 random bits: a plain hash is enough, no salt or slow hash needed.
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(store, name: str) -> str:
    """A new token for `name` (letters, digits, . _ @ -); returns it: it is not stored."""
    if not _NAME.match(name or ""):
        raise StoreError(f"a token name is 1-64 letters, digits, '.', '_', '@' or '-', not {name!r}")
    token = "kls_" + secrets.token_urlsafe(32)
    with store.write() as conn:
        live = conn.execute(sa.select(api_tokens.c.id).where(api_tokens.c.name == name,
                                                             api_tokens.c.revoked_at.is_(None))).first()
        if live:
            raise StoreError(f"there is already a live token named {name!r}; revoke it first "
                             f"(kelisim token revoke {name}) or choose another name")
        conn.execute(api_tokens.insert().values(name=name, hash=digest(token), created_at=now()))
        audit(conn, "cli", "token.create", f"token {name}")
    return token


def list_tokens(store) -> list[dict]:
    with store.connect() as conn:
        rows = conn.execute(sa.select(api_tokens).order_by(api_tokens.c.id)).all()
    iso = lambda d: d.isoformat(timespec="seconds") if d else None  # noqa: E731
    return [{"name": r.name, "created_at": iso(r.created_at), "last_used_at": iso(r.last_used_at),
             "revoked_at": iso(r.revoked_at), "live": r.revoked_at is None} for r in rows]


def revoke_token(store, name: str) -> int:
    with store.write() as conn:
        n = conn.execute(api_tokens.update().where(api_tokens.c.name == name, api_tokens.c.revoked_at.is_(None))
                         .values(revoked_at=now())).rowcount
        if not n:
            raise StoreError(f"no live token is named {name!r}; `kelisim token list` shows them")
        audit(conn, "cli", "token.revoke", f"token {name}")
    return n


def token_name(store, token: str, touch: bool = False) -> str | None:
    """The name of the live token `token`, or None."""
    if not token:
        return None
    with (store.write() if touch else store.connect()) as conn:
        row = conn.execute(sa.select(api_tokens.c.id, api_tokens.c.name).where(
            api_tokens.c.hash == digest(token), api_tokens.c.revoked_at.is_(None))).first()
        if row and touch:
            conn.execute(api_tokens.update().where(api_tokens.c.id == row.id).values(last_used_at=now()))
    return row.name if row else None


def _bearer(request: Request) -> str | None:
    value = request.headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def is_local(request: Request) -> bool:
    host = request.client.host if request.client else ""
    return host == "::1" or host.startswith("127.") or host == "localhost"


def reader(request: Request, _declared: HTTPAuthorizationCredentials | None = Security(BEARER)) -> str | None:
    """Dependency of every read: passes, or answers 401 saying how to get in."""
    mode = request.app.state.settings.reads
    if mode == "open" or (mode == "local" and is_local(request)):
        return None
    token = _bearer(request) or request.cookies.get(COOKIE)
    name = token_name(request.app.state.store, token)
    if name is None:
        raise ApiError(401, "reading needs an API token here: send 'Authorization: Bearer <token>' "
                            "(kelisim token create NAME makes one), or enter it on the /review page",
                       headers={"WWW-Authenticate": "Bearer"})
    return name


def writer(request: Request, _declared: HTTPAuthorizationCredentials | None = Security(BEARER)) -> str:
    """Dependency of every write: the name of the token sent in the Authorization header."""
    token = _bearer(request)
    if token is None:
        raise ApiError(401, "writing needs an API token: send 'Authorization: Bearer <token>'; "
                            "`kelisim token create NAME` makes one", headers={"WWW-Authenticate": "Bearer"})
    name = token_name(request.app.state.store, token, touch=True)
    if name is None:
        raise ApiError(403, "that API token is unknown or revoked; `kelisim token list` shows the live ones")
    return name
