"""What the rest of an English article adds to a project its sentence leaves open: the company
in a sentence that comes back to "the plant" or "the project" with a word of investing, building
or founding ("X will build the plant", "founded by X", "the investment from X"), the place such a
sentence gives ("will be located near X in Y"), and a later stage ("the refinery has been
commissioned"); in any sentence, the company an agreement is made with ("an agreement with X for
the construction of") or of a person there ("X CEO Y"), or a state's mission ("opening the Kazakh
Consulate General"); the body a project's name names again by its head word ("an office of the academy").
"""
from __future__ import annotations

from functools import cache

from ...doc import Doc, Entity, Event, Sent, Span
from ...nlp.match import PhraseMatcher, fold
from ..context import body_sents, mentions_in
from ..gazetteer import gazetteer
from ..projects import project_words, stage_words
from .clause import in_quote, modality
from .counterparts import state_entity


def company(e: Entity) -> bool:
    words = fold(e.name).split()
    # "the South Korean company X": a state's adjective read as a name is no company
    return e.type == "ORG" and not e.group and bool(words) and not (set(words) & project_words("en", "public")) \
        and gazetteer("en").cue(e.name) is None


def owner_in_sentence(doc: Doc, sent: Sent, trig: int) -> str | None:
    toks = sent.tokens
    # "the wind farm that Najm Renewables is building": the relative clause's subject builds it
    k = trig - 1
    while k > 0 and toks[k].pos == "AUX":
        k -= 1
    rel = next((j for j in range(k, max(0, k - 5), -1) if fold(toks[j].text) in ("that", "which")), None)
    if rel is not None and k < trig - 1:
        found = [e for _, e in mentions_in(doc, toks[rel].end, toks[k].end, ("ORG", "PER"))]
        if found:
            return found[0].id
    for k in range(trig - 1, 0, -1):
        if fold(toks[k].text) == "with":
            for _, e in mentions_in(doc, toks[k].end, toks[trig].start, ("ORG",)):
                if company(e):
                    return e.id
            break
    # "opening the Kazakh Consulate General": a state's mission is the state's
    if toks[trig].text.islower():
        for t in toks[trig + 1:trig + 4]:
            code = gazetteer("en").cue(t.text) if t.text[:1].isupper() else None
            nxt = toks[toks.index(t) + 1] if toks.index(t) + 1 < len(toks) else None
            if code and nxt is not None and fold(nxt.text) in project_words("en", "mission"):
                state = state_entity(doc, code, t)
                return state.id if state is not None else None
    # "gratitude to the Mongolian side for launching the ferry line": who is thanked for it did it
    if trig >= 3 and fold(toks[trig - 1].text) == "for" and fold(toks[trig - 2].text) in ("side", "government"):
        code = gazetteer("en").cue(toks[trig - 3].text)
        state = state_entity(doc, code, toks[trig - 3]) if code else None
        if state is not None:
            return state.id
    return signer_org(doc, sent)


def signer_org(doc: Doc, sent: Sent) -> str | None:
    """The firm or bank of the first person of the sentence who holds an office in one: a guess at
    the owner, which a builder named later replaces ("... signed by X, Director-General of the Y Fund";
    "The plant will be built by Z")."""
    for _, e in mentions_in(doc, sent.start, sent.end, ("PER",)):
        org = next((r.org for r in e.roles if r.org and doc.entity(r.org) is not None and company(doc.entity(r.org))),
                   None)
        if org is not None:
            return org
    return None


def _refers_back(sent: Sent, heads: set[str]) -> bool:
    """"the plant", "the joint cement plant", "this project": a definite mention of the project;
    not one set off after a name to describe it ("in Kokshetau, the administrative centre of")."""
    toks = sent.tokens

    def definite(k: int) -> bool:
        j = next((j for j in range(k - 1, max(-1, k - 4), -1) if fold(toks[j].text) in ("the", "its", "this")), None)
        return j is not None and not (j >= 2 and toks[j - 1].text == "," and toks[j - 2].text[:1].isupper())
    return any(fold(t.text) in heads and definite(k) or _works(toks, k) for k, t in enumerate(toks))


def _works(toks, k: int) -> bool:
    """"The works will be carried out by X": a noun of the work on the project told before, right
    after its determiner (lang/en/project_words.tsv "back_det"; not "the company works with")."""
    return k > 0 and fold(toks[k].text) in project_words("en", "back_det") and toks[k - 1].pos == "DET"


def _head_noun(words: list[str]) -> set[str]:
    """"logistics centre at the X port": the noun before the first preposition heads the name."""
    k = next((n for n, w in enumerate(words) if w in ("at", "in", "of", "on", "for", "near", "with")), len(words))
    return {words[k - 1]} if k > 0 else set()


def _follows(doc: Doc, sent: Sent, v: Event) -> bool:
    """"This was announced during a meeting with ...": the next sentence, opening on "this"/"it"."""
    return bool(sent.tokens) and fold(sent.tokens[0].text) in ("this", "it") and _next_to(sent, v)


@cache
def _progress() -> PhraseMatcher:
    """Stage words that say work has begun or ended (lang/en/project_stages.tsv)."""
    return PhraseMatcher("en").add_all((w, s) for w, s in stage_words("en").items() if s in ("in_progress", "completed")
                                       and " " in w or w in project_words("en", "progress"))


def _advance_stage(doc: Doc, sent: Sent, v: Event) -> None:
    """"laid the first stone of the refinery", "the refinery has been commissioned":
    an announced project whose sentences say work has begun is under way (or done)."""
    if v.attrs["stage"] != "announced":
        return
    toks = sent.tokens
    for m in _progress().finditer(toks):
        if toks[m.start].text[:1].isupper() and m.start > 0:
            continue          # "European Commission": a name, not a stage
        if not in_quote(doc, toks[m.start].start) and modality(doc, sent, m.start) == "asserted":
            v.attrs["stage"] = m.value
            return


