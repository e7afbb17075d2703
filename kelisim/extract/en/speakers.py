"""Who may be the speaker of a statement in English news: a person or a group of persons, not a
ministry, agency or press service that only reports the news, nor the person whose office,
press service or spokesman it is ("the Prime Minister's office said") (GOLD.md)."""
from __future__ import annotations

import re
from functools import cache

from ...doc import Doc, Entity, Token
from ...lang import folded, lexicon, words
from ...nlp.match import fold
from ..context import protagonist
from ..speakers import sources, speaker_ok as shared_speaker_ok
from .clause import entity_at, subject_before


def source_of(before: list) -> bool:
    """"as the press service of X reports", "the spokesman of X": X's office reports, X does not
    speak (lang/en/sources.txt)."""
    words_ = [fold(t.text) for t in before]
    return any(w in sources("en") and nxt == "of" for w, nxt in zip(words_, words_[1:]))


def owned_source(doc: Doc, toks: list, k: int) -> bool:
    """"the Prime Minister's office said", "the President's press office announced": the
    person named at token k only owns the office that reports."""
    e = entity_at(doc, toks[k])
    n = k
    while n < len(toks) and entity_at(doc, toks[n]) is e:
        n += 1
    if n >= len(toks) or toks[n].text not in ("'s", "’s"):
        return False
    return any(fold(t.text) in sources("en") for t in toks[n + 1:n + 4])


# State bodies that may take a position of their own: "the Kazakh Ministry of Foreign Affairs
# expressed condolences", "the Foreign Ministry condemned the attack".
STATE_BODIES = {"ministry", "government", "cabinet", "parliament", "senate", "mazhilis", "majilis", "union", "council"}


@cache
def reporting_verbs() -> frozenset[str]:
    """The first lemma of each verb of speech by which a body only carries news (lang/en/speech.tsv)."""
    return frozenset(r[0].split()[0] for r in lexicon("en", "speech.tsv") if len(r) > 2 and r[2] == "report")


def body_position(e: Entity | None, verb: Token) -> Entity | None:
    """A state body that takes a position with a verb that is more than reporting speaks (GOLD.md:
    a ministry that merely reports the news is a source)."""
    if e is None or e.type != "ORG" or e.group or (verb.lemma or fold(verb.text)) in reporting_verbs():
        return None
    words = _name_words(e)
    return e if words & STATE_BODIES and not words & (sources("en") | {"agency", "embassy"}) else None


def unnamed_source(e: Entity, verb: Token) -> bool:
    """"..., Uzbek officials said": people not named who only report carry the news
    (lang/en/unnamed_sources.txt); "both officials", "the two officials" are the sides of the talks."""
    name = fold(e.name).split()
    return e.group and bool(name) and name[-1] in words("en", "unnamed_sources.txt") \
        and not {"both", "two"} & set(name) and (verb.lemma or fold(verb.text)) in reporting_verbs()    # "Both officials noted": the sides


def _name_words(e: Entity) -> set[str]:
    return {fold(w) for w in e.name.split()}


_STATEMENT_SAYS = re.compile(r"(?:the|its|a)\s+(?:[\w'’-]+\s+){0,3}?(?:statement|communiqu[eé]|press release)\s+"
                             r"(?:reads|read|says|said|stated|noted|added)\b", re.I)


def document_speaker(doc: Doc, at: int, end: int) -> Entity | None:
    """'"...," the statement reads': the words of a statement are those of the state body the
    article named last before them as taking a position."""
    if not _STATEMENT_SAYS.match(doc.text, at, end):
        return None
    named = [(m.start, e) for e in doc.entities if e.type == "ORG" and not e.group for m in e.mentions
             if m.start < at and _name_words(e) & STATE_BODIES]
    return max(named, key=lambda x: x[0])[1] if named else None


