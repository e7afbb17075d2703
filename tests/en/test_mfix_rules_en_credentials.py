"""Envoys presenting their credentials meet the head of state (English news), also when the
sentence names only the envoys."""
from __future__ import annotations

import pytest

from tests.meeting_support import meeting_sides


@pytest.mark.parametrize("body, host, place", [
    ("ASTANA – President Kassym-Jomart Tokayev received the credentials of newly appointed ambassadors at the "
     "Akorda on Monday.\n\nCredentials were presented by the ambassadors of Chile, Kenya and Peru.",
     "Kassym-Jomart Tokayev", "Akorda"),
    ("TASHKENT – President Shavkat Mirziyoyev held a ceremony at the Kuksaroy residence on Friday.\n\n"
     "Credentials were handed over by the ambassadors of Ghana, Nepal and Chile.", "Shavkat Mirziyoyev", None),
])
def test_envoys_presenting_credentials_meet_the_head_of_state(extract, look, body, host, place):
    rec = extract(body)
    meetings = look.events(rec, "meeting")
    assert any(host in s and len(s) >= 2 for s in meeting_sides(rec)), rec["events"]
    if place:
        assert [look.name(rec, v["location"]) for v in meetings] == [place]
