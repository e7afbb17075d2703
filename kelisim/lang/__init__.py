"""Per-language data (lang/ru, lang/en, lang/kk): lexicons as plain TSV/TXT files, loaded once."""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lexicon(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of kelisim/lang/<lang>/<name> (tab-separated; '#' lines and blank lines skipped)."""
    try:
        path = resources.files(f"kelisim.lang.{lang}").joinpath(name)
    except ModuleNotFoundError:
        raise FileNotFoundError(f"kelisim has no language data for {lang!r} (kelisim/lang/{lang}/ is missing)") from None
    if not path.is_file():
        raise FileNotFoundError(f"language data file kelisim/lang/{lang}/{name} is missing; "
                                f"reinstall kelisim or restore the file")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append(tuple(c.strip() for c in line.split("\t")))
    return tuple(rows)


@cache
def words(lang: str, name: str, kind: str | None = None) -> frozenset[str]:
    """The first column of lexicon(lang, name) as a set, built once: readers ask for it in loops.
    With `kind`, only the rows whose second column is that kind ("host" in meetings.tsv)."""
    return frozenset(r[0] for r in lexicon(lang, name) if kind is None or len(r) > 1 and r[1] == kind)


@cache
def folded(lang: str, name: str, kind: str | None = None) -> frozenset[str]:
    """words() as readers compare a token's text: folded (lower case, "ё" as "е", nlp.match.fold)."""
    from ..nlp.match import fold
    return frozenset(fold(w) for w in words(lang, name, kind))
