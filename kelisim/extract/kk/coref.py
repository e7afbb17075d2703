"""One actor, many mentions, in Kazakh: "ол" (he or she) as a subject and descriptions such as
"Мемлекет басшысы" linked to the person they mean.

- "ол" stands for the last person named before it when it is a subject: after a verb of speech
  ("—деді ол"), or opening a sentence or a clause and not followed by the noun it would point
  at as a demonstrative ("ол кезде", lang/kk/pronouns.tsv) unless a verb of speech ends the sentence
  ("Ол сапардың ... екенін атап өтті": a visit says nothing); a name inside the quote it closes
  is never what it stands for ("«Президенттің сапарына дайындалып жатырмыз», — деді ол": the
  speaker, not the president he speaks of);
- a description of lang/kk/descriptions.tsv that is not a title before a name joins the last
  person named before it whose office fits ("Мемлекет басшысы" -> the president named earlier);
  a home-state description no one named holds ("Елбасы") is the one person with no state or
  title of his own;
- "Тараптар" (the sides), "Екі ел басшылары" are one group actor, the speaker of joint positions.
"""
from __future__ import annotations

from functools import cache

from ...doc import Doc, Entity, Role, Span
from ...lang import folded, lexicon, words
from ...nlp.kazakh import fold, stem_keys
from ...nlp.match import is_abbr
from ..coref import body_head, link_pronouns, pronoun_genders, refer
from ..gazetteer import gazetteer
from ..groups import group_id
from ...nlp.frames import find_quotes
from .delegation_refs import member_groups
from .context import HOSTED, case_of, izafet_head, mentions_before
from .lexicon import home_state, matcher
from .offices import fits_office
from .orgs import head_stems
from .roles import mention_start, title_text
from .verbs import speech_verb

SIDES = "тараптар"


@cache
def collective_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(fold(w) for w in r[0].split()) for r in lexicon("kk", "collective.tsv")),
                        key=len, reverse=True))


def subject_pronoun(toks, i: int) -> bool:
    if fold(toks[i].text) not in pronoun_genders("kk"):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    opens = i == 0 or fold(toks[i - 1].text) in words("kk", "clause_openers.txt")
    noun = next((r[0] for r in lexicon("kk", "pronouns.tsv") if r[1] == "demonstrative" and nxt is not None
                 and r[0] in stem_keys(nxt.text)), None)
    if noun is not None:
        return opens and _speaker_before(toks, i, noun)
    if i > 0 and speech_verb(toks, i - 1) is not None:
        return True
    return opens


GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")


def _speaker_before(toks, i: int, noun: str) -> bool:
    """"Ол сапар(дың) ...": the noun bare or in the genitive ("ол кезде", "ол жылы" stay "that")."""
    w = fold(toks[i + 1].text)
    last = [k for k, t in enumerate(toks) if t.pos != "PUNCT" and k > i + 1][-3:]
    return (w == noun or w in {noun + g for g in GENITIVE}) and any(speech_verb(toks, k) for k in last)


def office_holder(doc: Doc, toks, before: int) -> Entity | None:
    """"деді бапкер", "деді қазақстандық министр": a bare office after a verb of speech means the
    last person named before it who holds that office (its last word), of the state an adjective
    before it names; None when no one named holds it ("дейді маман"). With a state named and no
    one holding the office by that word ("деді түрік депутаты" of a group's leader), the one
    person of that state named before is meant."""
    words = [t for t in toks if t.pos != "PUNCT"]
    if not words or len(words) > 3:
        return None
    state = gazetteer("kk").cue(words[0].text) if len(words) > 1 else None
    head = stem_keys(words[-1].text)
    people = [e for _, e in reversed(mentions_before(doc, before)) if e.type == "PER" and not e.group]
    for e in people:
        if state and e.country and e.country != state:
            continue
        if any(r.title and stem_keys(r.title.split()[-1]) & head for r in e.roles):
            return e
    of_state = {e.id: e for e in people if state and e.country == state}
    return next(iter(of_state.values())) if len(of_state) == 1 else None


def kazakh_coref(doc: Doc) -> None:
    """The Kazakh reader of the Coreference stage (coref.py)."""
    _descriptions(doc)
    link_pronouns(doc, lambda doc, sent, k: "" if subject_pronoun(sent.tokens, k) else None,
                  _candidates, lambda doc, person: "")
    _sides(doc)
    member_groups(doc)


