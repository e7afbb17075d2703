"""Projects told with works nouns and acts the lexicons missed, found by a combinatorial probe of
"<firm> <act> <works noun> <place>" in each language (firm x act x noun, with nouns written
apart from the lexicons): the works a news item names most (a tunnel, a hotel, a hydropower
station, "ветропарк", "хлебозавод", "кардиологический центр", "стадион"), acts that start or
finish works ("launched construction of", "has put into operation a", "салуды бастады", "салып
бітірді"), a firm named after "Kazakh firm", the tagger's plural for a word it does not know,
and a denied act: not finished is under way, refused is cancelled, never built is no fact.
"""
from __future__ import annotations

import itertools

import pytest

from kelisim.eval.gold import name_match
from tests.conftest import events, names

pytestmark = pytest.mark.slow

EN = " date 2026-05-10 Business news\n\n"
KK = " date 2026-05-10 Өңір жаңалықтары\n\n"


def _projects(rec: dict, modality: str = "asserted") -> list[dict]:
    return [v for v in events(rec, "project") if v.get("modality", "asserted") == modality]


def _one(rec: dict) -> dict:
    found = _projects(rec)
    assert len(found) == 1, [(v["name"], v.get("modality")) for v in events(rec, "project")]
    return found[0]


# firm x act x noun: every combination is one project, of that firm, at the act's stage
EN_FIRMS = [("China's Sinohydro", "Sinohydro"), ("Kazakh firm Samruk-Energy", "Samruk-Energy"),
            ("Chinese contractor CRBC", "CRBC")]
EN_ACTS = [("will build a", "announced"), ("launched construction of a", "in_progress"),
           ("has put into operation a", "completed"), ("suspended construction of a", "cancelled")]
EN_NOUNS = ["hydropower station", "tunnel", "metro line", "hotel", "car assembly plant", "dam", "poultry farm",
            "kindergarten", "combined heat and power plant", "stadium", "seaport"]


@pytest.mark.parametrize("firm, act, noun", list(itertools.product(EN_FIRMS, EN_ACTS, EN_NOUNS[::2]))
                         + list(itertools.product(EN_FIRMS[:1], EN_ACTS[:1], EN_NOUNS[1::2])))
def test_english_a_firm_acting_on_works_is_their_project_at_the_acts_stage(extract, firm, act, noun):
    (subject, owner), (verb, stage) = firm, act
    rec = extract(EN + f"{subject} {verb} {noun} near Almaty, the ministry said.")
    p = _one(rec)
    assert name_match(owner, names(rec, [p["owner"]])) and p["stage"] == stage and noun.split()[-1] in p["name"]


RU_FIRMS = [("Китайская компания «Синогидро»", "Синогидро"), ("Турецкая компания Kalyon Enerji", "Kalyon Enerji")]
RU_ACTS = [("построит {acc}", "announced"), ("начала строительство {gen}", "in_progress"),
           ("ввела в эксплуатацию {acc}", "completed"), ("приостановила строительство {gen}", "cancelled")]
RU_NOUNS = [("ветропарк", "ветропарка"), ("ТЭЦ", "ТЭЦ"), ("хлебозавод", "хлебозавода"), ("гостиницу", "гостиницы"),
            ("кардиологический центр", "кардиологического центра"), ("солнечный парк", "солнечного парка"),
            ("тоннель", "тоннеля"), ("детский сад", "детского сада"), ("центр обработки данных", "центра обработки данных"),
            ("птицефабрику", "птицефабрики"), ("элеватор", "элеватора")]


@pytest.mark.parametrize("firm, act, noun", list(itertools.product(RU_FIRMS, RU_ACTS, RU_NOUNS[::2]))
                         + list(itertools.product(RU_FIRMS[:1], RU_ACTS[:1], RU_NOUNS[1::2])))
def test_russian_a_firm_acting_on_works_is_their_project_at_the_acts_stage(extract, firm, act, noun):
    (subject, owner), (verb, stage) = firm, act
    rec = extract(f"{subject} {verb.format(acc=noun[0], gen=noun[1])} в Алматинской области, сообщили в министерстве.")
    p = _one(rec)
    assert name_match(owner, names(rec, [p["owner"]])) and p["stage"] == stage


