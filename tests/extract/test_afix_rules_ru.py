"""Russian sides of a signing named by their kind only: "компания" is the firm the article named
before ("китайская компания X", "компании X"), whether it stands after "между" before the title
("По итогам переговоров между правительством Казахстана и компанией подписано соглашение") or
in a signer's office ("председатель правления компании Y": he signs for the firm)."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow

FIRM = ("Британская компания Rolls-Royce SMR построит малые модульные реакторы в Карагандинской "
        "области, сообщило министерство энергетики Казахстана.")


def _parties(rec: dict) -> list[set[str]]:
    return [set(names(rec, v["parties"])) for v in events(rec, "agreement") if v["modality"] == "asserted"]


@pytest.mark.parametrize("signing", [
    "По итогам переговоров между правительством Казахстана и компанией подписано соглашение о строительстве.",
    "В ходе встречи между министерством энергетики Казахстана и компанией подписан меморандум.",
])
def test_a_firm_named_by_its_kind_between_the_sides_is_the_one_named_before(extract, signing):
    got = _parties(extract(f"{FIRM}\n\n{signing}"))
    assert len(got) == 1 and "Rolls-Royce SMR" in got[0], got
    assert any("Казахстан" in n for n in got[0]), got


def test_a_firm_named_by_its_own_name_after_its_kind_is_that_firm(extract):
    got = _parties(extract(f"{FIRM}\n\nПо итогам переговоров между акиматом Карагандинской области и компанией "
                           "«Казатомпром» подписан меморандум о сотрудничестве."))
    assert len(got) == 1 and "Rolls-Royce SMR" not in got[0], got


def test_the_head_of_a_firm_named_by_its_kind_signs_for_it(extract):
    got = _parties(extract(f"{FIRM}\n\nСоглашение о реализации проекта подписали министр энергетики "
                           "Казахстана Алмасадам Саткалиев и генеральный директор компании Том Сэмсон."))
    assert len(got) == 1 and "Rolls-Royce SMR" in got[0], got


def test_between_inside_another_title_names_no_sides_of_the_next_document(extract):
    got = extract(" date 2026-03-16 Армения и Грузия подписали документы\n\n"
                  "По итогам заседания подписаны: Соглашение между Правительством Республики Армения и "
                  "Правительством Грузии о сотрудничестве в области туризма; Дорожная карта по развитию "
                  "торговли на 2026–2027 годы.")
    roadmap = [set(names(got, v["parties"])) for v in events(got, "agreement") if v["doc_type"] == "roadmap"]
    assert roadmap and {"Армения", "Грузия"} <= roadmap[0], roadmap
