"""`kelisim serve` (the API and the web pages) and `kelisim token create|list|revoke` (who may
write). Thin: they parse options and call kelisim.api."""
from __future__ import annotations

import typer

from .options import Out, emit, format_option
from .store_cmds import DB_HELP, _store

token_app = typer.Typer(help="API tokens: writes (reviews, new articles) need one; its name is who the audit "
                             "log names.", no_args_is_help=True)


def serve_cmd(
    db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: every interface)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    reads: str = typer.Option("local", "--reads", help="Who may read without a token: local (this machine), "
                              "open (everyone) or token (nobody)."),
    max_body: int = typer.Option(2_000_000, "--max-body", min=1024, help="Largest request body, in bytes."),
) -> None:
    """Serve the web pages and the JSON API (docs at /api/docs) over the store."""
    import uvicorn

    from ..api import Settings, create_app
    from ..errors import KelisimError
    if reads not in ("local", "open", "token"):
        typer.echo(f"error: --reads is local, open or token, not {reads!r}", err=True)
        raise typer.Exit(2)
    try:
        app = create_app(db, Settings(reads=reads, max_body_bytes=max_body))
    except KelisimError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    said = f"kelisim: {app.state.store.url} -> open http://{shown}:{port}/ (API docs: /api/docs)"

    class Server(uvicorn.Server):
        async def startup(self, sockets=None) -> None:
            await super().startup(sockets=sockets)
            if self.started:        # listening now: the address works when the user follows it
                typer.echo(said, err=True)

    try:
        Server(uvicorn.Config(app, host=host, port=port, log_level="critical")).run()
    except SystemExit as e:
        if e.code:      # uvicorn exits 1 when it cannot bind
            typer.echo(f"error: cannot listen on {host}:{port} (in use, or not an address of this machine); "
                       f"give another --port or --host", err=True)
            raise typer.Exit(2) from None
        raise


@token_app.command("create")
def token_create(name: str = typer.Argument(..., help="Who will use it: the audit log names them by it."),
                 db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False)) -> None:
    """Make a token and print it once (only its hash is stored)."""
    from ..api.auth import create_token
    with _store(db, create=True) as store:
        token = create_token(store, name)
    typer.echo(token)
    typer.echo(f"token for {name!r}: send it as 'Authorization: Bearer <token>', or enter it on the /review "
               f"page; it is not shown again", err=True)


@token_app.command("list")
def token_list(db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
               fmt: Out = format_option(),
               as_json: bool = typer.Option(False, "--json", hidden=True, help="The same as --format json.")) -> None:
    """The tokens: name, made, last used, revoked."""
    from ..api.auth import list_tokens
    with _store(db) as store:
        rows = list_tokens(store)
    emit(rows, Out.json if as_json else fmt, [
        ("name", lambda r: r["name"]), ("made", lambda r: r["created_at"]), ("last used", lambda r: r["last_used_at"]),
        ("state", lambda r: "live" if r["live"] else f"revoked {r['revoked_at']}")], what="tokens")


@token_app.command("revoke")
def token_revoke(name: str = typer.Argument(...),
                 db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False)) -> None:
    """Revoke the live token of NAME: it stops working at once."""
    from ..api.auth import revoke_token
    with _store(db) as store:
        revoke_token(store, name)
    typer.echo(f"revoked the token of {name!r}", err=True)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)
    app.add_typer(token_app, name="token")
