"""English read through the shared frame layer (nlp/frames.py): the parse gives each predicate its
arguments, lang/en/frame_roles.tsv names their roles, and the shared meeting rules
(extract/meeting_frames.py) read meetings from them; persons joined in the subject of speech each
speak; a quoted "we" that builds is the speaker's side. With them, the general English fixes the
dev errors showed: document sides after "between" and short names in brackets, a person named
again by the given name alone, a rank before a name."""
from __future__ import annotations

import pytest

from kelisim.doc import Doc, Token
from kelisim.nlp.english import EnglishNLP
from kelisim.nlp.frames import frames, upos, ufeats


@pytest.fixture(scope="module")
def nlp() -> EnglishNLP:
    return EnglishNLP()


def roles(nlp: EnglishNLP, sentence: str, lemma: str) -> dict[str, list[str]]:
    doc = nlp(Doc(text=sentence, lang="en"))
    frame = next(f for f in frames(doc) if f.lemma == lemma)
    toks = doc.sents[frame.sent].tokens
    return {r: [" ".join(toks[j].text for j in a.tokens) for a in frame.role("en", r)]
            for r in ("agent", "patient", "holder", "partner", "destination", "place")}


@pytest.mark.parametrize("sentence, lemma, role, expected", [
    ("President Jan Novak met with Prime Minister Tomas Vilk in Riga.", "meet", "agent", ["President Jan Novak"]),
    ("During his meeting with Foreign Minister Karl Huber, the president praised the results.", "meeting",
     "partner", ["Foreign Minister Karl Huber"]),
    ("The president's talks with the Austrian chancellor lasted two hours.", "talks", "holder", ["The president"]),
    ("The president's talks with the Austrian chancellor lasted two hours.", "talks", "partner",
     ["the Austrian chancellor"]),
    ("The visit of Prime Minister Tomas Vilk to Estonia ended on Friday.", "visit", "holder",
     ["Prime Minister Tomas Vilk"]),
    ("The visit of Prime Minister Tomas Vilk to Estonia ended on Friday.", "visit", "destination", ["Estonia"]),
    ("The agreement was signed by the two ministers.", "sign", "agent", ["the two ministers"]),
    ("The agreement was signed by the two ministers.", "sign", "patient", ["The agreement"]),
    ("The minister was received by President Jan Novak.", "receive", "agent", ["President Jan Novak"]),
])
def test_frames_en_roles_read_from_the_parse(nlp, sentence, lemma, role, expected):
    assert roles(nlp, sentence, lemma)[role] == expected


def test_frames_en_read_the_parsers_tags_not_the_word_list_taggers(nlp):
    doc = nlp(Doc(text="Talks were held in Riga.", lang="en"))
    held = doc.sents[0].tokens[2]
    assert (upos(held), ufeats(held)) == (held.upos, held.ufeats)


@pytest.mark.parametrize("token, pos", [
    (Token(0, 4, "шёл", pos="VERB", feats={"Tense": "Past"}), "VERB"),     # no parser tags of its own
])
def test_frames_en_a_pipeline_without_separate_tags_keeps_its_own(token, pos):
    assert (upos(token), ufeats(token)) == (pos, token.feats)


@pytest.mark.parametrize("body, surname, other", [
    # a partner named by office alone stands for its state
    ("President Jan Novak held talks with the Estonian prime minister on Monday.", "Novak", "Estonia"),
    # a meeting told in passing, inside the phrase of another event
    ("Work on the mill started under an investment agreement signed last year at a meeting of the region's "
     "governor Arman Seitov with the Korean investor Daewon Steel.", "Seitov", "Daewon Steel"),
])
def test_frames_en_meetings_read_from_a_meeting_noun_and_its_partner(extract, look, body, surname, other):
    rec = extract(body)
    met = [look.names(rec, v["participants"]) for v in look.events(rec, "meeting")]
    assert any(len(m) == 2 and surname in m[0] and m[1] == other for m in met), met


@pytest.mark.parametrize("body, owner", [
    ('"We are getting ready to build a new oil refinery in Atyrau," Russian President Pavel Orlov said.', "Russia"),
    ('"We will construct a large fertilizer plant near Navoi," said Uzbek President Timur Aliev.', "Uzbekistan"),
])
def test_frames_en_a_quoted_we_that_builds_is_the_speakers_state(extract, look, body, owner):
    rec = extract(body)
    assert [look.name(rec, v["owner"]) for v in look.events(rec, "project")] == [owner]


@pytest.mark.parametrize("body, doc_type, parties", [
    ("The ministers signed a Memorandum of Understanding (MoU) on cooperation between the Geological Survey of "
     "Latvia and the Geological Survey of Estonia.", "memorandum", ["Latvia", "Estonia"]),
    ("The parties also signed an agreement between the city administration of Samarkand (Uzbekistan) and the "
     "mayor's office of Osh (Kyrgyzstan) on twinning.", "agreement", ["Samarkand", "Osh"]),
])
def test_frames_en_document_sides_and_short_names(extract, look, body, doc_type, parties):
    rec = extract(body)
    found = look.events(rec, "agreement")
    assert [(v["doc_type"], look.names(rec, v["parties"])) for v in found] == [(doc_type, parties)]


@pytest.mark.parametrize("body, speakers", [
    ("Latvian President Jan Novak and Estonian Prime Minister Tomas Vilk reaffirmed their commitment to a common "
     "energy market.", ["Novak", "Vilk"]),
    ("President Jan Novak and Prime Minister Tomas Vilk noted the growth of mutual trade.", ["Novak", "Vilk"]),
    # an apposition is one speaker, not two
    ("The adviser to President Jan Novak, Karl Huber, noted the growth of trade.", ["Huber"]),
])
def test_frames_en_persons_joined_in_the_subject_of_speech_each_speak(extract, look, body, speakers):
    rec = extract(body)
    said = [look.name(rec, v["speaker"]) for v in look.events(rec, "statement")]
    assert sorted(next(n.split()[-1] for n in said if n.endswith(s)) for s in speakers) == sorted(speakers)
    assert len(said) == len(speakers), said


@pytest.mark.parametrize("body, speaker", [
    ('Marat Seitkali, 27, works as an engineer at the new plant in Taraz.\n\n"The plant gave jobs to many young '
     'people in my town," Marat told reporters.', "Marat Seitkali"),
    ('Aigerim Bekova teaches at the village school. "We finally have a gym," Aigerim said.', "Aigerim Bekova"),
])
def test_frames_en_a_person_named_again_by_the_given_name_alone_speaks(extract, look, body, speaker):
    rec = extract(body)
    assert [(look.name(rec, v["speaker"]), v["direct"]) for v in look.events(rec, "statement")] == [(speaker, True)]


@pytest.mark.parametrize("body, person", [
    ("World Champion Marat Seitkali claimed his third title of the season in Astana.", "Marat Seitkali"),
    ("Asian Champion Timur Aliev won the final on points.", "Timur Aliev"),
])
def test_frames_en_a_rank_before_a_given_name_is_no_part_of_the_name_and_a_feat_no_statement(
        extract, look, body, person):
    rec = extract(body)
    assert [e["name"] for e in rec["entities"] if e["type"] == "PER"] == [person]
    assert look.events(rec, "statement") == []
