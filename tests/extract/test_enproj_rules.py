"""Rules of branch enproj, sentence by sentence (invented): names of firms and states the project
and agreement matrices (test_project_matrix.py, test_agreement_matrix_*.py) need found, each with
a sentence where the rule must stay silent."""
from __future__ import annotations

import pytest

from kelisim.read import parse_plain_text
from tests.extract.agreement_matrix_support import record, summary

pytestmark = pytest.mark.slow


def _typed(extractor, lang: str, body: str) -> set[tuple[str, str]]:
    text = f" date 2026-03-16 News\n\n{body}\n"
    rec = extractor.extract(parse_plain_text(text, "rules.txt"), with_text=True)
    return {(e["type"], e["name"]) for e in rec["entities"]}


@pytest.mark.parametrize("body, name, typed", [
    # a trade word ends a firm's name (lang/en/company_heads.txt)
    ("The ministry signed a contract with Baikal Energo on Monday.", "Baikal Energo", "ORG"),
    ("Officials said Steppe Rail will carry the first cargo in May.", "Steppe Rail", "ORG"),
    ("The contract went to Orda Pipe, officials said.", "Orda Pipe", "ORG"),
    ("A plant of Nomad Polymers opened in Atyrau.", "Nomad Polymers", "ORG"),
    ("Nordic Rail Systems will take part in the work.", "Nordic Rail Systems", "ORG"),     # the last trade word ends it
    # a sentence-opening firm whose first word only names a place in some lexicon ("Aral Sea")
    ("Aral Cement opened a new plant in Kyzylorda.", "Aral Cement", "ORG"),
    # a state name that is also a word, opening the sentence before an auxiliary
    ("Turkey will host the next round of talks.", "Turkey", "GPE"),
    # a name no rule types, joined by "and" to a firm, the two the subject of a verb
    ("Kazakhtelecom and Vietnam's Viettel signed a memorandum.", "Kazakhtelecom", "ORG"),
    ("Altyn Tau and Baikal Metal will build a smelter.", "Altyn Tau", "ORG"),
])
def test_en_names_found(extractor, body, name, typed):
    assert (typed, name) in _typed(extractor, "en", body)


@pytest.mark.parametrize("body, name", [
    ("Renewable Energy is growing fast in the region.", "Renewable Energy"),
    ("Solar Power will play a bigger role.", "Solar Power"),
    ("Turkey prices rose sharply in March.", "Turkey"),
    ("Erdogan and Aliyev signed a declaration.", "Erdogan"),
])
def test_en_names_left_alone(extractor, body, name):
    assert not any(n == name for _, n in _typed(extractor, "en", body))


@pytest.mark.parametrize("body, names", [
    # states side by side are no one body's name
    ("Қырғызстан Моңғолиямен көлік саласындағы ынтымақтастық туралы келісімге қол қойды.",
     {("GPE", "Қырғызстан"), ("GPE", "Моңғолия")}),
    # a quoted name joined to a quoted firm's name shares its kind noun
    ("«Алтын Тау» және «Сібір Металл» компаниялары меморандумға қол қойды.",
     {("ORG", "Алтын Тау"), ("ORG", "Сібір Металл")}),
    ("«Бәйтерек» пен «Кама Моторс» компаниялары келісімге қол қойды.", {("ORG", "Бәйтерек"), ("ORG", "Кама Моторс")}),
])
def test_kk_names(extractor, body, names):
    assert names <= _typed(extractor, "kk", body)


@pytest.mark.parametrize("body, parties", [
    # "стороны" after talks no meeting was made of: the two states of the sentence before
    ("Министры энергетики Казахстана и Узбекистана провели встречу в Ташкенте. Стороны подписали "
     "меморандум о сотрудничестве.", {"KZ", "UZ"}),
    ("Министры иностранных дел Кыргызстана и Монголии провели переговоры в Бишкеке. Стороны скрепили "
     "подписями план действий на 2027–2028 годы.", {"KG", "MN"}),
])
def test_ru_sides_of_the_sentence_before(extractor, body, parties):
    got = summary(record(extractor, "ru", body))
    assert any({c for _, c in v[2]} == parties for v in got), got
