"""The steps of roles and coreference written once for every language (roles.py, coref.py): a
reader a language supplies what differs, the step itself is the same."""
from kelisim.doc import Doc, Entity, Role, Sent, Span, Token
from kelisim.extract.context import token_index
from kelisim.extract.coref import body_head, link_pronouns, pronoun_genders, refer
from kelisim.extract.roles import give_role


def _doc(text: str) -> Doc:
    tokens, at = [], 0
    for word in text.split():
        at = text.index(word, at)
        tokens.append(Token(at, at + len(word), word))
        at += len(word)
    return Doc(text=text, sents=[Sent(0, len(text), text, tokens)])


def _person(doc: Doc, eid: str, name: str, **kw) -> Entity:
    at = doc.text.index(name)
    return Entity(id=eid, type="PER", name=name, mentions=[Span(at, at + len(name), name)], **kw)


def test_a_pronoun_is_the_first_candidate_of_its_gender():
    doc = _doc("Anna met Boris . He spoke")
    anna, boris = _person(doc, "p1", "Anna"), _person(doc, "p2", "Boris")
    genders = {"p1": "Fem", "p2": "Masc"}
    link_pronouns(doc, lambda d, sent, k: {"He": "Masc"}.get(sent.tokens[k].text),
                  lambda d, sent, k, prev: [anna, boris], lambda d, person: genders[person.id])
    assert [m.text for m in boris.mentions] == ["Boris", "He"] and boris.mentions[-1].source == "pronoun"
    assert [m.text for m in anna.mentions] == ["Anna"]


def test_a_pronoun_of_either_gender_or_a_person_of_no_known_gender_fits():
    doc = _doc("Anna met Boris . Ol spoke")
    anna, boris = _person(doc, "p1", "Anna"), _person(doc, "p2", "Boris")
    link_pronouns(doc, lambda d, sent, k: "" if sent.tokens[k].text == "Ol" else None,
                  lambda d, sent, k, prev: [boris, anna], lambda d, person: "Fem")
    assert [m.text for m in boris.mentions] == ["Boris", "Ol"]


def test_a_pronoun_no_candidate_fits_stays_unlinked():
    doc = _doc("Anna spoke . He left")
    anna = _person(doc, "p1", "Anna")
    link_pronouns(doc, lambda d, sent, k: {"He": "Masc"}.get(sent.tokens[k].text),
                  lambda d, sent, k, prev: [anna], lambda d, person: "Fem")
    assert len(anna.mentions) == 1


def test_the_subject_pronouns_and_their_genders_are_language_data():
    assert pronoun_genders("ru") == {"он": "Masc", "она": "Fem"}
    assert pronoun_genders("en") == {"he": "Masc", "she": "Fem"}
    assert pronoun_genders("kk")["ол"] == ""


def test_a_description_is_a_mention_and_its_alias_is_kept_once():
    doc = _doc("Boris spoke . The minister added")
    boris = _person(doc, "p1", "Boris")
    a = doc.text.index("The minister")
    refer(doc, boris, a, a + len("The minister"), "minister")
    refer(doc, boris, a, a + len("The minister"), "minister")
    assert boris.mentions[1].text == "The minister" and boris.mentions[1].source == "description"
    assert boris.aliases == ["minister"]


def test_the_head_of_a_body_is_the_first_person_with_an_office_in_it():
    doc = _doc("Boris of Acme and Anna of Bank met . The Acme head said")
    acme, bank = Entity(id="o1", type="ORG", name="Acme"), Entity(id="o2", type="ORG", name="Bank")
    state = Entity(id="g1", type="GPE", name="Chile")
    boris = _person(doc, "p1", "Boris", roles=[Role("director", "o1")])
    anna = _person(doc, "p2", "Anna", roles=[Role("chair", "o2")])
    carl = Entity(id="p3", type="PER", name="Carl", roles=[Role("minister", "g1")])
    doc.entities = [acme, bank, state, boris, anna, carl]
    a = doc.text.index("The Acme head")
    assert body_head(doc, [carl, anna, boris], acme, a, a + 13)
    assert boris.mentions[-1].text == "The Acme head" and len(anna.mentions) == 1
    # no body named: the first with an office in any body, not one whose office is a state's
    assert body_head(doc, [carl, anna, boris], None, a, a + 13) and anna.mentions[-1].text == "The Acme head"
    assert not body_head(doc, [carl], None, a, a + 13)


def test_a_title_is_given_once_and_a_state_only_where_none_is_known():
    person = Entity(id="p1", type="PER", name="Boris")
    give_role(person, "minister", "o1", "KZ")
    give_role(person, "minister", "o2", "CL")
    assert [(r.title, r.org) for r in person.roles] == [("minister", "o1")] and person.country == "KZ"


def test_the_first_token_at_or_after_an_offset():
    toks = _doc("Boris met Anna").sents[0].tokens
    assert token_index(toks, 6) == 1 and token_index(toks, 7) == 2
    assert token_index(toks, 99) is None and token_index(toks, 99, 3) == 3
