"""Roles rules in Kazakh news, each tried on sentences written for it: the state in the
genitive before a title of two fields joined by "және" is its holder's."""
import pytest


def _person(rec: dict, name: str) -> dict:
    return next(e for e in rec["entities"] if e["type"] == "PER" and e["name"] == name)


@pytest.mark.parametrize("body, name, state", [
    ("Астанада Премьер-министр Олжас Бектенов Польшаның Цифрлық істер және сыртқы сауда министрі"
     " Кшиштоф Гавковскийді қабылдады.", "Кшиштоф Гавковский", "PL"),
    ("Сыртқы істер министрі Ермек Көшербаев Австрияның Еуропалық және халықаралық істер министрі"
     " Беате Майнль-Райзингермен кездесті.", "Беате Майнль-Райзингер", "AT"),
])
def test_the_state_before_a_title_of_two_fields_is_the_holders(extract, body, name, state):
    assert _person(extract(body), name)["country"] == state
