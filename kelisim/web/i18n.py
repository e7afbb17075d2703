"""English and Russian UI strings, from templates/strings.tsv (key, English, Russian).

The language is `?lang=ru|en` (remembered in a cookie), else the cookie, else the first of
ru/en in Accept-Language, else English.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

LANGS = ("en", "ru")
COOKIE = "kelisim_lang"
_FILE = Path(__file__).resolve().parent / "templates" / "strings.tsv"


@cache
def strings() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, en, ru = line.split("\t")
        table["en"][key], table["ru"][key] = en, ru
    return table


def choose(query: str | None, cookie: str | None, accept: str | None) -> str:
    for lang in (query, cookie):
        if lang in LANGS:
            return lang
    best, best_q = "en", -1.0
    for part in (accept or "").split(","):
        tag, _, params = part.strip().partition(";")
        base = tag.strip().lower().split("-")[0]
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if base in LANGS and q > best_q:
            best, best_q = base, q
    return best


class Translator:
    """`t("key", n=3)` in templates: the string in the page's language, else English, else the key."""

    def __init__(self, lang: str):
        self.lang = lang
        self._own, self._en = strings()[lang], strings()["en"]

    def __call__(self, key: str, **values) -> str:
        text = self._own.get(key) or self._en.get(key) or key.split(".", 1)[-1].replace("_", " ")
        return text.format(**values) if values else text
