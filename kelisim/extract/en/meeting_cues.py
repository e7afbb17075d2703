"""When a meeting word tells a meeting: the lexicons (lang/en/meetings.tsv, meeting_context.tsv)
and the tests on the words around a trigger.

A verb phrase ("met with", "held talks", "spoke by phone") is a meeting by itself; "received"
or "hosted" is one when a person is received; a noun ("meeting", "phone conversation") is one
when it is held ("talks were held", "had a phone call") or introduced with its partner ("during
a meeting with X", "after talks with the Kazakh president"), and not when it only refers back
("during the meeting", "following the talks").
"""
from __future__ import annotations

from ...doc import Doc, Sent
from ...nlp.match import fold, word_keys
from ..context import mentions_in
from ..meeting_frames import course_told
from ..meetings import context_matcher, meeting_words
from .clause import entity_at, subject_before
from .counterparts import counterparts, object_span, office_heads, reduced_passive

HELD_NEAR = 4
OFFICE_OPENS = 4       # "the newly appointed Kazakh Foreign Minister": the office's head noun this near


def near(toks, kind: str, a: int, b: int) -> bool:
    m = context_matcher("en", kind)
    return any((hit := m.match_at(toks, k)) and not _phrasal(toks, hit.end) for k in range(max(0, a), min(len(toks), b)))


def _phrasal(toks, e: int) -> bool:
    """"which had held up talks for years": a particle after the verb makes another verb of it,
    and "had" before another verb is its auxiliary, no "have talks"."""
    return e < len(toks) and (fold(toks[e].text) in PARTICLES or toks[e - 1].lemma == "have" and toks[e].pos == "VERB")


PARTICLES = {"up", "off", "back"}


def verb_form(tok) -> bool:
    """A verb as written, not its noun: "met", "meets", "received", "talked"."""
    return tok.pos in ("VERB", "AUX") or tok.lemma != fold(tok.text) and not tok.text[:1].isupper() \
        or fold(tok.text) in meeting_words("en", "bare_verb")


def verb_after(toks, b: int) -> int | None:
    k = b
    while k < len(toks) and not (toks[k].pos in ("VERB", "AUX") and toks[k].feats.get("VerbForm") != "Ger"):
        k += 1
    return k if k < len(toks) else None


def held(doc: Doc, sent: Sent, a: int, b: int) -> bool:
    toks = sent.tokens
    det = next((k for k in range(a - 1, max(-1, a - 4), -1) if toks[k].pos == "DET"), None)
    with_partner = b < len(toks) and fold(toks[b].text) == "with" and bool(counterparts(doc, sent, *object_span(sent, b)))
    if course_told(doc, sent, b - 1):
        return False      # "Talks with X on a power market have stalled": negotiations under way, no meeting told
    if det is not None and near(toks, "back", det - 3, det) and fold(toks[det].text) not in ("a", "an"):
        # "during the meeting" refers back; "during the talks with Putin" names the partner, and
        # "after the talks between A and B" the two sides: a meeting told this way is told
        return (with_partner or _between_two(doc, sent, b)) and not near(toks, "ahead", det - 3, det)
    if near(toks, "held", a - HELD_NEAR, a) or near(toks, "held", b, b + HELD_NEAR):
        return True       # "held talks", "talks were held", "a meeting took place"
    if det == 1 and a - 1 == det and fold(toks[0].text) in ("in", "during") and fold(toks[1].text) in ("a", "an"):
        return True       # "In a phone call on Monday, X told Y": a call not told before, opening the sentence
    # "during a meeting with Chilean President Jorge Vargas", "after talks with the Bulgarian premier"
    if with_partner and (det is None or fold(toks[det].text) in ("a", "an", "his", "her", "their")):
        return True
    # "The talks between A and his counterpart B took place in Manama": the first verb after
    k = verb_after(toks, b)
    if k is not None and (context_matcher("en", "held").match_at(toks, k) or k + 1 < len(toks)
                          and toks[k].pos == "AUX" and context_matcher("en", "held").match_at(toks, k + 1)):
        # "On Monday, talks between A and B took place": the noun opens the clause after an adverbial
        # "Bilateral talks between A and B took place", "Political consultations ...": the noun's own adjectives
        return all(t.pos in ("DET", "ADJ") or n == 0 and t.pos == "PROPN" and entity_at(doc, t) is None
                   for n, t in enumerate(toks[:a])) or fold(toks[a - 1].text) in ("the", "a") \
            or toks[a - 1].text == "," and _between_two(doc, sent, b)
    # "Talks between A and B focused on transit", "following the talks between A and B": the
    # talks of two named persons are told, told again they are merged
    return _between_two(doc, sent, b)


