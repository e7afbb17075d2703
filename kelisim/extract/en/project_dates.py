"""A project's act told done in English news by words other than its own: a date before the
article's ("welcomed the opening of a campus in September", told in December), or the verb of the
whole it describes ("The first stage, which provided for the construction of X, was completed")
(en/projects.py)."""
from __future__ import annotations

from ...doc import Doc, Sent
from ...nlp.match import fold
from ..quantities import find_dates


def dated_before_news(doc: Doc, sent: Sent, trig: int) -> bool:
    """Does a date after the act at `trig`, in its clause, fall before the article's month ("the
    opening of a campus in September" in a December article, "the opening in 2024 of")?"""
    if not doc.date:
        return False
    toks = sent.tokens
    end = next((k for k in range(trig + 1, len(toks)) if toks[k].text in (",", ";") or toks[k].pos == "VERB"), len(toks))
    a, b = toks[trig].start - sent.start, (toks[end - 1].end if end > trig + 1 else toks[trig].end) - sent.start
    # "the opening in 2024 of the campus": a year alone, before the article's
    years = [int(n.text) for t, n in zip(toks[trig:end], toks[trig + 1:end]) if fold(t.text) == "in"
             and n.text.isdigit() and len(n.text) == 4]
    return any(f.value[:7] < doc.date[:7] for f in find_dates(sent.text[a:b], "en", doc.date)) \
        or doc.date[:4].isdigit() and any(y < int(doc.date[:4]) for y in years)


def whole_done(doc: Doc, sent: Sent, trig: int) -> bool:
    """Is the act at `trig` told in a relative clause of the subject of a verb of finishing in the
    past ("The first stage of the project, which provided for the construction of X, was completed")?"""
    from .clause import modality
    from .project_stages import stage_at
    toks = sent.tokens
    k = toks[trig].head
    if not 0 <= k < len(toks) or toks[k].rel != "acl:relcl":
        return False
    noun = toks[k].head
    while 0 <= noun < len(toks) and toks[noun].rel in ("nmod", "compound"):
        noun = toks[noun].head      # "the first stage of the project, which ...": up to the subject
    if not 0 <= noun < len(toks) or not toks[noun].rel.startswith("nsubj"):
        return False
    verb = toks[noun].head
    m = stage_at(toks, verb) if 0 <= verb < len(toks) and verb > k else None
    return m is not None and m.value == "completed" and toks[verb].feats.get("Tense") == "Past" \
        and modality(doc, sent, verb) == "asserted"        # not "will be completed in 2028"
