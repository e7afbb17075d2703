"""Rules the fourth Kazakh held-out set (tests/kk/heldout4) showed missing, each on sentences
written for the test: a state body that takes a position speaks, a quote said in a body's
statement is the body's, and a given name that looks declined before a family name is a name."""
import pytest

from kk_record import events, name_of


def _speakers(rec: dict, direct: bool) -> list[str]:
    return [name_of(rec, v["speaker"]) for v in events(rec, "statement") if v["direct"] == direct]


@pytest.mark.parametrize("body, body_name", [
    ("Қазақстан Республикасы Сыртқы істер министрлігі Кабулдағы жарылысты қатаң айыптайды.",
     "Қазақстан Республикасы Сыртқы істер министрлігі"),
    ("Қазақстан Республикасы Сыртқы істер министрлігі екі елдің бітімгершілік келісімін қолдайды.",
     "Қазақстан Республикасы Сыртқы істер министрлігі"),
])
def test_a_state_body_that_takes_a_position_speaks(extract, body, body_name):
    assert _speakers(extract(body), False) == [body_name]


def test_a_state_body_that_only_reports_is_no_speaker(extract):
    rec = extract("Қазақстан Республикасы Сыртқы істер министрлігі делегацияның құрамын хабарлады.")
    assert _speakers(rec, False) == []


@pytest.mark.parametrize("body", [
    "Денсаулық сақтау министрлігі аурудың таралуы туралы хабарлама жариялады.\n\n«Біз жағдайды "
    "бақылауда ұстап отырмыз және қажетті шаралар қабылданады», – делінген министрліктің хабарламасында.",
    "«Біз жағдайды бақылауда ұстап отырмыз және қажетті шаралар қабылданады», – делінген Денсаулық "
    "сақтау министрлігінің мәлімдемесінде.",
])
def test_a_quote_said_in_a_bodys_statement_is_the_bodys(extract, body):
    assert _speakers(extract(body), True) == ["Денсаулық сақтау министрлігі"]


@pytest.mark.parametrize("body, person", [
    ("Салтанатқа Өнеркәсіп және құрылыс вице-министрі Ерсайын Нағашпаев қатысты.", "Ерсайын Нағашпаев"),
    ("Жиынға облыс әкімінің орынбасары Нұрсұлтан Әбдіғаппаров қатысты.", "Нұрсұлтан Әбдіғаппаров"),
])
def test_a_given_name_that_looks_declined_before_a_family_name_is_part_of_the_name(extract, body, person):
    rec = extract(body)
    assert [e["name"] for e in rec["entities"] if e["type"] == "PER"] == [person]


@pytest.mark.parametrize("body, stop", [
    ("Кездесу қорытындысы бойынша облыс әкімдігі мен компания арасында келісімге қол қойылды.", "бойынша"),
    ("Сапар соңында қала әкімдігі мен банк арасында келісімге қол қойылды.", "соңында"),
])
def test_an_organisations_name_starts_after_a_postposition(extract, body, stop):
    orgs = [e["name"] for e in extract(body)["entities"] if e["type"] == "ORG"]
    assert orgs and not any(stop in name for name in orgs), orgs