def format_end(toks, b: int) -> int:
    """"talks in a narrow format between A and B", "talks in an expanded format": where the words
    of the talks' format after the noun end (b when there are none)."""
    if b + 3 < len(toks) and fold(toks[b].text) == "in" and fold(toks[b + 1].text) in ("a", "an") \
            and fold(toks[b + 3].text) == "format":
        return b + 4
    return b


def between_at(toks, b: int) -> int | None:
    """"talks between A and B", "Talks were held between A and B", "a meeting took place between":
    the "between" that names the sides, right after the noun or after the verb that holds it."""
    b = format_end(toks, b)
    for k in range(b, min(len(toks), b + 4)):
        if fold(toks[k].text) == "between":
            return k
        if toks[k].pos not in ("AUX", "VERB", "ADV") and fold(toks[k].text) != "place":
            return None
    return None


def _between_two(doc: Doc, sent: Sent, b: int) -> bool:
    toks = sent.tokens
    b = format_end(toks, b)
    if b >= len(toks) or fold(toks[b].text) != "between":
        return False
    if len({e.id for _, e in mentions_in(doc, toks[b].end, sent.end, ("PER",))}) >= 2:
        return True
    return len(counterparts(doc, sent, *object_span(sent, b + 1))) >= 2     # "and the Turkish president"


def pair(doc: Doc, sent: Sent, i: int) -> bool:
    """"A and B discussed ...", "A discussed ... with B": two persons together."""
    people = [e for e in subject_before(doc, sent, i) if e.type == "PER"]
    if len(people) >= 2:
        return True
    toks = sent.tokens
    if i > 0 and toks[i - 1].pos == "AUX" and i + 1 < len(toks) and fold(toks[i + 1].text) == "with":
        # "prospects were discussed with its Director-General X": the talks of X and the article's actor
        return any(e.type == "PER" for e in counterparts(doc, sent, *object_span(sent, i + 1)))
    for k in range(i + 1, len(toks) - 1):
        if toks[k].text in (".", ";") or toks[k].pos == "VERB":
            break
        if fold(toks[k].text) == "with":
            return bool(people) and any(e.type == "PER" for e in counterparts(doc, sent, *object_span(sent, k)))
    return False


def receives_person(doc: Doc, sent: Sent, b: int) -> bool:
    """Is a person (or a delegation) the object? States and bodies on the way may be in a
    title: "received the President of the Republic of Chile Jorge Vargas"."""
    toks = sent.tokens
    for k in range(b, object_span(sent, b)[1]):
        e = entity_at(doc, toks[k])
        if e is not None and (e.type == "PER" or e.group):
            return True
        if fold(toks[k].text) in meeting_words("en", "delegation") and k + 2 < len(toks) \
                and fold(toks[k + 1].text) in ("of", "from") and any(
                    (x := entity_at(doc, t)) is not None and x.type in ("ORG", "GPE") for t in toks[k + 2:k + 6]):
            return True       # "received a delegation of the Japanese company X": the body's people
        if toks[k].text in (".", ";") or toks[k].pos == "VERB" and toks[k].feats.get("Tense") == "Past" \
                and not reduced_passive(toks, k):
            return False
    return office_met(doc, sent, b)


