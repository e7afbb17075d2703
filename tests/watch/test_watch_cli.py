"""The commands: `kelisim sources ...` and `kelisim watch`, driven in process and, for a crash,
as a process killed with SIGKILL and started again."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from kelisim.cli import app
from kelisim.store import open_store
from kelisim.store.schema import articles
from pages import generated_page

ROOT = Path(__file__).resolve().parents[2]
run = CliRunner().invoke


def rss(site, paths):
    items = "".join(f"<item><title>{p}</title><link>{site.url}{p}</link></item>" for p in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'


def test_sources_add_list_pause_resume_remove(tmp_path):
    db = str(tmp_path / "k.db")
    added = run(app, ["sources", "add", "https://mfa.example/rss", "--every", "30m", "--lang", "ru", "--db", db])
    assert added.exit_code == 0 and "source 1: https://mfa.example/rss (feed, every 30m)" in added.output
    run(app, ["sources", "add", "https://gov.example/press/", "--kind", "page", "--db", db])
    listed = run(app, ["sources", "list", "--format", "json", "--db", db])
    assert '"kind": "page"' in listed.output and '"every_seconds": 1800' in listed.output
    assert run(app, ["sources", "pause", "1", "--db", db]).output.strip().endswith("paused")
    assert run(app, ["sources", "resume", "https://mfa.example/rss", "--db", db]).output.strip().endswith("resumed")
    assert run(app, ["sources", "remove", "2", "--db", db]).exit_code == 0
    assert "gov.example" not in run(app, ["sources", "list", "--format", "json", "--db", db]).output


@pytest.mark.parametrize("args, message", [
    (["sources", "add", "ftp://x.example/feed"], "a source is an http:// or https:// URL"),
    (["sources", "add", "https://x.example/f", "--kind", "blog"], "unknown kind 'blog'"),
    (["sources", "add", "https://x.example/f", "--every", "10s"], "poll a source at most once a minute"),
    (["sources", "add", "https://x.example/f", "--every", "often"], "is not an interval"),
    (["sources", "pause", "9"], "no such source"),
    (["watch", "--once"], "no sources to watch"),
])
def test_sources_bad_values_get_one_line_and_exit_2(tmp_path, args, message):
    open_store(str(tmp_path / "k.db")).close()          # a database without sources
    result = run(app, [*args, "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 2 and message in result.output


@pytest.mark.parametrize("name, text", [
    ("list.opml", '<?xml version="1.0"?><opml version="2.0"><body><outline text="MFA" type="rss" '
                  'xmlUrl="https://mfa.example/rss"/><outline text="Gov" htmlUrl="https://gov.example/"/></body></opml>'),
    ("list.toml", '[[source]]\nurl = "https://mfa.example/rss"\nkind = "feed"\nevery = "1h"\n\n'
                  '[[source]]\nurl = "https://gov.example/"\nkind = "page"\nlang = "kk"\n'),
])
def test_sources_import_opml_and_toml(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run(app, ["sources", "import", str(path), "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 0 and "2 sources followed" in result.output
    listed = run(app, ["sources", "list", "--format", "json", "--db", str(tmp_path / "k.db")]).output
    assert '"kind": "feed"' in listed and '"kind": "page"' in listed


def stored_sources(db):
    store = open_store(db)
    with store.connect() as conn:
        rows = conn.execute(sa.select(articles.c.source)).scalars().all()
    store.close()
    return rows


@pytest.mark.slow
def test_watch_killed_with_sigkill_resumes_without_refetching_or_duplicating(site, tmp_path):
    n = 40
    paths = [f"/news/{i}" for i in range(n)]
    for i, p in enumerate(paths):
        site.add(p, generated_page(i))
    site.add("/rss", rss(site, paths))
    db = str(tmp_path / "k.db")
    assert run(app, ["sources", "add", site.url + "/rss", "--db", db]).exit_code == 0
    cmd = [sys.executable, "-c", "from kelisim.cli import main; main()", "watch", "--once", "--delay", "0", "--batch-size", "4", "--db", db]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while len(stored_sources(db) if Path(db).exists() else []) < 8:
        assert proc.poll() is None and time.monotonic() < deadline, "watch ended before it could be killed"
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    before = dict(site.hits)
    stored_before = set(stored_sources(db))
    assert subprocess.run(cmd, env=env, capture_output=True, timeout=600).returncode == 0
    stored = stored_sources(db)
    assert sorted(stored) == sorted(site.url + p for p in paths)            # every article once
    refetched = [p for p in paths if site.hits.get(p, 0) > 1]
    assert not [p for p in refetched if site.url + p in stored_before]       # nothing stored is fetched again
    assert sum(before.get(p, 0) for p in paths) >= len(stored_before)


@pytest.mark.slow
def test_watch_soak_a_site_of_500_pages_stores_every_page_once(site, tmp_path):
    n = 500
    paths = [f"/a/{i}" for i in range(n)]
    for i, p in enumerate(paths):
        site.add(p, generated_page(i))
    for part in range(5):
        site.add(f"/rss{part}", rss(site, paths[part::5]))
    db = str(tmp_path / "k.db")
    for part in range(5):
        run(app, ["sources", "add", f"{site.url}/rss{part}", "--every", "1m", "--db", db])
    result = run(app, ["watch", "--delay", "0", "--per-host", "4", "--batch-size", "32", "--for", "600", "--once",
                       "--db", db])
    assert result.exit_code == 0, result.output
    stored = stored_sources(db)
    assert len(stored) == n and len(set(stored)) == n
    assert all(site.hits[p] == 1 for p in paths)
    assert site.max_in_flight <= 4


@pytest.mark.slow
def test_watch_stops_cleanly_on_sigterm_and_reports_what_it_did(site, tmp_path):
    paths = [f"/news/{i}" for i in range(12)]
    for i, p in enumerate(paths):
        site.add(p, generated_page(100 + i))
    site.add("/rss", rss(site, paths))
    db = str(tmp_path / "k.db")
    run(app, ["sources", "add", site.url + "/rss", "--db", db])
    cmd = [sys.executable, "-c", "from kelisim.cli import main; main()", "watch", "--delay", "0", "--batch-size", "4",
           "--db", db]
    proc = subprocess.Popen(cmd, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while len(stored_sources(db) if Path(db).exists() else []) < len(paths):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)                      # idle now, waiting for the next poll
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "stored 12" in out