def _sides(doc: Doc) -> None:
    """"Тараптар ... атап өтті": the sides named together are one group actor of the article
    (lang/kk/collective.tsv), a speaker of their joint positions."""
    group: Entity | None = None
    for sent in doc.sents:
        toks = sent.tokens
        words = [fold(t.text) for t in toks]
        k = 0
        while k < len(toks):
            n = next((len(p) for p in collective_phrases() if words[k:k + len(p)] == list(p)), 0)
            nxt = toks[k + n] if n and k + n < len(toks) else None
            state = nxt is not None and (e := doc.entity_at(nxt.start, nxt.end)) is not None and e.type in ("GPE", "LOC")
            if nxt is not None and (nxt.text[:1].isupper() and toks[k].text[:1].isupper() and not state
                                    and not is_abbr(nxt.text) or izafet_head(nxt)):
                n = 0         # "Министрлер Кабинетінің": the word qualifies the next, no actor;
                #               "Тараптар Қазақстан мен ЕО арасындағы ...", "Тараптар Орта дәліздің ...": a
                #               state or a place begins what they said;
                #               "тараптар ТМД аясындағы": no name opens with a lower-case word or
                #               goes on with an abbreviation
            if not n or doc.entity_at(toks[k].start, toks[k + n - 1].end) is not None:
                k += max(n, 1)
                continue
            a, b = toks[k].start, toks[k + n - 1].end
            if group is None:
                group = Entity(id=group_id(doc), type="ORG", name=doc.text[a:b].lower(),
                               group=True)
                doc.entities.append(group)
            group.mentions.append(Span(a, b, doc.text[a:b], source="group"))
            for alias in (doc.text[a:b].lower(), SIDES):
                if alias not in group.aliases and alias != group.name:
                    group.aliases.append(alias)
            k += n


def _candidates(doc: Doc, sent, k: int, prev) -> list[Entity]:
    """The last subject named before "ол", else the last person; none named in the quote it closes."""
    at = sent.tokens[k].start
    quoted = find_quotes(doc.text, doc.text.rfind("\n", 0, sent.start) + 1, at)
    before = [(s, e) for s, e in mentions_before(doc, at) if not any(a <= s < b for a, b in quoted)]
    return [e for e in (_last_subject(doc, before), before[-1][1]) if e is not None] if before else []


def _last_subject(doc: Doc, before):
    """"Путин Елбасыға тілек арнады. Ол ...": the first person in the nominative in the sentence before
    ("X Y бастаған делегацияны қабылдады", "X және Y ... талқылады": X), none in an oblique case."""
    last = doc.sent_at(before[-1][0])
    for start, e in before:
        sent = doc.sent_at(start)
        if sent is None or last is None or sent.start < last.start:
            continue
        m = next((m for m in e.mentions if m.start == start), None)
        toks = [t for t in sent.tokens if m is not None and m.start <= t.start < m.end]
        if toks and m.source != "pronoun" and toks[-1].feats.get("Case", "Nom") == "Nom":
            return e
    return None


def _descriptions(doc: Doc) -> None:
    for sent in doc.sents:
        toks = sent.tokens
        for m in matcher("descriptions.tsv").finditer(toks):
            last = fold(toks[m.end - 1].text)
            if last.endswith(tuple(words("kk", "plural_endings.txt"))) and last not in folded("kk", "descriptions.tsv"):
                continue      # "министрлер кездесу өткізді": several holders, not one person ("канцлер" is one)
            nxt = toks[m.end] if m.end < len(toks) else None
            if nxt is not None and (e := doc.entity_at(nxt.start, nxt.end)) is not None and e.type == "PER" \
                    and (_nominative_at(sent, e, nxt.start) or m.start > 0
                         and toks[m.start - 1].feats.get("Case") == "Gen"):
                continue      # a title before a name: roles.py has it; not before an object's
                #               name ("Қырғыз басшысы Назарбаевты құттықтады"), unless a genitive
                #               owns the office ("банкінің президенті Ямадаға қабылдау жасады")
            a, b = toks[m.start].start, toks[m.end - 1].end
            if (held := doc.entity_at(a, b)) is not None and not _qualifier(held, toks[m.start], b):
                continue
            country, first = None, m.start
            j = m.start - 1
            if j > 0 and fold(toks[j].text).endswith(HOSTED) and doc.entity_at(toks[j].start, toks[j].end):
                j -= 1        # "Жапонияның Қазақстандағы елшісі": the host state is not the owner
            if j >= 0:
                owner = doc.entity_at(toks[j].start, toks[j].end)
                if owner is not None and owner.type in ("GPE", "ORG") and owner.country:
                    country = owner.country     # "Қытай басшысы": the state is part of it
                    first = mention_start(doc, toks, j)     # the owner's own mention, not an earlier one
                elif owner is None and (cue := gazetteer("kk").cue(toks[j].text)):
                    country, first = cue, j    # "Қырғыз басшысы": the people's word
            canonical, home = m.value
            if home == "bare" and country:
                canonical = ""        # "Корей дипломаты": any person of that state
            alias = title_text(toks[m.start:m.end], "")
            if first < m.start:       # the state's name keeps its capital
                alias = doc.text[toks[first].start:toks[m.start].start] + alias
            a = toks[first].start
            if not country and home == "home":
                if _link(doc, a, b, canonical, home_state(), alias, state_office=True) \
                        or _sole(doc, a, b, canonical, alias) \
                        or _unnamed(doc, a, b, canonical, alias):
                    continue
            if not (canonical or country) and m.start > 0 and _body_head(doc, toks[m.start - 1], a, b):
                continue
            body = doc.entity_at(toks[m.start - 1].start, toks[m.start - 1].end) if m.start else None
            if body is not None and body.type == "ORG" and _link(doc, a, b, canonical, country, alias, body.id):
                continue      # "Сенат Төрағасы": the chair of that body, not the last chair named
            if not country and home == "paragraph" and _opens_paragraph(doc, a) \
                    and _link(doc, a, b, canonical, home_state(), alias):
                continue
            _link(doc, a, b, canonical, country, alias)


