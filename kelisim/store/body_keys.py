"""The core of a company's or a place's name, for telling when two reports name one owner or one
place although they write it differently.

- A company: its cross-script key (names.name_key) without legal forms ("Co., Ltd", "LLC", "ТОО",
  "АО", "ЖШС"; lang/*/legal_forms.txt) and without a leading state's name or adjective ("China
  Gezhouba Group Cement Co., Ltd" / "Gezhouba Group Cement Co., Ltd."): one report keeps them,
  another does not. What is left must still name something: a legal form alone, or a state with
  a word many bodies share ("Chinese Investment LLC"; lang/*/org_generic.txt), names no one.
- A place: its key without nouns of the kind of place ("Zhambyl Region" / "Жамбыл облысы",
  "город Кызылорда"; lang/*/place_generic.txt) and, where such a noun was dropped, without a
  Russian adjective's ending ("Жамбылская область"). Two cores are one place when equal, or
  when they differ only in the last letters of a word stem ("kizilordin" / "kizilorda") or in
  vowels of a long enough word ("Түркістан" / "Туркестан").
Used for projects only (project_match.py), where a kind and a name must fit too.
"""
from __future__ import annotations

import re
from functools import cache

from .names import name_key, sound
from .wordlists import words

_ADJECTIVE = re.compile(r"(sk(aia|aya|oi|oy|ii|i|ogo|oe|ie)|aia)$")
_SLACK = 2          # letters a stem may differ by at its end ("kizilordin" / "kizilorda")
_MIN_STEM = 4
_MIN_SOUND = 4      # consonants a skeleton needs to tell a place ("Арал" and "Орал" are two)


@cache
def _keys_of(filename: str) -> frozenset[str]:
    return frozenset(k for w in words(filename) if (k := name_key(w)))


@cache
def _state_words() -> frozenset[str]:
    """One-word names and adjectives of states ("china", "chinese", "kitai"), keyed."""
    from ..data import table
    return frozenset(k for row in table("states") if row["kind"] in ("name", "short", "adj", "demonym")
                     and (k := name_key(row["name"])) and " " not in k)


def company_key(name: str | None) -> str | None:
    """The core of a company's name, or None when nothing but legal forms and states is left."""
    tokens = [t for t in name_key(name or "").split() if t not in _keys_of("legal_forms.txt")]
    while len(tokens) > 1 and tokens[0] in _state_words():
        tokens = tokens[1:]
    if not tokens or all(t in _state_words() or t in _keys_of("org_generic.txt") for t in tokens):
        return None         # "Chinese Investment LLC": a kind of body, not a name
    return " ".join(tokens)


def place_key(name: str | None) -> str | None:
    """The core of a place's name, or None when it is nothing but a kind of place."""
    tokens = name_key(name or "").split()
    kept = [t for t in tokens if t not in _keys_of("place_generic.txt")]
    if not kept:
        return None
    if len(kept) < len(tokens):
        kept = [_ADJECTIVE.sub("", t) if len(_ADJECTIVE.sub("", t)) >= _MIN_STEM - 2 else t for t in kept]
    return " ".join(kept)


def same_place_core(a: str | None, b: str | None) -> bool:
    """Whether two place cores (place_key) name one place: equal, or word by word the same up
    to the last _SLACK letters of stems at least _MIN_STEM letters long."""
    if not a or not b:
        return False
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(_close(x, y) for x, y in zip(wa, wb))


def _close(x: str, y: str) -> bool:
    if x == y or len(sx := sound(x)) >= _MIN_SOUND and sx == sound(y):
        return True         # "turkistan" / "turkestan": Kazakh and Russian vowels of one name
    common = 0
    while common < min(len(x), len(y)) and x[common] == y[common]:
        common += 1
    return common >= _MIN_STEM and len(x) - common <= _SLACK and len(y) - common <= _SLACK
