"""Who carries out an English project and where, read in the sentence that tells it: the
organisation in the project's phrase ("a campus of X in Y"; a programme "at Oxford" is run by the
institution known by its town's name), the agent after it ("built by X", "a tyre plant by X"), the
subject of the act ("The EBRD announced plans to open", "X signed an agreement to build"), those
project_links.owner_in_sentence finds, and in a quote "we" who build, the speaker's side.
"""
from __future__ import annotations

import re

from ...doc import Doc, Entity, Sent, Span
from ...nlp.match import fold
from ..context import free_id, mentions_in
from ..projects import project_words
from .agreement_sides import signers_before
from .clause import chain_start, in_quote, mention_at, subject_before
from .counterparts import state_entity
from .project_builders import builder_chosen
from .lexicons import bodies
from .project_deals import invested_sum, paid_by
from .project_links import named_back, owner_in_sentence, possessor
from .project_lists import where_place
from .project_stages import stage_at


def owner_and_place(doc: Doc, sent: Sent, name: Span, kind: str, end: int, trig: int) -> tuple[str | None, str | None]:
    """The owner and the place of a project named `name` (its phrase ending at token `end`),
    made a project by the stage word at token `trig`."""
    owner, location = _owner_location(doc, sent, name, kind)
    owner = owner or builder_chosen(doc, sent, trig) or built_by(doc, sent, end) or owner_by(doc, sent, end) or passive_agent(doc, sent, trig) \
        or possessor(doc, sent, name) or subject_owner(doc, sent, trig) or with_partner(doc, sent, end) \
        or owner_in_sentence(doc, sent, trig) or speaker_state(doc, sent, trig) or paid_by(doc, sent, end)
    return owner, location


FINANCING = ("financing", "funding")
INSTITUTION_KINDS = ("programme", "campus", "school", "research_centre", "university", "office")


def named_last(doc: Doc, toks: list, k: int) -> str | None:
    """"the company was ready to open": the organisation named last; "the region was building":
    the place named last with that word in its name (its authorities build)."""
    if k < 2 or fold(toks[k - 2].text) != "the" or not toks[k - 1].text.islower():
        return None
    word = fold(toks[k - 1].text)
    if word in project_words("en", "place"):
        kinds, fits = ("LOC",), lambda e: word in fold(e.name).split()
    elif bodies().match_at([toks[k - 1]], 0):
        kinds, fits = ("ORG",), lambda e: not e.group
    else:
        return None
    named = [(m.start, e) for e in doc.entities if e.type in kinds and fits(e)
             for m in e.mentions if m.end <= toks[k - 2].start]
    return max(named, key=lambda x: x[0])[1].id if named else None


def built_by(doc: Doc, sent: Sent, end: int) -> str | None:
    """"The substation, built by X, ...", "the plant operated by X", "the line, which will be
    carried out by X": the agent of the participle right after the project's phrase."""
    toks = sent.tokens
    k = end + 1 if end < len(toks) and toks[end].text == "," else end
    if k < len(toks) and fold(toks[k].text) in ("which", "that"):
        k += 1
        while k < len(toks) and toks[k].pos == "AUX":
            k += 1
    elif k + 2 < len(toks) and fold(toks[k].text) == "to" and fold(toks[k + 1].text) == "be":
        k += 2        # "the hub, to be built by X and Y,"
    by = k + 2 if k + 2 < len(toks) and fold(toks[k + 1].text) in ("out", "up") else k + 1
    w = fold(toks[k].text) if k < len(toks) else ""      # not "financed by X": X pays (project_deals.paid_by)
    if by + 1 < len(toks) and toks[k].text.islower() and (w.endswith("ed") and w not in project_words(
            "en", "paid") or w in ("built", "run")) and fold(toks[by].text) == "by":
        hits = mentions_in(doc, toks[by].end, sent.end, ("ORG",))
        return hits[0][1].id if hits and (hits[0][0].start - toks[by].end < 30 or names_only(
            [t for t in toks[by + 1:] if t.end <= hits[0][0].start])) else None
    return None


def names_only(between: list) -> bool:
    """"delivered by Geoscience Australia and Uzbekistan's State Geology Committee": only names
    joined by "and" (a body not recognised, a state's possessive) before the first body found."""
    return len(between) <= 6 and all(t.text[:1].isupper() or fold(t.text) in ("and", "the", "'s", "’s") for t in between)


