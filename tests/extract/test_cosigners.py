"""Co-signers as a meeting (extract/cosigners.py). The dev set's annotators count a signing that two
persons of two sides perform together as their meeting (a loan signed "в присутствии" a minister
and a fund's director; a memorandum signed at a ceremony "с участием" three bodies). So when an
article tells no meeting, two persons of two states, or one whose state it does not give, who sign
one document together have met. Persons of one state signing, a signing still planned, and an
article that tells the meeting itself give no second meeting."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

MET = [
    # a minister and a bank's chairman (his state not given)
    ("Кредитное соглашение подписали министр финансов Кыргызстана Алмаз Токтомушев и председатель "
     "правления банка Виктор Саркисов.", {"Токтомушев", "Саркисов"}),
    # two ministers of two states
    ("Министр энергетики Таджикистана Далер Джумаев и министр энергетики Узбекистана Журабек Мирзамахмудов "
     "подписали соглашение о поставках электроэнергии.", {"Джумаев", "Мирзамахмудов"}),
    # the passive with the signers in the instrumental
    ("Меморандум был подписан министром транспорта Казахстана Нурланом Сауранбаевым и послом Японии "
     "Такаши Ямадой.", {"Сауранбаев", "Ямада"}),
    # Kazakh: the same rule over the Kazakh frames
    ("Тәжікстан Энергетика министрі Далер Джумаев пен Өзбекстан Энергетика министрі Журабек Мирзамахмудов "
     "электр энергиясын жеткізу туралы келісімге қол қойды.", {"Джумаев", "Мирзамахмудов"}),
]


def _met(record) -> list[set[str]]:
    return [{n.split()[-1] for n in names(record, v["participants"])} for v in events(record, "meeting")]


@pytest.mark.parametrize("text,pair", MET)
def test_two_sides_signing_together_have_met(extract, text, pair):
    record = extract(text)
    assert events(record, "agreement")
    assert any({p[:5] for p in pair} <= {n[:5] for n in met} for met in _met(record))


@pytest.mark.parametrize("text", [
    # one state's officials sign between themselves
    "Соглашение подписали министр финансов Казахстана Мадиар Такиев и аким Алматы Ерболат Досаев.",
    # only planned
    "Соглашение подпишут министр финансов Кыргызстана Алмаз Токтомушев и председатель правления банка "
    "Виктор Саркисов.",
])
def test_no_meeting_from_signers_of_one_side_or_a_planned_signing(extract, text):
    assert not [v for v in events(extract(text), "meeting") if v["modality"] == "asserted"]


def test_a_meeting_told_in_the_article_is_not_doubled_by_its_signing(extract):
    record = extract("Министр иностранных дел Казахстана Ермек Кошербаев провел переговоры с министром "
                     "иностранных дел Венгрии Петером Сийярто. По итогам переговоров министры Ермек "
                     "Кошербаев и Петер Сийярто подписали меморандум о сотрудничестве.")
    assert len(events(record, "meeting")) == 1
