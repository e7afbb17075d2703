"""Parts of names Russian does not decline. East Asian names of three parts decline in their last part
only. Foreign surnames in "-и" do not decline at all: "Аль Тани", "Чиковани", "Бертолани".
The dictionary reads such a word as the genitive of a noun in "-я" ("Тани" of "Таня", "Чиковани"
of a guessed "Чикованя"), but no surname of the diplomatic news ends in a consonant and "-я":
a name whose last part would become one is written as it stands, and that part says nothing about
the case of the name (the parts before it do: "Тамимом бин Хамадом Аль Тани")."""
from __future__ import annotations

import re

_CONSONANT_YA = re.compile(r"[бвгджзклмнпрстфхцчшщ]я$")
# Tajik and Azerbaijani surnames "son of" ("Шарифзода", "Гасанзаде") are nominatives as they stand:
# "Абдуфаттоха Шарифзода" is not the genitive of a "Шарифзод" (declined, they end "-зоду", "-зоды")
_SON_OF = ("зода", "заде")


def kept_as_written(word: str, nominatives) -> bool:
    """Is `word`, the last part of a name of several, one of these surnames? `nominatives` are the
    dictionary's nominatives for it."""
    return word.lower().endswith("и") and any(_CONSONANT_YA.search(n.lower()) for n in nominatives) \
        or word.lower().endswith(_SON_OF)


def undeclined_last(tokens: list, n: int, parses) -> bool:
    """Is token n the last part of a name of several and such a surname (`parses`: the name
    analyses of a word)?"""
    return 0 < n == len(tokens) - 1 and kept_as_written(tokens[n].text, [p.normal_form for p in parses(tokens[n].text)])


def syllable_name(tokens: list) -> bool:
    """An East Asian name of three parts with one-syllable middle ones ("Ким Дон Хён", "Ли Чжэ
    Мин"): none of its parts but the last declines."""
    return len(tokens) >= 3 and all(t.text[:1].isupper() for t in tokens) \
        and all(len(t.text) <= 4 for t in tokens[1:-1])