def office_met(doc: Doc, sent: Sent, b: int) -> bool:
    """"received the Ambassador of Chile", "met the Kazakh Foreign Minister": an office whose
    holder the article does not name, opening the object, stands for its holder's state
    (counterparts.py), so someone was received; not "met the demand", "received an award"."""
    x, y = object_span(sent, b)
    head = next((k for k in range(x, min(y, x + OFFICE_OPENS))
                 if word_keys(sent.tokens[k].text, "en") & office_heads()), None)     # "his counterparts from"
    return head is not None and bool(counterparts(doc, sent, x, y))


def meets_someone(doc: Doc, sent: Sent, b: int) -> bool:
    toks = sent.tokens
    while b < len(toks) and toks[b].pos == "ADV" and toks[b].text.islower():
        b += 1        # "met today with", "met separately with": an adverb between the verb and its partner
    if fold(toks[b - 1].text) == "with" or b < len(toks) and fold(toks[b].text) in ("with", "on", "in", "at", "."):
        return True
    return receives_person(doc, sent, b) or len(subject_before(doc, sent, b - 1)) > 1


def body_visited(doc: Doc, sent: Sent, b: int) -> list:
    """"Sokolov also had a meeting in Mongolia's Foreign Ministry": a ministry or office where
    one person held a meeting sits across the table as a body."""
    toks = sent.tokens
    if b >= len(toks) or fold(toks[b].text) not in ("in", "at"):
        return []
    for t in toks[b + 1:b + 5]:
        e = entity_at(doc, t)
        if e is not None and e.type == "ORG" and not e.group \
                and set(fold(e.name).split()) & meeting_words("en", "public_body"):
            return [e]
        if e is None and t.pos not in ("DET",) and t.text not in ("'s", "’s"):
            return []
    return []


APPEAL_REACH = 12       # "called on the President of X, Y, to ...": the infinitive within these tokens


def receives_not_says(sent: Sent, a: int, b: int, person_object) -> bool:
    """Is the speech verb toks[a:b] a reception or a visit of courtesy, not words? "welcomed Turkish
    President X" and "X was welcomed by Y" (HOSTING), "called on Vice President X" (not "called on X
    to act"). `person_object()` tells whether a person is the verb's object."""
    toks = sent.tokens
    if toks[a].lemma in HOSTING and person_object() or a > 0 and toks[a - 1].lemma == "be" \
            and b < len(toks) and fold(toks[b].text) == "by":
        return True
    return calls_on(toks, a, b) and person_object() and not calls_to_act(sent, b)


HOSTING = {"welcome", "greet"}


def calls_on(toks, a: int, b: int) -> bool:
    """Is toks[a:b] the phrasal verb "call on" / "call upon"?"""
    return b - a == 2 and toks[a].lemma == "call" and fold(toks[a + 1].text) in ("on", "upon")


def calls_to_act(sent: Sent, b: int) -> bool:
    """"called on X to speed up the talks": an appeal to act, not a visit ("called on X")."""
    toks = sent.tokens
    for k in range(b, min(len(toks) - 1, b + APPEAL_REACH)):
        if toks[k].text in (".", ";"):
            return False
        if fold(toks[k].text) == "to" and toks[k + 1].pos in ("VERB", "AUX") and toks[k + 1].text.islower():
            return True
    return False


def clauses(sent: Sent) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a sentence that may each tell a meeting: split after a comma
    at a word that opens a clause of its own ("A held talks with B, while C met D")."""
    toks = sent.tokens
    cuts = [k for k in range(1, len(toks)) if toks[k - 1].text == "," and toks[k].text.islower()
            and fold(toks[k].text) in meeting_words("en", "clause_break")]
    bounds = [0] + cuts + [len(toks)]
    return list(zip(bounds, bounds[1:]))
