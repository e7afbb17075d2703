"""`kelisim eval merge DIR --records FILE` in process: records extracted elsewhere, scored
against DIR/INDEX.tsv, the figures by half and the failures printed; a folder without an
INDEX.tsv is a usage error (exit 2) that says what to add."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from kelisim.cli import app
from kelisim.read import read_sources
from kelisim.read.article import Article
from tests.store.store_records import phone_call, roadmap

HEADER = "file\tlang\tsource_url\toutlet\tpub_date\tdate_known\ttopic\tnegative\tsame_event_group\n"


def folder_with_records(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    recs = {"001_ru_call.txt": phone_call(0), "002_ru_call.txt": phone_call(1), "003_ru_seed.txt": roadmap()}
    for name, rec in recs.items():
        (folder / name).write_text(rec["text"], encoding="utf-8")
    (folder / "INDEX.tsv").write_text(HEADER + "".join(
        f"{name}\tru\t\t\t\t\tnews\tno\t{'call' if 'call' in name else ''}\n" for name in recs), encoding="utf-8")
    lines = []
    for a in read_sources([str(folder)]):
        if isinstance(a, Article):
            rec = dict(recs[a.source.rsplit("/", 1)[-1]], id=a.id, source=a.source)
            lines.append(json.dumps(rec, ensure_ascii=False))
    (tmp_path / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder, tmp_path / "records.jsonl"


def test_cli_eval_merge_prints_the_figures_by_half(tmp_path):
    folder, records = folder_with_records(tmp_path)
    result = CliRunner().invoke(app, ["eval", "merge", str(folder), "--records", str(records),
                                      "--json", str(tmp_path / "merge.json")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].split()[:3] == ["all", "1/1", "1.000"] and lines[2].startswith("even") and lines[3].startswith("odd")
    figures = json.loads((tmp_path / "merge.json").read_text(encoding="utf-8"))["figures"]
    assert figures["odd"]["groups_merged"] == 1 and figures["all"]["wrong_merges"] == 0


def test_cli_eval_merge_without_an_index_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["eval", "merge", str(tmp_path)])
    assert result.exit_code == 2 and "INDEX.tsv" in result.output
