"""Agreements whose sides the sentence does not name, and documents named with adjectives."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _docs(rec: dict) -> list[tuple[str, set[str]]]:
    return [(v["doc_type"], set(names(rec, v["parties"]))) for v in events(rec, "agreement")
            if v["modality"] == "asserted"]


def test_agreements_between_the_two_countries_are_the_headline_pair(extract):
    text = (" date 2026-03-16 Армения и Грузия подписали пакет документов\n\n"
            "По итогам визита подписаны соглашение между правительствами двух стран о "
            "воздушном сообщении и меморандум о сотрудничестве в области туризма.")
    got = _docs(extract(text))
    assert ("agreement", {"Армения", "Грузия"}) in got, got
    assert ("memorandum", {"Армения", "Грузия"}) in got, got


def test_agreements_an_organisation_inside_another_title_does_not_sign(extract):
    text = (" date 2026-03-16 Армения и Грузия подписали документы\n\n"
            "Подписаны соглашение об условиях деятельности Российско-Армянского университета и "
            "меморандум о сотрудничестве в области энергетики.")
    got = _docs(extract(text))
    memo = [p for t, p in got if t == "memorandum"]
    assert memo and "Российско-Армянский университет" not in memo[0], got


@pytest.mark.parametrize("text, doc_type", [
    ("Министры обороны Армении и Грузии подписали план военного сотрудничества на 2027 год.", "action_plan"),
    ("Стороны подписали программу культурного обмена на три года.", "other"),
])
def test_agreements_a_plan_named_with_adjectives_is_a_document(extract, text, doc_type):
    assert [t for t, _ in _docs(extract(text))] == [doc_type]


@pytest.mark.parametrize("text, expected", [
    # a document named inside another's title is not a second document
    ("Подписан протокол о внесении изменений в Соглашение о свободной торговле.", ["protocol"]),
    ("Подписаны соглашение о торговле и меморандум о сотрудничестве в области туризма.",
     ["agreement", "memorandum"]),
    # recalled from before the reported event: background, not signed now
    ("Ранее стороны подписали соглашение о свободной торговле.", []),
    ("В 2019 году было подписано соглашение о свободной торговле между Арменией и Ираном.", []),
])
def test_agreements_only_documents_signed_in_the_event(extract, text, expected):
    assert [t for t, _ in _docs(extract(text))] == expected


def test_agreements_we_in_a_quote_is_the_speakers_state(extract):
    rec = extract("«Мы подписали соглашение о поставках газа с Турцией», — сказал президент Азербайджана "
                  "Ильхам Алиев.")
    assert _docs(rec) == [("agreement", {"Азербайджан", "Турция"})]


def test_agreements_documents_in_the_plural_on_several_topics_are_one_each(extract):
    rec = extract("Армения и Грузия подписали соглашение о строительстве моста через реку Дебед.\n\n"
                  "Также были подписаны соглашения об учреждении совместного венчурного фонда, о "
                  "перевозке грузов по железной дороге, о поддержке малого бизнеса.")
    ags = [a for a in events(rec, "agreement") if a["modality"] == "asserted"]
    assert len(ags) == 4, [a.get("title") for a in ags]


def test_agreements_a_document_told_again_with_its_signing_verb_is_the_same(extract):
    rec = extract("Соглашение о строительстве моста через реку Дебед подписали президенты Армении и Грузии.\n\n"
                  "Соглашение было подписано во время поездки президента Армении Вагана Хачатуряна в Батуми.")
    ags = [a for a in events(rec, "agreement") if a["modality"] == "asserted"]
    assert len(ags) == 1, [a.get("title") for a in ags]
