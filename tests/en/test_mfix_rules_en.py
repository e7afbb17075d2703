"""A visit someone recalls is no meeting of the one who recalls it (English news)."""
from __future__ import annotations

import pytest

from tests.meeting_support import meeting_sides


@pytest.mark.parametrize("body", [
    "Ambassador Laura Bianchi spoke about trade with the newspaper.\n\nShe recalled that President Marcus "
    "Hollander paid a state visit to Madrid in March, during which the two countries signed a roadmap.",
    "Minister Pavel Novak gave an interview to the agency.\n\nNovak noted that Prime Minister Anna Berg made "
    "an official visit to Oslo last year.",
])
def test_the_teller_of_a_visit_is_not_its_host(extract, look, body):
    assert look.events(extract(body), "meeting") == []


def test_a_visit_with_talks_told_is_still_a_meeting(extract):
    rec = extract("Kazakh Prime Minister Olzhas Bektenov paid an official visit to Uzbekistan, where he met "
                  "with Uzbek Prime Minister Abdulla Aripov.")
    assert {"Olzhas Bektenov", "Abdulla Aripov"} in meeting_sides(rec)
