"""Kazakh frames where an office, a state and a genitive meet (extract/kk/frames.py), and the
rules that read them instead of scanning cases.

Each sentence is invented. An office word before a state's name does not modify it: the state
opens a phrase of its own ("Облыс әкімі | Жапония елшісімен"); the head of a genitive closes
its phrase before a word that is no name and no head of a chain ("Түркияның министрлері |
келісімге"); a word in -дағы/-дегі qualifies the word after it ("Қазақстандағы елшісі").
"""
import pytest

from kelisim.nlp.frames import frames_in
from kelisim.read.plain import parse_plain_text

from kk_record import name_of


@pytest.fixture(scope="module")
def args_of(extractor):
    def run(body: str, lemma: str) -> list:
        doc = extractor.process(parse_plain_text(f"date 2025-06-01 Жаңалықтар\n\n{body}\n", "test.txt"))
        sent = next(s for s in doc.sents if body[:12] in s.text)
        f = next(f for f in frames_in(doc, sent) if f.lemma == lemma)
        return [(doc.text[a.start:a.end], a.rel, a.case) for a in f.args]
    return run


@pytest.mark.parametrize("body, lemma, args", [
    # an office before a state: two phrases, the subject and the one met (the article names a
    # person of the state, so no office holder covers the phrase)
    ("Облыс әкімі Польша елшісімен кездесті. Бұған дейін Польша Президенті Анджей Дуда Астанаға келген.",
     "кездес", [("Облыс әкімі", "nsubj", "Nom"), ("Польша елшісімен", "obl", "Ins")]),
    # an office alone before a state that the holder's phrase covers
    ("Облыс әкімі Жапония елшісімен кездесті.", "кездес",
     [("Облыс әкімі", "nsubj", "Nom"), ("Жапония елшісімен", "obl", "Ins")]),
    ("Сенатор Венгрияның Қазақстандағы елшісін қабылдады.", "қабылда",
     [("Сенатор", "nsubj", "Nom"), ("Венгрияның Қазақстандағы елшісін", "obj", "Acc")]),
    # ... and before a place, which is no modifier's head either
    ("Министр Астанадағы зауытта жұмысшылармен кездесті.", "кездес",
     [("Министр", "nsubj", "Nom"), ("Астанадағы зауытта", "obl", "Loc"), ("жұмысшылармен", "obl", "Ins")]),
    # a joiner before a genitive: both states in the genitive, their ministers the subject
    ("Қазақстан мен Қырғызстанның министрлері меморандумға қол қойды.", "қол қой",
     [("Қазақстан", "nmod", "Gen"), ("Қырғызстанның", "nmod", "Gen"), ("министрлері", "nsubj", "Nom"),
      ("меморандумға", "obl", "Dat")]),
    # the head of a genitive stays with a name after it ("облысының әкімі Бауыржан Сәрсенбаев")
    ("Түркістан облысының әкімі Бауыржан Сәрсенбаев Қытай делегациясымен кездесті.", "кездес",
     [("Түркістан облысының", "nmod", "Gen"), ("әкімі Бауыржан Сәрсенбаев", "nsubj", "Nom"),
      ("Қытай делегациясымен", "obl", "Ins")]),
    # "-дағы" qualifies the word after it, a name's included
    ("Сенатор Венгрияның Қазақстандағы елшісі Ласло Ковачпен кездесті.", "кездес",
     [("Сенатор", "nsubj", "Nom"), ("Венгрияның", "nmod", "Gen"),
      ("Қазақстандағы елшісі Ласло Ковачпен", "obl", "Ins")]),
])
def test_kkport_frames_office_state_genitive(args_of, body, lemma, args):
    assert args_of(body, lemma) == args


@pytest.mark.parametrize("body, office", [
    # the office heads the partner or the patient of the meeting verb's frame
    ("Облыс әкімі Серік Мұқанов Жапония елшісімен кездесті.", "Жапония елшісі"),
    ("Сенатор Ерлан Сапаров Венгрияның Қазақстандағы елшісін қабылдады.", "Венгрия елшісі"),
    ("Министр Арман Дәулетов Италияның Қазақстандағы Төтенше және өкілетті елшісімен кездесті.", "Италия елшісі"),
])
def test_kkport_unnamed_envoy_is_a_participant(extract, body, office):
    rec = extract(body)
    met = [name_of(rec, p) for e in rec["events"] if e["type"] == "meeting" for p in e["participants"]]
    assert office in met


def test_kkport_unnamed_envoy_after_an_office_alone(extract):
    """"Облыс әкімі Жапония елшісімен кездесті": the office named alone is the subject, the
    state's envoy the one met (the phrases part before the state)."""
    rec = extract("Серік Мұқанов облыстық әкімдікте Жапония делегациясын қабылдады.",
                  headline="Облыс әкімі Жапония елшісімен кездесті")
    assert "Жапония елшісі" in [e["name"] for e in rec["entities"]]


