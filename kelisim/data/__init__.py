"""Language-neutral gazetteers as TSV tables (states, blocs, places), read once by `table()`."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

_TABLE_NAME = re.compile(r"[a-z][a-z0-9_]*")


def table(name: str) -> list[dict[str, str]]:
    """Rows of kelisim/data/<name>.tsv as dicts keyed by its header line.

    Blank lines and lines starting with '#' are skipped; cells missing at the end of a row are
    empty strings. Each call returns fresh dicts, so a
    caller may change them without touching what other callers see.
    """
    header, rows = _read(name)
    return [dict(zip(header, row)) for row in rows]


@cache
def _read(name: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    if not _TABLE_NAME.fullmatch(name):
        raise ValueError(f"table name {name!r} is not a plain file stem like 'states'")
    path = resources.files(__name__).joinpath(f"{name}.tsv")
    if not path.is_file():
        known = sorted(p.name[:-4] for p in resources.files(__name__).iterdir()
                       if p.name.endswith(".tsv"))
        raise FileNotFoundError(f"kelisim/data/{name}.tsv does not exist; known tables: "
                                f"{', '.join(known) or 'none'} (reinstall kelisim or restore the file)")
    header: tuple[str, ...] = ()
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = tuple(line.split("\t"))
        if not header:
            header = cells
            continue
        if len(cells) > len(header):
            raise ValueError(f"kelisim/data/{name}.tsv line {number}: {len(cells)} cells, the header "
                             f"has {len(header)} ({', '.join(header)}); separate cells with one tab")
        # Editors strip trailing tabs, so missing cells at the end of a row read as empty.
        rows.append(cells + ("",) * (len(header) - len(cells)))
    return header, tuple(rows)
