"""Repairs of where the Russian parse hangs a lead's opening (kelisim/nlp/russian_clauses.py), on
parses written out by hand as the parser gives them."""
from kelisim.doc import Sent, Token
from kelisim.nlp.russian_clauses import repair_credit_subject


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