def _tells_another(sent: Sent, v: Event, projects: list[Event]) -> bool:
    """The sentence tells another project, not v: its words of building are that one's."""
    here = lambda p: any(sent.start <= ev.start < sent.end for ev in p.evidence)
    return not here(v) and any(p is not v and here(p) for p in projects)


def _next_to(sent: Sent, v: Event) -> bool:
    return any(0 < sent.start - ev.end <= 3 for ev in v.evidence)


def fill_from_article(doc: Doc, projects: list[Event]) -> None:
    """Owner and place of projects from the sentences that come back to them."""
    building, placed = project_words("en", "building"), project_words("en", "placed")
    for v in projects:
        words = fold(v.attrs["name"]).split()
        own = ({words[-1]} if words else set()) | _head_noun(words)
        heads = project_words("en", "back") | own
        about = False        # the sentence before was about this project
        for sent in body_sents(doc):
            toks = sent.tokens
            if v.attrs["owner"] is None and _follows(doc, sent, v):
                v.attrs["owner"] = owner_in_sentence(doc, sent, len(toks) - 1)
            # "The project ... . It will be carried out by X": "it" goes on about the project
            went_on = about and bool(toks) and fold(toks[0].text) == "it"
            if _tells_another(sent, v, projects) and not any(fold(t.text) in own for t in toks):
                about = False
                continue      # "A plant will be built. X welcomed works on a complex, begun on the project in May"
            about = went_on or _refers_back(sent, heads) or any(sent.start <= ev.start < sent.end for ev in v.evidence)
            if not about and not (_next_to(sent, v) and any(fold(t.text) in heads or _works(toks, k)
                                                            for k, t in enumerate(toks))):
                continue
            if sent.end > min(ev.start for ev in v.evidence):
                _advance_stage(doc, sent, v)      # a sentence before the project is told is no later stage of it
            by = next((j for k, t in enumerate(toks[:-1]) if fold(t.text) in building and not in_quote(doc, t.start)
                       for j in (k + 1, k + 2)[:1 + (fold(toks[k + 1].text) == "out")]     # "carried out by"
                       if j < len(toks) and fold(toks[j].text) == "by"), None)
            # "The project will be implemented by the Ministry of X"; a builder named so replaces a
            # borrower state that only stood in for one (projects.py: owner_guessed)
            if (v.attrs["owner"] is None or v.attrs.get("owner_guessed")) and by is not None:
                hit = next(iter(mentions_in(doc, toks[by].end, sent.end, ("ORG", "GPE"))), None)
                if hit is not None and hit[0].start - toks[by].end < 30:
                    v.attrs["owner"], v.attrs["owner_guessed"] = hit[1].id, False
            if v.attrs["owner"] is None and any(fold(t.text) in building and not in_quote(doc, t.start) for t in toks):
                # not the builder of another project the sentence tells ("a plant by X, as well as the Y plant"),
                # nor a finance house where a builder is named too ("UK Export Finance will provide £250 million
                # to support the construction of a plant by X"; lang/en/project_words.tsv "finance_house")
                firms = [e for m, e in mentions_in(doc, sent.start, sent.end, ("ORG",))
                         if company(e) and e.id != v.attrs["location"] and not in_quote(doc, m.start)
                         and not _builds_other(sent, v, e.id, projects)]
                owner = next((e for e in firms if not set(fold(e.name).split()) & project_words("en", "finance_house")),
                             firms[0] if firms else None)
                if owner is not None:
                    v.attrs["owner"] = owner.id
            where = doc.entity(v.attrs["location"]) if v.attrs["location"] else None
            if (where is None or where.type == "GPE") and any(fold(t.text) in placed for t in toks):
                for m, e in mentions_in(doc, sent.start, sent.end, ("LOC",)):
                    before = doc.text[max(sent.start, m.start - 8):m.start].lower().split()
                    if before and before[-1] in ("in", "near", "the") and not in_quote(doc, m.start):
                        v.attrs["location"] = e.id
                        break


def possessor(doc: Doc, sent: Sent, name) -> str | None:
    """"Zarafshan Chemical's plant project was shelved": a company whose possessive stands right
    before the project's phrase carries it out (a state's is where it stands: "Kazakhstan's largest
    plant")."""
    k = next((n for n, t in enumerate(sent.tokens) if t.start >= name.start), None)
    toks = sent.tokens
    if k is None or k < 2 or toks[k - 1].text not in ("'s", "’s"):
        return None
    hits = [e for m, e in mentions_in(doc, sent.start, toks[k - 2].end, ("ORG",)) if m.end == toks[k - 2].end]
    return hits[0].id if hits and company(hits[0]) else None


def named_back(doc: Doc, name: Span) -> str | None:
    """"a regional office of the academy": the organisation named before by its head word."""
    words_ = name.text.split()
    for n, w in enumerate(words_[:-1]):
        if fold(w) == "the" and n > 0 and fold(words_[n - 1]) == "of":
            head = fold(words_[n + 1])
            orgs = [e for e in doc.entities if e.type == "ORG" and not e.group and e.first < name.start
                    and fold(e.name.split()[-1]) == head]
            if len(orgs) == 1:
                return orgs[0].id
    return None


def _builds_other(sent, v: Event, eid: str, projects: list[Event]) -> bool:
    """Is `eid` the builder of another project told in this sentence? Not of "a second plant": one
    more of the kind the firm builds says it builds the first one too."""
    return any(o is not v and o.attrs["owner"] == eid and not o.attrs.get("another")
               and any(sent.start <= ev.start < sent.end for ev in o.evidence) for o in projects)
