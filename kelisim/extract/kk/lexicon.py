"""The Kazakh lexicons of lang/kk as matchers and sets, loaded once."""
from __future__ import annotations

from functools import cache

from ...lang import folded, lexicon, words
from ...nlp.kazakh import fold
from ...nlp.match import PhraseMatcher


@cache
def matcher(name: str) -> PhraseMatcher:
    """A stem matcher over the phrases of lang/kk/<name>; a match's value is the tuple of the
    row's other columns, "" for those missing."""
    rows = lexicon("kk", name)
    width = max((len(r) for r in rows), default=1)
    return PhraseMatcher("kk").add_all((r[0], tuple(r[1:]) + ("",) * (width - len(r))) for r in rows)


def first_names() -> frozenset[str]:
    return folded("kk", "first_names.txt")


@cache
def not_names() -> frozenset[str]:
    """Capitalised words that are no part of a name: not_names.txt and the honorifics
    ("Құрметті", "Мәртебелі", "мырза")."""
    return folded("kk", "not_names.txt") | folded("kk", "honorifics.txt")


def name_particles() -> frozenset[str]:
    return folded("kk", "name_particles.txt")


def honorifics() -> frozenset[str]:
    return folded("kk", "honorifics.txt")


@cache
def name_endings() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((fold(r[0]), r[1]) for r in lexicon("kk", "name_patterns.tsv")),
                        key=lambda r: -len(r[0])))


def legal_forms() -> frozenset[str]:
    return words("kk", "legal_forms.txt")


@cache
def deixis() -> dict[str, str]:
    return {fold(r[0]): r[1] for r in lexicon("kk", "deixis.tsv")}


def home_state() -> str | None:
    """The state the Kazakh-language press calls "our country" (deixis.tsv)."""
    codes = list(deixis().values())
    return max(set(codes), key=codes.count) if codes else None
