"""Kazakh sides "X мен Y арасында" named by no name: a body by its head noun ("облыс
әкімдігі", "қала әкімдігі") is one organisation of the article; a kind ("компания") is the firm
the article named before ("«X» компаниясы"). Neither is replaced by the persons of the meeting."""
from __future__ import annotations

import pytest

from kk_record import events, name_of

MEETING = ("Маңғыстау облысының әкімі Нұрдаулет Қилыбай Италиядан келген «Saipem» компаниясының "
           "вице-президенті Марко Бруномен кездесті.")


@pytest.mark.parametrize("signing, body", [
    ("Кездесу соңында облыс әкімдігі мен компания арасында меморандумға қол қойылды.", "облыс әкімдігі"),
    ("Кездесуден кейін қала әкімдігі мен компания арасында инвестициялық келісімге қол қойылды.", "қала әкімдігі"),
])
def test_unnamed_sides_between_are_the_body_and_the_firm_named_before(extract, signing, body):
    rec = extract(f"{MEETING}\n\n{signing}")
    (v,) = events(rec, "agreement")
    assert {name_of(rec, p) for p in v["parties"]} == {body, "Saipem"}


def test_bodies_in_the_plural_are_no_one_side(extract):
    rec = extract("Қазақстан Сыртқы істер министрі Ермек Көшербаев Вьетнам Сыртқы істер министрі Буй Тхань Шонмен "
                  "кездесті.\n\nКездесу соңында екі елдің сыртқы істер министрліктері арасында меморандумға "
                  "қол қойылды.")
    (v,) = events(rec, "agreement")
    assert not any("министрлікт" in (name_of(rec, p) or "") for p in v["parties"]), v["parties"]