def office_speaker(doc: Doc, sent, k: int) -> Entity | None:
    """"According to the Omani minister, ...": an office the article gives no name for speaks
    for its state, as it sits at the table for it (en/counterparts.py)."""
    from ...nlp.match import word_keys
    from .counterparts import counterparts, office_heads
    toks = sent.tokens
    end = next((n for n in range(k, min(len(toks), k + 9)) if toks[n].text == ","), None)
    if end is None or not any(word_keys(t.text, "en") & office_heads() for t in toks[k:end]) \
            or any(e is not None and e.type == "PER" for e in (entity_at(doc, t) for t in toks[k:end])):
        return None
    found = counterparts(doc, sent, k, end)
    return found[0] if len(found) == 1 and found[0].type == "GPE" else None


OWN_WORDS = {"words", "view", "opinion"}


def attributed_at(toks: list, n: int) -> int | None:
    """Where the speaker stands in "according to X, ..." and "in his words, ...": the token
    after "according to", or the possessive of "in his words"."""
    w = [fold(t.text) for t in toks[n:n + 4]]
    if w[:2] == ["according", "to"]:
        return n + 2
    if len(w) == 4 and w[:2] == ["in", "the"] and w[2] in OWN_WORDS and w[3] == "of":
        return n + 4          # "in the view of X, ..."
    return n + 1 if len(w) >= 3 and w[0] == "in" and w[1] in ("his", "her") and w[2] in OWN_WORDS else None


def words_owner(doc: Doc, sent, k: int) -> Entity | None:
    """"In his words, ...": read as "he" is (en/coref.py): opening a sentence, the subject of the
    sentence before; else the person named last before, outside quotes."""
    from .coref import subject_of, mentions_before
    if fold(sent.tokens[k].text) not in ("his", "her"):
        return None
    before = [e for _, e in mentions_before(doc, sent.tokens[k].start) if speaker_ok(e)]
    prev = [s for s in doc.sents if s.end <= sent.start]
    subj = subject_of(doc, prev[-1]) if k == 1 and prev else None
    return subj if subj in before else before[-1] if before else None


def side_person(doc: Doc, sent, i: int) -> Entity | None:
    """"The Omani side (delegation) expressed interest in ...": the subject "the <state> side" is that state's
    one person named before, outside quotes (the one at the table)."""
    from ..gazetteer import gazetteer
    from .coref import mentions_before
    w = [t.text for t in sent.tokens[:i]]      # "The Uzbek side, in turn, stressed"
    code = gazetteer("en").cue(w[1]) if len(w) >= 3 and fold(w[0]) == "the" and fold(w[2]) in ("side", "delegation") \
        else None
    if code is None or len(w) > 3 and w[3] != "," and sent.tokens[3].pos != "ADV":
        return None
    people = {e.id: e for _, e in mentions_before(doc, sent.start) if e.country == code and speaker_ok(e)}
    return next(iter(people.values())) if len(people) == 1 else None


def speaker_ok(e: Entity | None) -> bool:
    return shared_speaker_ok(e, "en")


def co_speakers(doc: Doc, sent, i: int, speaker: Entity) -> list[Entity]:
    """"A and B reaffirmed their commitment": every person conjoined in the subject of the verb of
    speech at token i says it, read from the parse (nlp/frames.py)."""
    from ...nlp.frames import arg_tokens, frames_in
    toks = sent.tokens
    if i >= 2 and fold(toks[i - 1].text) == "who" and toks[i - 2].text == ",":
        # "spoke with A and B, who congratulated him": a relative after persons joined by "and" is both
        people = [e for e in subject_before(doc, sent, i) if e.type == "PER" and not e.group]
        return [e for e in people if e is not speaker and speaker_ok(e)] if speaker in people else []
    frame = next((f for f in frames_in(doc, sent) if f.pred == i and f.kind == "verb"), None)
    if frame is None:
        return []
    own = {j for a in frame.role(doc.lang, "agent") for j in a.tokens}
    # a conjunct joined by "and" (a comma alone sets off an apposition: "the adviser to A, B,"),
    # also one the parser hung on a word inside the subject rather than on its head
    joined = {j for d, t in enumerate(toks) if t.rel == "conj" and (t.head in own or d in own)
              and any(c.head == d and c.rel == "cc" for c in toks) for j in arg_tokens(sent, d)}
    if not joined:
        return []         # "the president's adviser X said": one speaker, however many names
    words = sorted(own | joined)
    people: list[Entity] = []
    for j in words:
        e = entity_at(doc, toks[j])
        if e is not None and e.type == "PER" and not e.group and e not in people:
            people.append(e)
    return [e for e in people if e is not speaker and speaker_ok(e)] if speaker in people else []