def passive_agent(doc: Doc, sent: Sent, trig: int) -> str | None:
    """"A plant ... will be launched in 2027 by South Korea's X": the agent of the passive stage
    verb, past a date or a place (no comma) before "by"."""
    toks = sent.tokens
    if not (0 < trig < len(toks) and toks[trig - 1].pos == "AUX" and fold(toks[trig].text).endswith(("ed", "built"))):
        return None
    by = next((k for k in range(trig + 1, min(len(toks), trig + 6)) if fold(toks[k].text) == "by"), None)
    if by is None or any(t.text == "," or t.pos == "VERB" for t in toks[trig + 1:by]):
        return None
    hits = mentions_in(doc, toks[by].end, sent.end, ("ORG",))
    return hits[0][1].id if hits and hits[0][0].start - toks[by].end < 30 else None


def with_partner(doc: Doc, sent: Sent, end: int) -> str | None:
    """"The sides agreed to launch a joint programme ... with Atyrau University": the body the
    project is done with, right after its phrase, carries it out where no one else is named."""
    toks = sent.tokens
    k = next((j for j in range(end, min(len(toks), end + 4)) if fold(toks[j].text) == "with"), None)
    if k is None or any(t.text == "," or t.pos == "VERB" and not t.text.endswith("ing") for t in toks[end:k]):
        return None       # ("a programme in petroleum engineering with": the field's "-ing" word is no verb)
    n = k + 1 + (k + 1 < len(toks) and fold(toks[k + 1].text) == "the")
    hit = mention_at(doc, toks[n]) if n < len(toks) else None
    return hit[1].id if hit is not None and hit[1].type == "ORG" and not hit[1].group else None


def owner_by(doc: Doc, sent: Sent, end: int) -> str | None:
    """"a tyre plant by the Chinese company X": the organisation right after "by" builds it
    (words of its description only in between, no date or sum)."""
    toks = sent.tokens
    if end >= len(toks) or fold(toks[end].text) != "by":
        return None
    hits = mentions_in(doc, toks[end].end, sent.end, ("ORG",))
    if not hits:
        return None
    between = [t for t in toks[end + 1:] if t.end <= hits[0][0].start]
    if all(fold(t.text) in project_words("en", "by") or t.pos == "ADJ" or t.pos == "PROPN" and t.text[:1].isupper()
           for t in between) and len(between) <= 4:
        return hits[0][1].id
    return None


PLACE_PREP = re.compile(r"\b(in|at|on|over|across|near)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
                        r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+)?"
                        # "in the city of X", "in the industrial zone of the city of X"
                        r"(?:(?:[a-z-]+\s+){0,3}?(?:of\s+the\s+)?(?:city|town|village|settlement)\s+of\s+)?$")


def place_prep(before: str, river: bool = False) -> str:
    """"in", "at" or "" before a place: "in the Shu district", "in northern Kazakhstan's Kostanay region";
    "near" a place is "in" it; "on" a river or a shore is "in" it ("plants on the Chu River", "a bridge
    over the Kura"), said of nothing else."""
    m = PLACE_PREP.search(before)
    word = m.group(1).lower() if m else ""
    if word == "near":
        return "in"       # "the wind farm near Zaisan": where it stands, as far as the news says
    return ("in" if river else "") if word in ("on", "over", "across") else word


def speaker_state(doc: Doc, sent: Sent, trig: int) -> str | None:
    """'"We are ready to build the plant," the president said': "we" in a quote, the subject of
    the verb the project hangs on (read from the parse), is the speaker's side: the body the
    speaker heads ("we" of a company's chairman is the company), else the speaker's state."""
    toks = sent.tokens
    k = trig
    for _ in range(4):
        subj = [c for c, t in enumerate(toks) if t.head == k and t.rel in ("nsubj", "nsubj:pass")]
        if subj:
            if fold(toks[subj[0]].text) != "we" or not in_quote(doc, toks[subj[0]].start):
                return None
            break
        k = toks[k].head
        if not 0 <= k < len(toks):
            return None
    else:
        return None
    at = toks[subj[0]].start
    for v in doc.events:
        if v.type == "statement" and v.attrs.get("direct") and any(e.start <= at < e.end for e in v.evidence):
            speaker = doc.entity(v.attrs["speaker"])
            org = next((r.org for r in (speaker.roles if speaker else []) if r.org and doc.entity(r.org)), None)
            if org is not None:
                return org
            state = state_entity(doc, speaker.country, toks[subj[0]]) if speaker and speaker.country else None
            return state.id if state is not None else None
    return None


