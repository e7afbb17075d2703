"""Numbers as news writes them ("1,5", "1 500 000", "1,500,000.5", "полтора", "three and a half")
and each language's quantity words (lang/<lang>/quantities.tsv) made into regular expressions.

quantities.py builds its grammars from the pieces here; nothing here knows a particular word.
"""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from functools import cache

from ..lang import lexicon

# Inside a number: space, no-break space, thin space, narrow no-break space.
GROUP_SPACES = " \u00a0\u2009\u202f"
# A figure: "1 500 000" (space-grouped), or digits with "," and "." in any role ("1,5", "1,500.5").
FIGURE = (rf"(?<![\w.,])(?:\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
          r"(?![.,]?\d)")
YEAR = r"(?<![\w.,])(?:19|20)\d\d(?!\d)"
DASH = r"\s*[-‐–—]\s*"
# Month names are matched as the data writes them (the case tells "May" from "may", "қазан" the
# month from Қазан the city); every other kind ignores case.
CASED = frozenset({"month"})
# In a language with `suffix` rows, these kinds are stems that may take one ("қыркүйекте").
SUFFIXED = frozenset({"month", "weekday", "currency"})


def parse_figure(figure: str, decimal: str) -> Decimal:
    """The value of a FIGURE. `decimal` is the language's decimal mark; the other mark is read
    as a thousands separator when three digits follow it, else as a decimal mark too, because
    Russian news also writes "1.5 млрд" and English news "1,5"."""
    s = re.sub(f"[{GROUP_SPACES}]", "", figure)
    marks = [c for c in s if c in ".,"]
    if not marks:
        return Decimal(s)
    if len(set(marks)) == 2:
        point = s[max(s.rfind(","), s.rfind("."))]
    elif len(marks) > 1:
        point = None
    else:
        point = marks[0] if marks[0] == decimal or len(s.split(marks[0])[1]) != 3 else None
    whole, _, frac = s.rpartition(point) if point else (s, "", "")
    return Decimal(re.sub(r"[.,]", "", whole) + ("." + frac if frac else ""))


def plain(value: Decimal) -> int | float:
    """An int when the value is whole (1500000000, not 1.5e9), else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


def _key(kind: str, form: str) -> str:
    form = " ".join(form.split())
    return form if kind in CASED else form.lower()


class Words:
    """One language's quantity words: `pattern(kind)` gives a regex alternation of the forms of
    a kind (longest first, each bounded so it cannot match inside a word), `value(kind, text)`
    the value column of the form that matched."""

    def __init__(self, lang: str):
        self.lang = lang
        self.forms: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
        for row in lexicon(lang, "quantities.tsv"):
            kind, form, value, extra = (row + ("", "", ""))[:4]
            self.forms[kind][_key(kind, form)] = (value, extra)
        self.option = {k: v for k, (v, _) in self.forms.pop("option", {}).items()}
        self.suffixes = sorted(self.forms.pop("suffix", {}), key=len, reverse=True)

    def has(self, kind: str) -> bool:
        return bool(self.forms.get(kind))

    def pattern(self, kind: str, lead: bool = True, extra: str | None = None) -> str:
        """Alternation of the forms of `kind` (only those whose extra column is `extra`, if
        given); `lead=False` lets a form start right after a word character ("300m", "1.2bn")."""
        forms = [f for f, (_, x) in self.forms.get(kind, {}).items() if extra is None or x == extra]
        if not forms:
            return r"(?!)"  # matches nothing: the language has no such words
        suffix = ""
        if kind in SUFFIXED and self.suffixes:
            suffix = "(?:" + "|".join(map(re.escape, self.suffixes)) + ")?"
        alts = []
        for form in sorted(forms, key=len, reverse=True):
            body = r"\s+".join(map(re.escape, form.split()))
            head = r"(?<!\w)" if lead and form[0].isalnum() else ""
            tail = suffix + r"(?!\w)" if form[-1].isalnum() else ""
            alts.append(head + body + tail)
        group = "|".join(alts)
        return f"(?:{group})" if kind in CASED else f"(?i:{group})"

    def _entry(self, kind: str, text: str) -> tuple[str, str] | None:
        table = self.forms.get(kind, {})
        key = _key(kind, text)
        if key in table:
            return table[key]
        # a stem with a suffix: the longest stem the text starts with
        stems = [f for f in table if key.startswith(f)]
        return table[max(stems, key=len)] if stems else None

    def value(self, kind: str, text: str) -> str:
        entry = self._entry(kind, text)
        if entry is None:
            raise KeyError(f"{text!r} is not a {kind} in lang/{self.lang}/quantities.tsv")
        return entry[0]

    def extra(self, kind: str, text: str) -> str:
        entry = self._entry(kind, text)
        return entry[1] if entry else ""

    def suffixed(self, kind: str, text: str) -> bool:
        """Whether `text` is a stem of `kind` with a case suffix ("мамырда", not "мамыр")."""
        return bool(self.suffixes) and _key(kind, text) not in self.forms.get(kind, {})

    def number(self, text: str) -> Decimal:
        """A FIGURE or a number word with an optional half ("три с половиной" -> 3.5)."""
        if text[:1].isdigit():
            return parse_figure(text, self.option.get("decimal", "."))
        half = re.search(self.pattern("half") + r"$", text)
        if half:
            word = text[:half.start()].rstrip()
            return Decimal(self.value("number", word)) + Decimal(self.value("half", half.group()))
        return Decimal(self.value("number", text))


@cache
def words(lang: str) -> Words | None:
    """The quantity words of `lang`, or None for a language kelisim has no quantities.tsv for."""
    try:
        return Words(lang)
    except (FileNotFoundError, ModuleNotFoundError):
        return None