def joint_sides(doc: Doc, subj: list[Entity], verb: Token) -> Entity | None:
    """"The EU and Uzbekistan reaffirmed their commitment", "Latvia and Chile stressed": states or
    bodies of two sides or more named together as the subject take a joint position, whose speaker
    is the sides (GOLD.md), not the first one named. A state is among them: bodies alone, or two of one
    state, are no sides; and bodies that only report carry the news (GOLD.md: sources)."""
    from ..groups import group_entity
    sides = [e for e in subj if e.type in ("GPE", "ORG") and not e.group]
    codes = [e.country for e in sides if e.country]
    if len(sides) < 2 or len(sides) != len(subj) or len(set(codes)) < len(codes) or all(e.type == "ORG" for e in sides):
        return None       # ("the Ministry of Energy and the Ministry of Finance stressed": one side)
    if any(e.type == "ORG" for e in sides) and (verb.lemma or fold(verb.text)) in reporting_verbs():
        return None
    told = {fold(e.name): e for e in doc.entities if e.group and fold(e.name).split()[-1:] == ["sides"]}
    return group_entity(doc, told, fold(next(iter(told), "the sides")), "the sides", [])


def introduced(doc: Doc, sent, speech) -> Entity | None:
    """The speaker of an intro ending in ":" ("Closing the briefing, the Minister said:", or a
    release's heading "Quotes attributable to Minister X:")."""
    toks = sent.tokens
    heading = quote_heading(doc, sent)
    if heading is not None:
        return heading
    for m in speech().finditer(toks):
        if m.end < len(toks) - 2 and toks[m.end].text != ":" or fold(toks[m.start].text) in ("to",):
            continue        # the verb ends the intro: "the Minister said:", also where his words follow it
        ok = [e for e in subject_before(doc, sent, m.start) if speaker_ok(e)]
        if ok:
            return ok[0]
        hero = protagonist(doc)        # "the Minister said:": the article's actor
        return hero if hero is not None and any(t.text[:1].isupper() or t.pos == "PRON"
                                                for t in toks[:m.start]) else None
    return None


def quote_heading(doc: Doc, sent) -> Entity | None:
    """"Quotes attributable to Minister X:": a release's heading over the person's quoted
    paragraphs (lang/en/quote_headings.txt); the person it names, or None."""
    low = " ".join(fold(t.text) for t in sent.tokens)
    if not any(low.startswith(h + " ") for h in folded("en", "quote_headings.txt")):
        return None
    people = [e for t in sent.tokens if (e := entity_at(doc, t)) is not None and e.type == "PER"]
    return people[-1] if people else None     # its name ends the heading ("the Minister for Trade, X:")


def opened_by(toks, i: int) -> bool:
    """"began by congratulating X", "concluded by thanking Y": the "-ing" verb of speech is the words
    of the subject of the verb before "by" (lang/en/speech_openers.txt)."""
    return i >= 2 and toks[i].text.endswith("ing") and fold(toks[i - 1].text) == "by" \
        and fold(toks[i - 2].text) in words("en", "speech_openers.txt")


def participle_of(toks, i: int, finite) -> int | None:
    """"Leaders met in Samarkand, pledging to expand trade": an "-ing" verb of speech after a comma
    says what the subject of the sentence's first verb said; that verb's index (None if none)."""
    if i < 2 or not toks[i].text.endswith("ing") or toks[i - 1].text != "," or not toks[i].text.islower():
        return None
    return next((k for k in range(i - 1) if finite(toks[k]) and toks[k].pos == "VERB"), None)