def subject_owner(doc: Doc, sent: Sent, trig: int) -> str | None:
    """"The EBRD announced plans to open a new office": who builds or opens is the subject."""
    toks = sent.tokens
    k = trig
    while k > 0 and toks[k - 1].pos in ("DET", "ADJ"):
        k -= 1            # "completed the construction": the verb before the noun
    invest = k > 1 and fold(toks[k - 1].text) in ("in", "into") \
        and toks[k - 2].lemma in project_words("en", "invest")
    carry = toks[trig].lemma in project_words("en", "carry") | project_words("en", "invest")  # "Latvia is working on"
    if invest or (put := invested_sum(toks, k)) is not None:
        k = k - 2 if invest else put      # "Latvia invests (a sum) in the construction of": the investor builds
        invest = True
    elif fold(toks[trig].text) in FINANCING and (v := next((j for j in range(trig - 1, max(-1, trig - 8), -1)
                                                             if toks[j].pos == "VERB"), None)) is not None:
        k = v             # "X secured $500 million in financing for a plant": who is financed builds
    elif k > 1 and fold(toks[k - 1].text) == "in" and fold(toks[k - 2].text) in ("part", "participate", "involved"):
        k -= 3 if fold(toks[k - 2].text) == "part" else 2     # "X will take part in the modernisation of"
    k = chain_start(toks, k)
    while k > 0 and toks[k - 1].pos == "VERB" and toks[k - 1].text != ",":
        k = chain_start(toks, k - 1)      # "announced plans to open": announced is the subject's
    doc_at = k - 1
    worth = next((j for j in range(k - 1, max(0, k - 6), -1) if fold(toks[j].text) == "worth"), None)
    if worth is not None and all(t.pos == "NUM" or t.text in ("$", "€", "£") or fold(t.text) in ("million", "billion")
                                 for t in toks[worth + 1:k]):
        doc_at = worth - 1        # "signed a grant agreement worth $12 million to set up": the sum between
    hit = mention_at(doc, toks[doc_at]) if doc_at > 0 else None
    w = next((j for j in range(doc_at, -1, -1) if toks[j].start < hit[0].start), 0) if hit else 0
    while w > 0 and fold(toks[w].text) == "the":
        w -= 1
    if hit is not None and fold(toks[w].text) == "with":
        doc_at = w - 1            # "signed an agreement with the region's administration to build"
    sign = next((j for j in range(doc_at - 1, max(-1, doc_at - 5), -1)
                 if toks[j].lemma in ("sign", "ink", "conclude", "pen")), None)
    if doc_at > 0 and toks[doc_at].lemma in project_words("en", "document") and sign is not None:
        k = chain_start(toks, sign)       # "X signed an agreement to build": the signer builds
    if k > 1 and fold(toks[k - 1].text) in ("which", "that", "who") and toks[k - 2].text == ",":
        k -= 2            # "Cardiff University, which plans to open a campus"
    for e in subject_before(doc, sent, k) or signers_before(doc, sent, k):    # also 'JSC "X" will build'
        if e.type == "ORG" and not (e.group and fold(e.name).split()[-1] in ("sides", "parties")) \
                or (invest or carry) and e.type == "GPE":
            return e.id
        if e.type == "PER":
            # "Von der Leyen announced a package": the body the person heads carries it out
            org = next((r.org for r in e.roles if r.org and doc.entity(r.org) is not None
                        and doc.entity(r.org).type == "ORG"), None)
            if org is not None:
                return org
    return named_last(doc, toks, k) or lone_firm(doc, sent, k)


