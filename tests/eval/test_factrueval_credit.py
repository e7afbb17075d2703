"""The official partial credit for factRuEval facts: the share of agreeing arguments."""
from __future__ import annotations

import pytest

from kelisim.eval.factrueval_corpus import Arg, Fact
from kelisim.eval.factrueval_credit import credit, occupation_args, participant_args
from kelisim.eval.factrueval_facts import Actor, Occupation

PETROV = Actor("e1", "PER", ("Иван Петров",), ((0, 11),))
SIDOROV = Actor("e2", "PER", ("Пётр Сидоров",), ((20, 32),))
BANK = Actor("e3", "ORG", ("Северный банк",), ((40, 53),))
STATE = Actor("e4", "GPE", ("Латвия",), ((60, 66),))


def arg(role: str, name: str, span: tuple[int, int]) -> Arg:
    return Arg(role, "obj1", (name,), (span,))


OCC = Fact("1-0", "Occupation", (arg("Who", "Петров Иван", (0, 11)),
                                 Arg("Job", "span1", ("председателя правления",), ((12, 19),)),
                                 arg("Where", "Северный банк", (40, 53))))


@pytest.mark.parametrize("occ, quality", [
    (Occupation(PETROV, "председатель правления", BANK), 1.0),
    (Occupation(PETROV, "председатель правления", STATE), 1.5 / 3.5),   # Who and Job; Where wrong both ways
    (Occupation(PETROV, "посол", BANK), 2 / 3),                         # job wrong: 0.5 missed, 0.5 extra
    (Occupation(PETROV, "председатель правления", None), 1.5 / 2.5),    # Where missing
    (Occupation(SIDOROV, "председатель правления", STATE), 0.0),        # only the job agrees: no pair
])
def test_credit_occupation_is_the_share_of_agreeing_arguments(occ, quality):
    c = credit([([OCC], [occupation_args(occ)])])
    assert c.tp_gold == pytest.approx(quality) and c.r == pytest.approx(quality)
    assert (c.gold, c.pred) == (1, 1)


def test_credit_meeting_counts_extra_and_missing_participants():
    meeting = Fact("1-1", "Meeting", (arg("Participant", "Петров", (0, 11)),
                                      arg("Participant", "Сидоров", (20, 32))))
    c = credit([([meeting], [participant_args([PETROV, SIDOROV, BANK])])])
    assert c.tp_gold == pytest.approx(2 / 3)
    c = credit([([meeting], [participant_args([PETROV, SIDOROV]), participant_args([PETROV])])])
    assert (c.tp_gold, c.pred) == (pytest.approx(1.0), 2)          # the second is left unpaired


def test_credit_leaves_difficult_facts_out():
    hard = Fact("1-2", "Occupation", OCC.args, (("Сложность", "повышенная"),))
    c = credit([([hard], [occupation_args(Occupation(PETROV, "председатель правления", BANK))])])
    assert (c.tp_gold, c.gold, c.pred) == (0.0, 0, 0)
