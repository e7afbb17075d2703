"""Whether two reports name the same document: the type, the parties, the date and the words
that say what it is about, not the whole title. Reports of one document word its title
differently: one keeps the purpose clause ("... on the construction of two hydropower plants"),
another does not, so a title whose content words are all in the other's fits it."""
from __future__ import annotations

from .stem import stems
from .wordlists import stems_of


def content_words(title: str | None) -> set[str]:
    """Stems of the title's words that are not the document's kind or function words."""
    generic = stems_of("title_generic.txt")
    return {w for w in stems(title or "") if len(w) > 2 and w not in generic and not w.isdigit()}


def title_fit(a: str | None, b: str | None) -> float | None:
    """How far the shorter title's content words are in the longer one's (0..1), or None when
    they cannot be compared: one missing or saying nothing but its kind, or in another script."""
    if not a or not b or is_cyrillic(a) != is_cyrillic(b):
        return None
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return None
    return len(wa & wb) / min(len(wa), len(wb))


def doc_types_agree(a: str | None, b: str | None) -> bool:
    return not a or not b or a == b or "other" in (a, b)


def is_cyrillic(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return sum("\u0400" <= ch <= "\u04ff" for ch in letters) > len(letters) / 2
