"""The same article in the typography another outlet uses gives the same facts: quote marks of
either kind in any language («» in English, “” in Russian), letters spelled as a base and a
combining mark (NFD, as text copied from PDFs has them), Windows line ends and trailing spaces,
another dash. The articles are our own."""
from __future__ import annotations

import unicodedata

import pytest

from kelisim.read import Article, decode_bytes

EN = """Kazakh and Hungarian ministers meet in Astana

ASTANA – Kazakh Foreign Minister Murat Nurtleu met Hungarian Foreign Minister Péter Szijjártó in Astana on Tuesday.

“Our trade grew by a third last year, and we want to double it,” Nurtleu said.

Szijjártó said that Hungary was ready to invest in the processing of critical minerals.

The ministers signed a memorandum of understanding on cooperation in geology.
"""

RU = """Министры Узбекистана и Азербайджана провели переговоры в Ташкенте

Министр иностранных дел Узбекистана Бахтиёр Саидов встретился в Ташкенте с министром иностранных дел Азербайджана Джейхуном Байрамовым.

«Мы договорились ускорить работу над транспортным коридором», – заявил Саидов.

Байрамов отметил, что торговля между странами выросла на двадцать процентов.

По итогам встречи министры подписали план консультаций на 2027–2028 годы.
"""

KK = """Қазақстан мен Қырғызстан сыртқы істер министрлері кездесті

Қазақстан Сыртқы істер министрі Ермек Көшербаев Астанада Қырғызстан Сыртқы істер министрі Жээнбек Кулубаевпен кездесті.

«Біз шекарадағы өткізу пункттерін жаңартуға келістік», – деді Көшербаев.

Кулубаев екі елдің сауда айналымы өсіп келе жатқанын атап өтті.

Кездесу қорытындысы бойынша министрлер көші-қон саласындағы ынтымақтастық туралы меморандумға қол қойды.
"""


def _guillemets(text: str) -> str:
    return text.replace("“", "«").replace("”", "»")


def _curly(text: str) -> str:
    return text.replace("«", "“").replace("»", "”")


VARIANTS = {
    "guillemets": _guillemets,
    "curly quotes": _curly,
    "decomposed letters (NFD)": lambda t: unicodedata.normalize("NFD", t),
    "windows line ends": lambda t: t.replace("\n", "\r\n"),
    "trailing spaces": lambda t: t.replace("\n", "  \n"),
    "em dash": lambda t: t.replace(" – ", " — "),
}


def _facts(extractor, text: str, lang: str) -> list[tuple]:
    """Each event as its type, the names of its people and sides, and whether it is quoted."""
    [rec] = extractor.records([Article(id="a", text=text, date="2026-11-10")])
    assert rec["lang"] == lang
    names = {e["id"]: e["name"] for e in rec["entities"]}
    facts = []
    for v in rec["events"]:
        people = [names.get(x) for x in v.get("participants", []) + v.get("parties", [])]
        people += [names.get(v[k]) for k in ("speaker", "owner") if v.get(k)]
        facts.append((v["type"], tuple(sorted(p or "" for p in people)), v.get("direct"), v.get("modality")))
    return sorted(facts)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("text, lang", [(EN, "en"), (RU, "ru"), (KK, "kk")], ids=["en", "ru", "kk"])
def test_an_article_in_another_outlets_typography_gives_the_same_facts(extractor, text, lang, variant):
    plain = _facts(extractor, text, lang)
    assert {f[0] for f in plain} >= {"meeting", "statement", "agreement"}    # the article is read at all
    assert any(f[0] == "statement" and f[2] for f in plain)                  # and its quote is one
    assert _facts(extractor, VARIANTS[variant](text), lang) == plain


@pytest.mark.parametrize("text", [EN, RU, KK], ids=["en", "ru", "kk"])
def test_readers_keep_text_in_composed_form(text):
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text            # й, ё, ң, қ ... split into a base and a mark
    assert decode_bytes(decomposed.encode("utf-8"), "a.txt")[0] == text
    assert Article(text=decomposed, title=unicodedata.normalize("NFD", "Й")).text == text
    assert Article(text=decomposed, title=unicodedata.normalize("NFD", "Й")).title == "Й"
