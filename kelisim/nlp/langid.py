"""Language identification: script first, then frequent function words (kept in lang/stopwords.tsv).

Kazakh is told from Russian by its own letters (ә ғ қ ң ө ұ ү һ і) and function words; other
languages are reported by their ISO 639-1 code so the pipeline can warn and skip them.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib import resources

KAZAKH_LETTERS = set("әғқңөұүһӘҒҚҢӨҰҮҺ")   # і is shared with Ukrainian and Belarusian
UKRAINIAN_LETTERS = set("їєґЇЄҐ")
WORD = re.compile(r"[^\W\d_]+(?:['’ʻ][^\W\d_]+)?")


@cache
def stopwords() -> dict[str, frozenset[str]]:
    out = {}
    text = resources.files("kelisim.lang").joinpath("stopwords.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lang, words = line.split("\t", 1)
            out[lang] = frozenset(words.split())
    return out


def detect(text: str) -> str:
    """ISO 639-1 code of the text's language, or 'und' when there are no words to judge by."""
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 3:
        return "und"
    cyr = sum("\u0400" <= c <= "\u04ff" for c in letters)
    lat = sum(c.isascii() for c in letters)
    other = len(letters) - cyr - lat
    if other > max(cyr, lat):
        return _other_script(letters)
    words = [w.lower() for w in WORD.findall(sample)]
    counts = Counter(words)
    sw = stopwords()

    def score(lang: str) -> int:
        return sum(n for w, n in counts.items() if w in sw[lang])

    if cyr >= lat:
        kk_share = sum(c in KAZAKH_LETTERS for c in letters) / max(cyr, 1)
        kk_letters = kk_share * cyr
        # Ukrainian never writes ә ғ қ ң ө ұ ү һ, while a short Kazakh text full of і and of words
        # Ukrainian also has ("ол", "та") can outscore Kazakh on function words alone.
        if kk_share <= 0.01 and sum(c in UKRAINIAN_LETTERS or c in "іІ" for c in letters) \
                and score("uk") > max(score("ru"), score("kk")):
            return "uk"
        # a Russian text quoting a Kazakh name ("АО «НК «Қазақстан темір жолы»", "программа «Нұрлы
        # жол»") has a few Kazakh letters but Russian function words throughout
        named_only = kk_share < 0.04 and score("ru") >= 2 * score("kk") + 3
        if kk_share > 0.01 and not named_only or score("kk") > score("ru"):
            return "kk" if score("kk") + kk_letters >= score("ky") else "ky"
        return "ru"
    best = max(("en", "de", "fr", "es", "tr", "uz"), key=score)
    return best if score(best) > 0 else "en"


def _other_script(letters: list[str]) -> str:
    c = letters[len(letters) // 2]
    o = ord(c)
    if 0x0600 <= o <= 0x06FF:
        return "ar"
    if 0x4E00 <= o <= 0x9FFF:
        return "zh"
    if 0x0370 <= o <= 0x03FF:
        return "el"
    if 0x0530 <= o <= 0x058F:
        return "hy"
    if 0x10A0 <= o <= 0x10FF:
        return "ka"
    return "und"
