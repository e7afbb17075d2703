"""Ministers signing before their presidents make no meeting by signing; leaders who hold a
signing ceremony together have met (English news)."""
from __future__ import annotations

import pytest

from tests.meeting_support import meeting_sides


@pytest.mark.parametrize("body", [
    "The agreement was signed in Baku by Azerbaijani Economy Minister Rauf Aliyev and Georgian Economy "
    "Minister Levan Gelashvili in the presence of the two countries' presidents, Ilham Aliyev and Mikheil "
    "Kavelashvili.",
    "The memorandum was signed by Kyrgyz Energy Minister Taalaibek Ibraev and Tajik Energy Minister Daler "
    "Juma in the presence of Sadyr Japarov and Emomali Rahmon.",
])
def test_ministers_signing_before_their_presidents_make_no_meeting(extract, look, body):
    assert look.events(extract(body), "meeting") == []


def test_leaders_who_hold_a_signing_ceremony_have_met(extract):
    rec = extract("A signing ceremony was held in Tbilisi in the presence of President of Georgia Mikheil "
                  "Kavelashvili and President of Armenia Vahagn Khachaturyan.")
    assert {"Mikheil Kavelashvili", "Vahagn Khachaturyan"} in meeting_sides(rec), rec["events"]