@pytest.mark.parametrize("body", [
    # a person of that state named in the article: the office is theirs, no actor of its own
    "Облыс әкімі Польша елшісімен кездесті. Бұған дейін Польша Президенті Анджей Дуда Астанаға келген.",
    # an office in the genitive is no one met: "Ресей Президентінің жолдауы"
    "Сенатор Ресей Президентінің жолдауы туралы айтты.",
])
def test_kkport_no_unnamed_envoy(extract, body):
    rec = extract(body)
    assert not [e for e in rec["entities"] if e["name"].endswith(("елшісі", "Президенті"))]


@pytest.mark.parametrize("body, lemma, args", [
    # a person joined to a genitive is joined to the name the genitive's head goes with
    ("Облыс әкімі Серік Мұқанов пен Nordwind компаниясының бас директоры Карл Йенсен келісімге қол қойды.",
     "қол қой", [("Облыс әкімі Серік Мұқанов", "nsubj", "Nom"), ("Nordwind компаниясының", "nmod", "Gen"),
                 ("бас директоры Карл Йенсен", "nsubj", "Nom"), ("келісімге", "obl", "Dat")]),
    # ... not when no name follows: the aides of both ("Мұқанов пен Йенсеннің көмекшілері")
    ("Серік Мұқанов пен Карл Йенсеннің көмекшілері кездесті.", "кездес",
     [("Серік Мұқанов", "nmod", "Gen"), ("Карл Йенсеннің", "nmod", "Gen"), ("көмекшілері", "nsubj", "Nom")]),
    ("Серік Мұқанов пен Карл Йенсеннің кездесуі өтті.", "кездес",
     [("Серік Мұқанов", "nmod", "Gen"), ("Карл Йенсеннің", "nmod", "Gen")]),
])
def test_kkport_frames_person_joined_to_genitive(args_of, body, lemma, args):
    assert args_of(body, lemma) == args


@pytest.mark.parametrize("body, signers", [
    # the persons who sign are the signing frame's agents, a company head after a genitive too
    ("Облыс әкімі Серік Мұқанов пен Nordwind компаниясының бас директоры Карл Йенсен ынтымақтастық туралы "
     "келісімге қол қойды.", {"Серік Мұқанов", "Карл Йенсен"}),
    # the one in whose presence they sign is no party
    ("Президент Асқар Маминнің қатысуымен Серік Мұқанов пен Карл Йенсен ынтымақтастық туралы меморандумға "
     "қол қойды.", {"Серік Мұқанов", "Карл Йенсен"}),
])
def test_kkport_agreement_signers_are_agents(extract, body, signers):
    rec = extract(body)
    deals = [e for e in rec["events"] if e["type"] == "agreement"]
    assert deals
    people = {e["id"]: e["name"] for e in rec["entities"] if e["type"] == "PER"}
    assert {people[p] for p in deals[0]["parties"] if p in people} == signers


def test_kkport_frames_a_quoted_name_stays_with_its_kind(args_of):
    """"«Nordwind Energy» компаниясы": the closing quote does not free the name from the word of
    its kind, so the joined ministry and the company are both "between" sides, no subject."""
    assert args_of("Кездесуден кейін Энергетика министрлігі мен «Nordwind Energy» компаниясы арасында "
                   "келісімге қол қойылды.", "қол қойыл") == [
        ("Кездесуден", "obl", "Abl"), ("Энергетика министрлігі", "obl", "Nom"),
        ("Nordwind Energy» компаниясы", "obl", "Nom"), ("келісімге", "obl", "Dat")]


def test_kkport_frames_planning_verb(args_of):
    """A verb of planning heads a frame (lang/kk/frame_words.tsv: modality.tsv), its subject the
    planner; a number opens a phrase of its own ("компаниясы | 2027 жылы")."""
    assert args_of("«Nordwind Energy» компаниясы 2027 жылы жылу электр орталығын жаңғыртуды жоспарлап отыр.",
                   "жоспарла") == [("Nordwind Energy» компаниясы", "nsubj", "Nom"),
                                   ("2027 жылы жылу электр орталығын", "obj", "Acc"), ("жаңғыртуды", "obj", "Acc")]


@pytest.mark.parametrize("body, owner", [
    # the owner is the organisation that is the subject of the verb that builds the project (its
    # name before the word of its kind) ...
    ("«Nordwind Energy» компаниясы Павлодар облысында жаңа зауыт салады.", "Nordwind Energy"),
    # ... or of the verb of its clause ("plans to modernise")
    ("«Nordwind Energy» компаниясы 2027 жылы Павлодар қаласындағы жылу электр орталығын жаңғыртуды "
     "жоспарлап отыр.", "Nordwind Energy"),
])
def test_kkport_project_owner_is_the_subject(extract, body, owner):
    # another firm before it in the paragraph: no fallback to the article's only firm
    rec = extract("«Baltic Steel» компаниясы бұл туралы хабарлады. " + body)
    [p] = [e for e in rec["events"] if e["type"] == "project"]
    assert name_of(rec, p["owner"]) == owner
