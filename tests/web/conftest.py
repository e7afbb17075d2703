"""Browser tests: kelisim served by uvicorn on a free loopback port, over a store holding the
bundled examples/ (real extraction) and an article whose text and title carry script payloads;
Playwright drives Debian's chromium (/usr/bin/chromium; `playwright install` downloads fail here).

Without chromium or the playwright package these tests skip, saying why; with
KELISIM_REQUIRE_BROWSER=1 (CI) they fail instead. Screenshots go to docs/screenshots/.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from kelisim.api import create_app
from kelisim.api.auth import create_token
from kelisim.store import open_store
from kelisim.store.ingest import ingest, ingest_records
from tests.web.web_payloads import payload_record

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
def _browser_problem() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[test]')"
    if not os.path.exists(CHROMIUM):
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    return None


@pytest.fixture(scope="session")
def browser():
    problem = _browser_problem()
    if problem:
        if os.environ.get("KELISIM_REQUIRE_BROWSER") == "1":
            pytest.fail(problem + " (KELISIM_REQUIRE_BROWSER=1 makes this a failure)")
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@dataclass
class Site:
    url: str
    token: str
    app: object
    seed: str          # the seed article (examples/000)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def site(tmp_path_factory, extractor):
    import uvicorn
    db = str(tmp_path_factory.mktemp("web") / "web.db")
    with open_store(db) as store:
        ingest(store, [os.path.relpath(ROOT / "examples")], extractor=extractor)     # sources read examples/...
        ingest_records(store, [payload_record()])
    app = create_app(db)
    token = create_token(app.state.store, "alice")
    with app.state.store.connect() as conn:
        seed = conn.exec_driver_sql("SELECT id FROM articles WHERE source LIKE '%000_ru%'").scalar()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=_free_port(), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield Site(f"http://127.0.0.1:{server.config.port}", token, app, seed)
    server.should_exit = True
    thread.join(10)


class Visit:
    """A browser page that fails the test on any dialog (alert, confirm) or script error."""

    def __init__(self, page, site: Site):
        self.page, self.site = page, site
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def go(self, path: str):
        response = self.page.goto(self.site.url + path)
        assert response.status == 200, f"{path}: {response.status}"
        return self.page

    def shot(self, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        return path

    def clean(self) -> None:
        assert not self.dialogs, f"a dialog opened: {self.dialogs}"
        assert not self.errors, f"script errors: {self.errors}"


@pytest.fixture
def visit(browser, site):
    context = browser.new_context(viewport={"width": 1360, "height": 860}, locale="en-GB")
    v = Visit(context.new_page(), site)
    yield v
    context.close()
