"""Kazakh rules other helpers noticed and left alone: "бірлескен мәлімдеме қабылдады" (adopted a
joint statement) is an agreement of the sides, a bloc joined to a state by "мен" is one of them
(not part of the document's title), while a bloc alone before "туралы" is the document's topic."""
from __future__ import annotations

import pytest


def _agreements(rec: dict) -> list[dict]:
    return [v for v in rec["events"] if v["type"] == "agreement"]


def _names(rec: dict, ids: list[str]) -> list[str]:
    by_id = {e["id"]: e["name"] for e in rec["entities"]}
    return sorted(by_id[i] for i in ids)


@pytest.mark.parametrize("body, parties", [
    ("Қазақстан мен ЕО су ресурстары туралы бірлескен мәлімдеме қабылдады.", ["Еуропалық одақ", "Қазақстан"]),
    ("Өзбекстан мен Еуропалық одақ бірлескен мәлімдеме қабылдады.", ["Еуропалық одақ", "Өзбекстан"]),
    ("Қазақстан мен Қытай цифрлық сауда туралы бірлескен мәлімдеме қабылдады.", ["Қазақстан", "Қытай"]),
])
def test_adopting_a_joint_statement_is_an_agreement_of_the_sides(extract, body, parties):
    found = _agreements(extract(body))
    assert [v["doc_type"] for v in found] == ["joint_statement"], found
    assert _names(extract(body), found[0]["parties"]) == parties


def test_a_bloc_alone_before_turaly_is_the_documents_topic(extract):
    rec = extract("Қазақстан мен Армения ЕАЭО туралы шартқа қол қойды.")
    found = _agreements(rec)
    assert found and "ЕАЭО" in found[0]["title"], found


def test_the_sides_at_the_table_adopt_as_their_states(extract):
    rec = extract("Астанада Қазақстан Сыртқы істер министрі Ерлан Серікбаев Қытай Сыртқы істер министрі Ли "
                  "Вэймен кездесті.\n\nКездесу соңында тараптар бірлескен мәлімдеме қабылдады.")
    found = _agreements(rec)
    assert len(found) == 1 and _names(rec, found[0]["parties"]) == ["Қазақстан", "Қытай"], found


def test_the_sides_adopt_nothing_known_when_only_persons_met(extract):
    rec = extract("Ерлан Серікбаев Ли Вэймен кездесті.\n\nКездесу соңында тараптар бірлескен мәлімдеме қабылдады.")
    assert all(e["type"] != "PER" for v in _agreements(rec) for e in rec["entities"] if e["id"] in v["parties"])
