"""Roles rules in Kazakh news, each tried on sentences written for it: the state in the
genitive before a title of two fields joined by "және" is its holder's, and the head of a firm
"Х-дан келген" (come from a state) is of that state, the firm's noun being no part of the title."""
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


@pytest.mark.parametrize("body, name, state", [
    ("Алматы облысының әкімі Марат Сұлтанғазиев Оңтүстік Кореядан келген «Daewoo Build»"
     " компаниясының президенті Ким Чжон Хомен кездесті.", "Ким Чжон Хо", "KR"),
    ("Ақтөбе облысының әкімі Асхат Шахаров Италиядан келген «Eni Power» компаниясының басқарма"
     " төрағасы Марко Россимен кездесті.", "Марко Росси", "IT"),
])
def test_the_head_of_a_firm_come_from_a_state_is_of_that_state(extract, body, name, state):
    p = _person(extract(body), name)
    assert p["country"] == state, p
    assert all("компания" not in r["title"] for r in p["roles"]), p


def test_the_head_of_a_firm_with_no_state_named_is_not_of_the_firm_noun(extract):
    rec = extract("Қостанай облысының әкімі Құмар Ақсақалов «Agro Holding» компаниясының басқарма"
                  " төрағасы Әлібек Жұмабаевпен кездесті.")
    p = _person(rec, "Әлібек Жұмабаев")
    orgs = {e["id"]: e["name"] for e in rec["entities"]}
    assert [orgs.get(r["org"]) for r in p["roles"]] == ["Agro Holding"], p
