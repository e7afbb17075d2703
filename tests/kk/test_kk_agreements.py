import pytest

from kk_record import events, name_of


@pytest.mark.parametrize("body, doc_type, modality, parties", [
    ("Бүгін Астанада Қазақстан мен Өзбекстан арасында стратегиялық әріптестік туралы келісімге қол қойылды.",
     "agreement", "asserted", ["Қазақстан", "Өзбекстан"]),
    ("Қазақстан мен Түркия өзара түсіністік туралы меморандумға қол қойды.",
     "memorandum", "asserted", ["Қазақстан", "Түркия"]),
    ("Келесі айда Қазақстан мен Қытай арасында көлік саласындағы жол картасына қол қойылады.",
     "roadmap", "planned", ["Қазақстан", "Қытай"]),
    # concluded, concluded together, adopted
    ("Бүгін Қазақстан мен Моңғолия арасында өзара түсіністік туралы меморандум жасалды.",
     "memorandum", "asserted", ["Қазақстан", "Моңғолия"]),
    ("Қазақстан мен Армения көлік саласындағы ынтымақтастық туралы келісім жасасты.",
     "agreement", "asserted", ["Қазақстан", "Армения"]),
    ("Қазақстан мен Моңғолия арасында бірлескен мәлімдеме қабылданды.",
     "joint_statement", "asserted", ["Қазақстан", "Моңғолия"]),
    # the leaders who sign as subjects are the parties; the title stops at them
    ("Қасым-Жомарт Тоқаев пен Садыр Жапаров Мәңгілік достық туралы шартқа қол қойды.",
     "agreement", "asserted", ["Қасым-Жомарт Тоқаев", "Садыр Жапаров"]),
])
def test_agreements(extract, body, doc_type, modality, parties):
    rec = extract(body)
    (v,) = events(rec, "agreement")
    assert (v["doc_type"], v["modality"]) == (doc_type, modality)
    assert {name_of(rec, p) for p in v["parties"]} == set(parties)
    assert v["codes"]["cameo"] == ("057" if modality == "asserted" else "030")


@pytest.mark.parametrize("body", [
    # a signing recalled in reported speech, or a signed document referred to, is no new agreement
    "Қасым-Жомарт Тоқаев мамыр айында Анкарада стратегиялық әріптестік туралы мәлімдемеге қол қойылғанын атап өтті.",
    "Бұрын қол қойылған келісім бойынша жұмыс жалғасып жатыр.",
    # a plan drawn up is not yet adopted
    "Министрлік жаңа жол картасын жасады.",
    # signing a letter of no document kind
    "Министр жаңа бұйрыққа қол қойды.",
])
def test_no_agreement(extract, body):
    assert events(extract(body), "agreement") == []


def test_a_document_signed_at_the_meeting_has_its_sides_as_parties(extract):
    rec = extract("Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті. Кездесу қорытындысы бойынша "
                  "бірлескен мәлімдемеге қол қойылды.")
    (v,) = events(rec, "agreement")
    assert v["doc_type"] == "joint_statement"
    assert {name_of(rec, p).split()[-1] for p in v["parties"]} == {"Мирзиёев", "Тоқаев"}


def test_a_document_signed_in_a_persons_presence_is_not_the_persons(extract):
    rec = extract("Қасым-Жомарт Тоқаевтың қатысуымен Қазақстан мен Түркия арасында көлік туралы "
                  "келісімге қол қойылды.")
    (v,) = events(rec, "agreement")
    assert {name_of(rec, p) for p in v["parties"]} == {"Қазақстан", "Түркия"}


def test_the_title_of_a_document_the_leaders_sign_leaves_them_out(extract):
    rec = extract("Қасым-Жомарт Тоқаев пен Садыр Жапаров Мәңгілік достық туралы шартқа қол қойды.")
    (v,) = events(rec, "agreement")
    assert v["title"] == "Мәңгілік достық туралы шарт"
