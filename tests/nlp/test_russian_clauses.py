"""Repairs of where the Russian parse hangs a clause or a lead's opening (kelisim/nlp/russian_clauses.py),
on parses written out by hand as the parser gives them."""
from kelisim.doc import Sent, Token
from kelisim.nlp.russian_clauses import repair_credit_subject, repair_relative_head


def _sent(rows: list[tuple]) -> Sent:
    """rows: (text, lemma, pos, head, rel, feats)."""
    toks, pos = [], 0
    for text, lemma, upos, head, rel, feats in rows:
        toks.append(Token(pos, pos + len(text), text, lemma, upos, dict(feats), head, rel))
        pos += len(text) + 1
    return Sent(0, pos - 1, " ".join(r[0] for r in rows), toks)


def _credit_lead(second_root: bool) -> Sent:
    # "ИНТЕРФАКС - Заседание комиссии прошло в Уральске"
    return _sent([("ИНТЕРФАКС", "интерфакс", "PROPN", 4, "nsubj", {}),
                  ("-", "-", "PUNCT", 2, "punct", {}),
                  ("Заседание", "заседание", "NOUN", -1 if second_root else 0, "root" if second_root else "appos",
                   {"Case": "Nom"}),
                  ("комиссии", "комиссия", "NOUN", 2, "nmod", {"Case": "Gen"}),
                  ("прошло", "пройти", "VERB", -1, "root", {}),
                  ("в", "в", "ADP", 6, "case", {}),
                  ("Уральске", "уральск", "PROPN", 4, "obl", {"Case": "Loc"})])


def test_clauses_the_agency_credit_before_the_dash_gives_its_place_to_the_subject():
    for second_root in (False, True):
        sent = _credit_lead(second_root)
        repair_credit_subject(sent)
        toks = sent.tokens
        assert (toks[2].head, toks[2].rel) == (4, "nsubj")
        assert toks[0].rel == "dep"


def test_clauses_a_lower_case_subject_before_a_dash_is_no_credit():
    sent = _credit_lead(False)
    sent.tokens[0].text = "Комиссия"
    repair_credit_subject(sent)
    assert sent.tokens[0].rel == "nsubj" and sent.tokens[2].rel == "appos"


def _relative(pron_gender: str) -> Sent:
    # "решение о строительстве второй очереди, которое не согласовано"
    return _sent([("решение", "решение", "NOUN", -1, "root", {"Gender": "Neut", "Number": "Sing"}),
                  ("о", "о", "ADP", 2, "case", {}),
                  ("строительстве", "строительство", "NOUN", 0, "nmod", {"Gender": "Neut", "Number": "Sing"}),
                  ("второй", "второй", "ADJ", 4, "amod", {}),
                  ("очереди", "очередь", "NOUN", 2, "nmod", {"Gender": "Fem", "Number": "Sing"}),
                  (",", ",", "PUNCT", 8, "punct", {}),
                  ("которое" if pron_gender == "Neut" else "которая", "который", "PRON", 8, "nsubj:pass",
                   {"Gender": pron_gender, "Number": "Sing"}),
                  ("не", "не", "PART", 8, "advmod", {}),
                  ("согласовано", "согласовать", "VERB", 4, "acl:relcl", {})])


def test_clauses_the_relative_clause_hangs_on_the_noun_its_pronoun_agrees_with():
    sent = _relative("Neut")
    repair_relative_head(sent)
    assert sent.tokens[8].head == 2       # "строительстве", not "очереди"


def test_clauses_an_agreeing_relative_clause_stays_where_it_is():
    sent = _relative("Fem")
    repair_relative_head(sent)
    assert sent.tokens[8].head == 4
