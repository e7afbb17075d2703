"""`kelisim info`: the models shipped in the package, with what their cards say."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    app.command("info")(info)


def figures(section: dict) -> list[tuple[str, str]]:
    """The measured figures of a card's `kelisim` section, one line per data set: either under
    "figures" ({data set: {metric: value}}) or any key holding per-type scores
    ({type: {"p", "r", "f"}}), as another model's card may write them."""
    out = []
    for where, figs in section.get("figures", {}).items():
        out.append((where, "  ".join(f"{m} {v:.3f}" if isinstance(v, float) else f"{m} {v}" for m, v in figs.items())))
    for key, value in section.items():
        if key != "figures" and isinstance(value, dict) and value and all(
                isinstance(v, dict) and "f" in v for v in value.values()):
            out.append((key, "  ".join(f"{t} F1 {v['f']:.3f}" for t, v in value.items())))
    return out


def info() -> None:
    """Each shipped model: version, training data, licence and its figures on held-out data."""
    from .. import __version__
    from ..nlp.english_model import card, shipped

    typer.echo(f"kelisim {__version__}")
    typer.echo("ru: natasha's slovnet models (MIT licence), loaded from the natasha package")
    for name in shipped():
        c = card(name)
        k = c.get("kelisim", {})
        sources = "; ".join(f"{s.get('name', '?')} ({s.get('license', '?')})" for s in c.get("sources", []))
        typer.echo(f"\n{name} {c.get('version', '?')}  kelisim/models/{name}, spaCy {c.get('spacy_version', '?')}")
        if c.get("description"):
            typer.echo(f"  {c['description']}")
        typer.echo(f"  data:    {k.get('data') or sources or '?'}")
        typer.echo(f"  licence: {c.get('license', '?')}" + (f"; sources: {sources}" if sources else ""))
        if "seed" in k:
            typer.echo(f"  seed:    {k['seed']}" + (f"; rebuild: {k['command']}" if k.get("command") else ""))
        for where, line in figures(k):
            typer.echo(f"  {where}: {line}")