def test_russian_a_word_the_tagger_calls_plural_is_singular_when_the_dictionary_has_no_plural_of_it(extract):
    p = _one(extract("Компания «Синогидро» построит ветропарк в Алматинской области."))
    assert p["name"].startswith("ветропарк ")


@pytest.mark.parametrize("text", [
    "Правительство обсудило строительство малых ГЭС в регионе.",      # a kind of works, no one project
    "Напомним, река берет начало в горах. На реке еще не построены ГЭС.",
    "Завод в городе так и не был построен.",      # never built: no fact
    "Визит завершится посещением исламского финансового центра в Куала-Лумпуре.",     # a visit, no works
    "Стороны договорились проработать вопрос строительства оптово-распределительного центра в Оренбурге.",
])
def test_russian_works_only_named_or_denied_are_no_project(extract, text):
    assert _projects(extract(text)) == []


@pytest.mark.parametrize("text, stage", [
    ("Строительство завода в Алматы пока не завершено.", "in_progress"),
    ("Компания «Синогидро» до сих пор не закончила строительство завода в Алматы.", "in_progress"),
    ("Компания «Синогидро» отказалась строить завод в Алматы.", "cancelled"),
    ("Канадская компания «Норт Пик» отказалась от строительства фабрики в Таласской области.", "cancelled"),
])
def test_russian_a_work_not_finished_goes_on_and_one_refused_is_cancelled(extract, text, stage):
    assert _one(extract(text))["stage"] == stage


KK_FIRMS = [("Қытайлық «Синогидро» компаниясы", "Синогидро"), ("Эмираттық Masdar компаниясы", "Masdar")]
KK_ACTS = [("{acc} салуды бастады", "in_progress"), ("{acc} салып бітірді", "completed"),
           ("{gen} құрылысын жүргізіп жатыр", "in_progress"), ("{acc} салады", "announced")]
KK_NOUNS = [("стадионды", "стадионның"), ("туннельді", "туннельдің"), ("қонақүйді", "қонақүйдің"),
            ("күн паркін", "күн паркінің"), ("айналма жолды", "айналма жолдың"), ("цемент зауытын", "цемент зауытының")]


@pytest.mark.parametrize("firm, act, noun", list(itertools.product(KK_FIRMS, KK_ACTS, KK_NOUNS[::2]))
                         + list(itertools.product(KK_FIRMS[:1], KK_ACTS[:1], KK_NOUNS[1::2])))
def test_kazakh_a_firm_acting_on_works_is_their_project_at_the_acts_stage(extract, firm, act, noun):
    (subject, owner), (verb, stage) = firm, act
    rec = extract(KK + f"{subject} Түркістан облысында {verb.format(acc=noun[0], gen=noun[1])}, деп хабарлады әкімдік.")
    p = _one(rec)
    assert name_match(owner, names(rec, [p["owner"]])) and p["stage"] == stage


@pytest.mark.parametrize("text, firm", [
    ("Эмиратская компания Masdar завершила возведение солнечного парка в Самаркандской области, сообщает"
     " пресс-служба хокимията.", "Masdar"),
    ("Корпорация China Power Engineering построит ветропарк в Жамбылской области.", "China Power Engineering"),
    ("Южнокорейская компания Hyundai Engineering начала строительство газохимического комплекса в Атырау.",
     "Hyundai Engineering"),
])
def test_russian_a_name_in_latin_letters_after_a_firm_noun_is_the_firm_that_builds(extract, text, firm):
    rec = extract(text)
    assert any(name_match(firm, names(rec, [p["owner"]])) for p in _projects(rec))


@pytest.mark.parametrize("text, firm, stage", [
    ("Construction of a brick factory in Turkestan region is being carried out by Turkish contractor Kalyon Insaat.",
     "Kalyon Insaat", "in_progress"),
    ("China Road and Bridge Corporation has been selected as the general contractor for a new hospital in Osh.",
     "China Road and Bridge Corporation", "announced"),
    ("A new school opened in Turkestan region on Friday. It was built by Turkish contractor Kalyon Insaat.",
     "Kalyon Insaat", "completed"),
])
def test_english_the_builder_told_in_the_passive_or_chosen_as_contractor_owns_the_project(extract, text, firm, stage):
    rec = extract(EN + text)
    assert any(name_match(firm, names(rec, [p["owner"]])) and p["stage"] == stage for p in _projects(rec))
