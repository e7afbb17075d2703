"""Envoys at the table as Russian news writes it: credentials received from an envoy with a long
title, a summons told in the active voice, and an invitation to do something that is no summons."""
from __future__ import annotations

import pytest

from tests.meeting_support import asserted_meetings, meeting_sides

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, sides", [
    # the envoy's name ends a long title the parser may hang anywhere
    ("Первый заместитель министра иностранных дел Республики Армения Ваан Костанян принял копию верительных "
     "грамот новоназначенного Чрезвычайного и Полномочного Посла Королевства Нидерланды в Армении Йоханнеса "
     "Бекера.", {"Ваан Костанян", "Йоханнес Бекер"}),
    ("Министр иностранных дел Грузии Илья Дарчиашвили принял копии верительных грамот Посла Республики "
     "Польша Михала Ковальского.", {"Илья Дарчиашвили", "Михал Ковальский"}),
])
def test_credentials_from_an_envoy_named_after_his_title_are_a_meeting(extract, text, sides):
    got = meeting_sides(extract(text))
    assert any(sides <= s for s in got), got


@pytest.mark.parametrize("text, sides", [
    ("Министерство иностранных дел Армении вызвало временного поверенного в делах Азербайджана в Армении "
     "Эльчина Мамедова и вручило ему ноту протеста.", {"Эльчин Мамедов"}),
    ("МИД Литвы вызвал посла Белоруссии Андрея Кравченко.", {"Андрей Кравченко"}),
])
def test_a_ministry_that_summons_an_envoy_meets_him(extract, text, sides):
    rec = extract(text)
    got = meeting_sides(rec)
    ministry = [e["name"] for e in rec["entities"] if e["type"] == "ORG" and not e.get("group")]
    assert any(sides <= s and s & set(ministry) for s in got), (got, ministry)


@pytest.mark.parametrize("text", [
    "Министерство образования Армении пригласило студентов принять участие в олимпиаде.",
    "Министерство культуры пригласило художников на выставку.",
])
def test_an_invitation_to_do_something_is_no_summons(extract, text):
    assert asserted_meetings(extract(text)) == []