def _opens_paragraph(doc: Doc, a: int) -> bool:
    start = doc.text.rfind("\n", 0, a) + 1
    return not any(s >= start for s, _ in mentions_before(doc, a))


def _body_head(doc: Doc, word, a: int, b: int) -> bool:
    """"Компания басшысы", "JICA басшысы": the head of a body, the last person named before who
    holds an office in that body (in any body, when the word names none the article knows)."""
    body = doc.entity_at(word.start, word.end)
    if not (body is not None and body.type == "ORG" or stem_keys(word.text) & head_stems()
            or word.text.isupper() and word.text.isalpha()):
        return False
    people = [p for _, p in reversed(mentions_before(doc, a)) if p.type == "PER"]
    return body_head(doc, people, body if body is not None and body.type == "ORG" else None, a, b)


def _qualifier(held: Entity, first, end: int) -> bool:
    """"Үкімет басшысы", "Қазақстан Үкіметінің басшысы": a body's name that only opens the
    description (its state's name may go before it) qualifies the office; the description
    is still a mention of the person who holds it."""
    return held.type in ("ORG", "GPE") and all(
        m.end <= first.end or m.start >= end for m in held.mentions if m.start < end and first.start < m.end) \
        and any(m.start <= first.start and m.end == first.end for m in held.mentions)


def _nominative_at(sent, person, start: int) -> bool:
    m = next((m for m in person.mentions if m.start == start), None)
    return m is None or case_of(sent, m) == "Nom"


def _unnamed(doc: Doc, a: int, b: int, canonical: str, alias: str) -> bool:
    """"Мемлекет басшысы Шойгуды қабылдады" in an article that never names him: the office
    holder is an actor all the same, of the home state, named by the description."""
    home = home_state()
    sent = doc.sent_at(a)
    words = [t for t in sent.tokens if a <= t.start and t.end <= b] if sent else []
    if not words or words[-1].feats.get("Case", "Nom") != "Nom" or \
            any(e.type == "PER" and not e.group and e.country == home for e in doc.entities):
        return False      # "мемлекет басшысының баспасөз хатшысы" qualifies; a home person may hold it
    name = alias[:1].upper() + alias[1:]
    person = Entity(id=f"d{len(doc.entities) + 1}", type="PER", name=name, country=home,
                    roles=[Role(canonical.split("|")[0] or alias, None)])
    refer(doc, person, a, b)
    doc.entities.append(person)
    return True


def _sole(doc: Doc, a: int, b: int, canonical: str, alias: str) -> bool:
    """A home description ("Елбасы") where no one holds the office by name: the one person
    the article names with neither a state nor a title is its holder."""
    free = [e for e in doc.entities if e.type == "PER" and not e.group and not e.country and not e.roles]
    if len(free) != 1:
        return False
    person = free[0]
    refer(doc, person, a, b, alias)
    person.roles.append(Role(canonical.split("|")[0] or alias, None))
    person.country = home_state()
    return True


def _link(doc: Doc, a: int, b: int, canonical: str, country: str | None, alias: str,
          org: str | None = None, state_office: bool = False) -> bool:
    """A state's office ("Мемлекет басшысы") is not held by the president of a bank or an
    academy: with state_office, a title held in a body that is no state does not count."""
    ents = {e.id: e for e in doc.entities}
    for _, person in reversed(mentions_before(doc, a)):
        offices = {fold(r.title) for r in person.roles
                   if not (state_office and r.org in ents and ents[r.org].type != "GPE")}
        if org is not None and not any(r.org == org for r in person.roles):
            continue
        if canonical and not any(fits_office(c, offices) for c in canonical.split("|")):
            continue          # "Мемлекет басшысы" joins a president, not anyone named before
        if country and person.country and person.country != country:
            continue
        if not canonical and not country:
            return False
        refer(doc, person, a, b, alias if fold(alias) not in offices else "")
        person.country = person.country or country
        return True
    return False