def lone_firm(doc: Doc, sent: Sent, k: int) -> str | None:
    """"In particular, Avtovaz plans to open a plant": a lone capitalised word right before the
    act, no name, state or place the article knows, is the firm that builds (an ORG made here:
    the tagger reads one unknown word as no entity)."""
    from ..gazetteer import gazetteer
    from ...nlp.english import vocabulary
    from .lexicons import calendar_words, given_names, looks_like_surname
    toks = sent.tokens
    j = k - 1
    if j < 0 or toks[j].pos != "PROPN" or not toks[j].text.isalpha() or len(toks[j].text) < 3 \
            or not toks[j].text[:1].isupper() or mention_at(doc, toks[j]) is not None:
        return None
    if j > 0 and (toks[j - 1].text[:1].isupper() or toks[j - 1].pos in ("DET", "ADP")):
        return None       # one word of a longer name, "the Avtovaz plant", "on Monday visited"
    word = toks[j].text
    known = vocabulary() | calendar_words()        # "Officials", "Thursday": words, not firms
    if fold(word) in given_names() or looks_like_surname(word) or gazetteer("en").cues_in(word) \
            or gazetteer("en").names.match_at([toks[j]], 0) or {fold(word), fold(word)[:-1]} & known:
        return None
    if j == 0 and not re.search(r"[a-z,] " + re.escape(word) + r"\b", doc.text):
        return None       # "Officials plan to": the first word is capitalised anyway; a name is so elsewhere too
    mention = Span(toks[j].start, toks[j].end, word, type="ORG", normal=word, source="lone_firm")
    firm = Entity(id=free_id(doc, "e", len(doc.entities) + 1), type="ORG", name=word, mentions=[mention],
                  key=fold(word))
    doc.entities.append(firm)
    return firm.id


def _owner_location(doc: Doc, sent: Sent, name: Span, kind: str) -> tuple[str | None, str | None]:
    owner = location = named_in = None
    at_place = None
    for mm, e in mentions_in(doc, name.start, min(sent.end, name.end + 1)):
        prev = place_prep(doc.text[max(sent.start, mm.start - 40):mm.start], e.type == "LOC")
        if e.type == "ORG" and prev.endswith("at") and kind not in INSTITUTION_KINDS:
            location = location or e.id     # "a logistics centre at the X Sea Port": the site, not the builder
        elif e.type == "ORG" and owner is None and not e.group and mm.start != name.start:
            owner = e.id
        elif e.type in ("LOC", "GPE"):
            if prev.endswith("at") and at_place is None:
                at_place = e
            elif prev.endswith("in") and (location is None or e.type == "LOC" and doc.entity(location).type == "GPE"):
                location = e.id       # "in northern Kazakhstan's Kostanay region": the region
            elif e.type == "LOC" and fold(doc.text[max(name.start, mm.start - 4):mm.start]).strip() == "of":
                named_in = named_in or e.id   # "the terminal of Dushanbe airport": its place, if no "in" says
    inside = [(mm, e) for mm, e in mentions_in(doc, name.start, name.end, ("LOC",)) if mm.end < name.end]
    town = [e.id for mm, e in inside if re.match(r" [a-z]", doc.text[mm.end:name.end])]     # "the Sary hydropower plant"
    location = location or named_in or next((e.id for mm, e in inside if e.id not in town), None)   # "the A – B railway line"
    if owner is None:
        owner = named_back(doc, name)
    if owner is None:
        # "The plant will be built by German company Svevind Energy": the agent
        rest = [t for t in sent.tokens if t.start >= name.end]
        for k, t in enumerate(rest[:-1]):
            if fold(t.text) == "by" and k > 0 and stage_at(rest, k - 1) and fold(rest[k - 1].text) not in project_words(
                    "en", "paid"):        # not "financed by X" (project_deals.paid_by)
                for mm, e in mentions_in(doc, rest[k + 1].start, sent.end, ("ORG",)):
                    owner = e.id
                    break
                break
    if location is None:
        # "construction of a plant began in Atyrau": a place later in the sentence
        for mm, e in mentions_in(doc, name.end, sent.end, ("LOC", "GPE")):
            if place_prep(doc.text[max(sent.start, mm.start - 40):mm.start], e.type == "LOC").endswith("in") \
                    and (location is None or e.type == "LOC"):
                location = e.id
                if e.type == "LOC":
                    break     # a state may yet be followed by its region
    location = location or (town[0] if town else None) or where_place(doc, sent, name)   # "... on the Chatkal River" first
    if at_place is not None:
        # "a Kazakh language program at Oxford": at a university town means at its university
        if owner is None and kind in INSTITUTION_KINDS and at_place.type == "LOC":
            owner = at_place.id
        elif location is None:
            location = at_place.id
    return owner, location
