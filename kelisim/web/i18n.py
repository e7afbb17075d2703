"""English and Russian UI strings, from templates/strings.tsv (key, English, Russian).

The language is `?lang=ru|en` (remembered in a cookie), else the cookie, else the first of
ru/en in Accept-Language, else English.

A string that depends on a count holds its plural forms separated by `|`, in the order of
PLURAL_FORMS (English: one|other; Russian: one|few|many), and is asked for with `n=`:
`t("n.events", n=2)` is "2 events", "2 события". `plural()` is the one rule for both.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

LANGS = ("en", "ru")
PLURAL_FORMS = {"en": ("one", "other"), "ru": ("one", "few", "many")}
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


def plural(lang: str, n: int) -> str:
    """The plural category of `n` (CLDR rules for integers): en one/other; ru one/few/many."""
    n = abs(int(n))
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    return "one" if n == 1 else "other"


def choose_form(lang: str, text: str, n: int) -> str:
    """The form of `text` ("one|few|many") for `n`; a text without forms is returned as it is."""
    if "|" not in text:
        return text
    forms = text.split("|")
    order = PLURAL_FORMS.get(lang, PLURAL_FORMS["en"])
    wanted = order.index(plural(lang, n))
    return forms[min(wanted, len(forms) - 1)]


class Translator:
    """`t("key", n=3)` in templates: the string in the page's language, else English, else the key."""

    def __init__(self, lang: str):
        self.lang = lang
        self._own, self._en = strings()[lang], strings()["en"]

    def __call__(self, key: str, **values) -> str:
        lang = self.lang if key in self._own else "en"
        text = self._own.get(key) or self._en.get(key) or key.split(".", 1)[-1].replace("_", " ")
        if "n" in values and values["n"] is not None:
            text = choose_form(lang, text, values["n"])
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in self._own

    def value(self, field: str, value) -> str:
        """A field's value as the reader reads it: a vocabulary code in words ("in_person" ->
        "очно"), a list joined, a yes/no in words, nothing as a dash; other values as they are."""
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, (list, tuple)):
            return ", ".join(self.value(field, v) for v in value)
        if isinstance(value, bool):
            return self(f"bool.{str(value).lower()}")
        if isinstance(value, dict):
            return ", ".join(f"{self.field(k)}: {self.value(k, v)}" for k, v in value.items())
        prefix = _VOCAB.get(field)
        key = f"{prefix}.{value}" if prefix else None
        return self(key) if key and (key in self._own or key in self._en) else str(value)

    def label(self, ev: dict) -> str:
        """An event's label (store.queries.event_label) with the vocabulary code it falls back on
        when the record has no title or name ("roadmap (A, B)", "meeting") in words."""
        text, attrs, kind = ev.get("label") or "", ev.get("attrs") or {}, ev.get("type")
        for typ, own, field, default in (("agreement", "title", "doc_type", "agreement"),
                                         ("project", "name", "kind", "project")):
            code = attrs.get(field) or default
            if kind == typ and not attrs.get(own) and text.startswith(code):
                return self.value(field, code) + text[len(code):]
        return self(f"type.{kind}") if kind and text == kind else text

    def field(self, name: str) -> str:
        key = f"field.{name}"
        return self(key) if key in self._own or key in self._en else name


# Which strings name the values of a field (OUTPUT.md's vocabularies, the review's states).
_VOCAB = {"doc_type": "doc_type", "kind": "project_kind", "modality": "modality", "mode": "mode",
          "stage": "stage", "commitment_stage": "stage", "review": "review", "direct": "bool",
          "sectors": "sector", "status": "ingest"}
