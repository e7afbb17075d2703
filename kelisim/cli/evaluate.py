"""`kelisim eval ...`: score kelisim against annotated corpora.

The sub-app is `eval_app`; another module adds its own commands to it by importing it
(``from .evaluate import eval_app`` and ``@eval_app.command("gold")``) and defines no
``register`` of its own, so the group is added to the main app once, here.
"""
from __future__ import annotations

import json
from pathlib import Path

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from ..errors import KelisimError

eval_app = typer.Typer(help="Score kelisim against annotated corpora.", no_args_is_help=True)

_TYPES = ("PER", "ORG", "LOC", "ALL")


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")


@eval_app.command("factrueval")
def factrueval(
    directory: Path = typer.Argument(..., help="A factRuEval-2016 folder (testset or devset)."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Score only the first N documents."),
    json_out: Path | None = typer.Option(None, "--json", help="Also write the figures to this JSON file."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per kelisim batch."),
) -> None:
    """Entities (P/R/F1 per type, exact spans) and Occupation, Meeting and Deal facts on
    factRuEval-2016, for kelisim and, in the same run, natasha's NER alone."""
    from ..eval import factrueval as fre
    from ..eval.factrueval_corpus import load_factrueval

    try:
        docs = load_factrueval(directory, limit=limit)
        baseline = list(fre.natasha_spans(d.text for d in docs))
    except KelisimError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    records, failure = None, None
    try:
        records = fre.kelisim_records(docs, batch_size=batch_size)
    except Exception as e:  # noqa: BLE001
        # Broad on purpose: the two systems are independent, and natasha's row is still the
        # reference a broken kelisim has to be fixed against; the error is reported below.
        failure = f"kelisim's pipeline could not run ({type(e).__name__}: {e}); natasha's row only"
    report = fre.evaluate(docs, records, baseline)
    report["corpus"]["folder"] = str(directory)
    if failure:
        report["kelisim_error"] = failure
    print_report(report, Console())
    if json_out:
        json_out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    if failure:
        typer.echo(f"error: {failure}", err=True)
        raise typer.Exit(1)


@eval_app.command("ud")
def ud_command(
    treebank: Path = typer.Argument(..., help="A CoNLL-U file, e.g. UD English-EWT's en_ewt-ud-test.conllu."),
) -> None:
    """Tag and parse the treebank's sentences from their own words with kelisim's English
    model; UPOS accuracy, UAS and LAS over every word (relations by their universal part)."""
    from ..eval import ud

    try:
        result = ud.evaluate(treebank)
    except KelisimError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{treebank}: {result['sentences']} sentences, {result['words']} words")
    typer.echo(ud.summary_line(result))


@eval_app.command("ner")
def ner_command(
    path: Path = typer.Argument(..., help="An IOB2 file: KazNERD (token TAG) or UNER (ID token TAG - -)."),
    lang: str = typer.Option("en", "--lang", help="The language whose pipeline recognises: kk or en."),
    stage: str = typer.Option("spans", "--stage",
                              help="spans: the pipeline's entity spans (what kelisim recognises); "
                                   "nlp: the language's NLP stage alone (its statistical recogniser)."),
) -> None:
    """Precision, recall and F1 by type (PER, ORG, LOC; GPE and LOCATION count as LOC), exact
    token spans, for what kelisim's pipeline recognises in the file's sentences."""
    from ..eval import ner

    if lang not in ("kk", "en", "ru"):
        typer.echo(f"error: --lang {lang!r}: give kk, en or ru", err=True)
        raise typer.Exit(2)
    if stage not in ("spans", "nlp"):
        typer.echo(f"error: --stage {stage!r}: give spans or nlp", err=True)
        raise typer.Exit(2)
    try:
        result = ner.evaluate(path, lang, upto=stage)
    except KelisimError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{path}: {result['sentences']} sentences, language {lang}, stage {stage}")
    typer.echo(f"{'type':5} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for t, c in result["types"].items():
        typer.echo(f"{t:5} {c['gold']:6} {c['pred']:6} {c['p']:6.3f} {c['r']:6.3f} {c['f1']:6.3f}")
    typer.echo(ner.summary_line(result))


def _prf(c: dict | None) -> list[str]:
    if c is None:
        return ["-"] * 3
    return [f"{c['p']:.3f}", f"{c['r']:.3f}", f"{c['f1']:.3f}"]


def print_report(report: dict, out: Console) -> None:
    corpus = report["corpus"]
    out.print(f"factRuEval-2016 · {corpus.get('folder', '')} · {corpus['documents']} documents · "
              f"{corpus['gold_mentions']} named gold mentions "
              f"({corpus['gold_mentions_skipped_unnamed']} descriptor/geo-adjective-only skipped)",
              markup=False)
    adjusted = corpus["texts_adjusted"]
    out.print(f"offsets: {corpus['tokens_checked']} token offsets checked against the texts; "
              + (f"texts adjusted: {dict(adjusted)}" if adjusted else "all match, no adjustment"),
              markup=False)

    rows = {"kelisim": "kelisim", "natasha": "natasha"}
    table = Table(title="Entities: exact span match, type must agree (GPE counted as LOC)",
                  title_justify="left", box=box.SIMPLE,
                  caption="natasha: natasha's NewsNERTagger alone, same texts, same run",
                  caption_justify="left")
    table.add_column("type")
    table.add_column("gold", justify="right")
    for label in rows.values():
        for m in ("P", "R", "F1", "pred"):
            table.add_column(f"{label}\n{m}" if m == "P" else f"\n{m}", justify="right",
                             min_width=len(label) if m == "P" else None)
    for t in _TYPES:
        cells = []
        for key in rows:
            c = report["entities"].get(key, {}).get(t)
            cells += [*_prf(c), str(c["pred"]) if c else "-"]
        gold = next((v[t]["gold"] for v in report["entities"].values()), "-")
        table.add_row(t, str(gold), *cells)
    out.print(table)
    best = report["best_2016"]
    name_extent = ", ".join(f"{rows[k]} {v['ALL']['f1']:.3f}"
                            for k, v in report["entities_name_extent"].items())
    out.print(f"2016 best entity-track F1: {best['entities']} (reference only: that track matched "
              f"token sets with partial credit, not exact spans, so it is not the same metric)",
              markup=False)
    out.print(f"diagnostic, gold trimmed to its name spans (no descriptors like 'агентство'): "
              f"ALL F1 {name_extent}", markup=False)
    left_out = report.get("kelisim_mentions_left_out")
    if left_out:
        every = report["kelisim_every_mention"]["ALL"]
        out.print(f"kelisim mentions not scored as NER output (pronouns, unnamed descriptions): "
                  f"{left_out}; counting them too, kelisim ALL P {every['p']:.3f} "
                  f"R {every['r']:.3f} F1 {every['f1']:.3f}", markup=False)
        if left_out.get("offset_mismatch"):
            out.print(f"warning: {left_out['offset_mismatch']} kelisim mentions whose text is not "
                      f"text[start:end]; they are scored by their offsets", markup=False)

    facts = Table(title="Facts (how they match: kelisim/eval/factrueval.py)",
                  title_justify="left", box=box.SIMPLE, caption_justify="left",
                  caption="2016 best: reference only; that track gave partial credit per "
                          "argument (attributes too), not the same metric")
    for col in ("fact", "gold", "pred", "match", "P", "R", "F1", "2016 best F1"):
        facts.add_column(col, justify="left" if col == "fact" else "right")
    for ftype, c in report["facts"].items():
        known = c["pred"] is not None
        facts.add_row(ftype, str(c["gold"]), str(c["pred"]) if known else "-",
                      str(c["tp"]) if known else "-", *(_prf(c) if known else _prf(None)),
                      str(best.get(ftype, "-")))
    out.print(facts)
