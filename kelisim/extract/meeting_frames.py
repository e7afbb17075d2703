"""Meeting parts read from frames: a meeting noun that names a new partner ("по итогам
переговоров с X"), and one meeting per counterpart when one sentence lists several (summons and credentials:
meeting_envoys.py). Written once over the frame layer (nlp/frames.py): Russian reads them in
extract/ru_meetings.py, English in extract/en/meetings.py ("during his meeting with X", "after
talks with the Kazakh president"). A counterpart named by office alone is office_holders.py's."""

from __future__ import annotations

from typing import Callable

from ..doc import Doc, Entity, Sent
from ..lang import lexicon, words
from ..nlp.frames import Frame, arg_tokens, frames_in, role_map, ufeats, upos
from ..nlp.match import fold, word_keys
from ..nlp.tree import children
from .context import entities_in, meeting_nouns, mentions_in, protagonist, subject_entities
from .meetings import context_matcher, context_words, meeting_words



Offices = Callable[[Doc, Sent, tuple[int, ...]], list[Entity]]


def partners(doc: Doc, sent: Sent, f: Frame, offices: Offices | None = None) -> list[Entity]:
    """Who the predicate meets with: "с X", one entity for each conjunct. `offices` names a
    partner the phrase gives by office alone ("with the Kazakh president"), where a language's
    rules can ("the Kazakh president": Kazakhstan)."""
    out: list[Entity] = []
    for a in f.role(doc.lang, "partner"):
        own = _own_tokens(sent, a)
        found = entities_in(doc, sent, own) or _titled_holder(doc, sent, entities_in(doc, sent, own, ("ORG", "GPE")))
        if not found and offices is not None:
            found = offices(doc, sent, a.tokens)
        out += [e for e in found[:1] if e not in out]
    if not out and f.kind == "noun":
        # "a meeting of A with B" with "with B" hung on a word before the noun: the partner phrase
        # right after the noun's own words is still the noun's
        span = arg_tokens(sent, f.pred)
        k = span[-1] + 1
        toks = sent.tokens
        preps = {p for _, ps, _ in role_map(doc.lang).get("partner", ()) for p in ps}
        if k < len(toks) and toks[k].rel == "case" and (toks[k].lemma or fold(toks[k].text)) in preps \
                and k < toks[k].head < len(toks) and toks[k].head not in span:
            own = arg_tokens(sent, toks[k].head)
            found = entities_in(doc, sent, own) or entities_in(doc, sent, own, ("ORG", "GPE"))
            out += found[:1]
    return out


def _titled_holder(doc: Doc, sent: Sent, found: list[Entity]) -> list[Entity]:
    """"с председателем правления компании «X» Ли Вэньцзюнем" where the parser hung the name
    outside the phrase: the firm only names the office of the person of the sentence who holds it."""
    people = [e for _, e in mentions_in(doc, sent.start, sent.end, ("PER",))]
    return [next((p for p in people if any(r.org == e.id for r in p.roles)), e) for e in found]


def _own_tokens(sent: Sent, a) -> list[int]:
    """The partner's names agree with "с" in the instrumental; a genitive further in the phrase is
    someone else ("с главой ведомства X накануне визита Y")."""
    return [j for j in a.tokens if ufeats(sent.tokens[j]).get("Case") in ("Ins", None) or j == a.head
            or _named_in_apposition(sent, j, a.head)]


def _named_in_apposition(sent: Sent, j: int, head: int) -> bool:
    """"с Председателем ... Ласло Варгой": the name standing beside the title, whatever case the
    tagger gives its parts."""
    toks = sent.tokens
    while toks[j].rel in ("appos", "flat:name", "flat") and 0 <= toks[j].head < len(toks):
        j = toks[j].head
        if j == head:
            return True
    return False


def course_told(doc: Doc, sent: Sent, k: int) -> bool:
    """"Talks with X on a common market have stalled": the meeting noun at k is the subject of a
    verb that tells how negotiations go (lang/<xx>/meeting_context.tsv "course"), no meeting held.
    Where the parser hangs that verb elsewhere, the noun opening the sentence and the first finite
    verb after it tell the same."""
    if "course" not in context_words(doc.lang):
        return False
    toks, course = sent.tokens, context_matcher(doc.lang, "course")
    tok = toks[k]
    if tok.rel.startswith("nsubj") and 0 <= tok.head < len(toks) and course.match_at(toks, tok.head):
        return True
    if any(upos(t) not in ("DET", "ADJ") for t in toks[:k]):
        return False      # the noun opens the sentence: "The bilateral talks with X ..."
    j = next((j for j in range(k + 1, len(toks)) if upos(toks[j]) in ("VERB", "AUX")
              and ufeats(toks[j]).get("VerbForm") != "Ger"), None)
    while j is not None and j + 1 < len(toks) and upos(toks[j]) in ("AUX", "ADV") and not course.match_at(toks, j):
        j += 1        # "have also stalled", "have been frozen"
    return j is not None and course.match_at(toks, j) is not None


def partner_meeting(doc: Doc, sent: Sent, offices: Offices | None = None,
                    among: bool = False) -> tuple[list[Entity], int] | None:
    """"заявил X по итогам переговоров с Y", "в ходе встречи президента X с Y": a meeting noun
    that refers to a meeting not told yet, naming both sides. The first side is the noun's own
    genitive, else the subject of the clause it sits in, else the article's main person. With
    `among`, partners listed together with no first side beside them met each other ("announced
    during a meeting with A and B")."""
    for f in frames_in(doc, sent):
        if f.kind != "noun" or f.lemma not in meeting_nouns(doc.lang) or f.negated or f.quoted \
                or course_told(doc, sent, f.pred):
            continue
        # "в разговоре с РБК подтвердил": the outlet that asked is no partner (news_credits.py)
        other = [e for e in partners(doc, sent, f, offices) if not _asked(doc, sent, e)]
        if not other:
            continue
        first = [e for a in f.role(doc.lang, "holder") for e in entities_in(doc, sent, a.tokens)]
        if not first:
            k = f.pred
            for _ in range(4):
                k = sent.tokens[k].head
                if not 0 <= k < len(sent.tokens):
                    break
                if upos(sent.tokens[k]) == "VERB":
                    first = [e for e in subject_entities(doc, sent, k) if e.type == "PER"]
                    break
        first = [e for e in first if e not in other]     # the partner the parser made the subject
        if not first:
            hero = protagonist(doc, before=sent.end, skip=other)     # someone other than the partner
            first = [hero] if hero is not None else []
        side = [e for e in first if e not in other][:1]
        if side:
            return side + other, f.pred
        if among and len(other) >= 2:
            return other, f.pred
    return None




def _asked(doc: Doc, sent: Sent, e: Entity) -> bool:
    from .news_credits import credited
    return e.type == "ORG" and not e.group and any(
        credited(doc, sent, m.start) for m in e.mentions if sent.start <= m.start < sent.end)


def counterparts(doc: Doc, sent: Sent, participants: list[str]) -> list[list[str]]:
    """"X поговорил с Y и Z", "X провел встречи с Y и Z": one meeting with each, when one person
    meets several persons named as conjuncts of one "с" or in plural meetings; the participants
    unchanged otherwise."""
    ents = {e.id: e for e in doc.entities}
    for f in frames_in(doc, sent):
        if f.kind != "verb" and f.lemma not in meeting_nouns(doc.lang):
            continue
        # every person the partner phrases name: a list of titled names the parser hangs as
        # appositions of the wrong title ("с председателем КНР A, премьер-министром Индии B и ...")
        other = [e for e in partners(doc, sent, f) if e.type == "PER"]
        listed = entities_in(doc, sent, sorted(j for a in f.role(doc.lang, "partner") for j in _own_tokens(sent, a)))
        other = listed if len(listed) > len(other) else other
        # (a person named before the meeting word is its subject, whatever the parse hung him on:
        # "Министр X провел переговоры с министром A, министром B и генсеком C")
        at, named = sent.tokens[f.pred].start, lambda e: [m for m in e.mentions if m.source not in ("description", "pronoun")]
        other = [e for e in other if any(at < m.start < sent.end for m in named(e))
                 or not any(sent.start <= m.start < at for m in named(e))]
        if len(other) < 2:
            continue
        rest = [p for p in participants if ents[p].type == "PER" and ents[p] not in other]
        if len(rest) == 1 and all(e.id in participants for e in other):
            return [[rest[0], e.id] for e in other]
    apart = _each_its_own(doc, sent, participants)
    if apart:
        return apart
    for f in frames_in(doc, sent):
        # "X провел встречи с A, B и C": meetings in the plural, one with each (not "переговоры",
        # which has no singular)
        t = sent.tokens[f.pred]
        if f.kind != "noun" or f.lemma not in meeting_nouns(doc.lang) or ufeats(t).get("Number") != "Plur" \
                or fold(t.text) == f.lemma or not 0 <= t.head < len(sent.tokens):
            continue
        host = [e.id for e in subject_entities(doc, sent, t.head) if e.type == "PER" and e.id in participants]
        guests = [p for p in participants if ents[p].type == "PER" and p not in host]
        if len(host) == 1 and len(guests) >= 2:
            return [[host[0], g] for g in guests]
    return [participants]


def _each_its_own(doc: Doc, sent: Sent, participants: list[str]) -> list[list[str]]:
    """"X провела переговоры с A в Анкаре и встретилась с Президентом B": two meeting words, each
    with a partner of its own, are two meetings of the one other participant."""
    ents = {e.id: e for e in doc.entities}
    verbs = {r[0] for r in lexicon(doc.lang, "meetings.tsv") if len(r) > 1 and r[1] == "verb"}
    met = [f for f in frames_in(doc, sent)
           if not f.negated and f.lemma in (verbs if f.kind == "verb" else meeting_nouns(doc.lang))]
    for read in (lambda f: [e.id for e in partners(doc, sent, f)], lambda f: _partner_after(doc, sent, f, met)):
        groups: list[list[str]] = []
        for f in met:
            other = [p for p in read(f) if p in participants and ents[p].type == "PER"]
            if other and not any(set(other) & set(g) for g in groups):
                groups.append(other)
        rest = [p for p in participants if ents[p].type == "PER" and not any(p in g for g in groups)]
        if len(groups) >= 2 and len(rest) == 1:
            return [[rest[0], *g] for g in groups]
    return []


def _partner_after(doc: Doc, sent: Sent, f: Frame, met: list[Frame]) -> list[str]:
    """The person named first after the partner preposition ("с") that follows the meeting word,
    before the next meeting word of the sentence: "провел переговоры с Премьером Госсовета КНР A,
    а затем встретился с Председателем ВСНП B", where the parser hung A's title under B's."""
    toks = sent.tokens
    preps = {p for _, ps, _ in role_map(doc.lang).get("partner", ()) for p in ps}
    end = min((g.pred for g in met if g.pred > f.pred), default=len(toks))
    k = next((k for k in range(f.pred + 1, min(f.pred + 4, end)) if fold(toks[k].text) in preps), None)
    found = entities_in(doc, sent, range(k + 1, end)) if k is not None else []
    return [found[0].id] if found else []


def visit_meeting(doc: Doc, sent: Sent) -> tuple[list[Entity], int, Entity] | None:
    """"X находится с визитом в C", "по итогам визита X в C": a visit under way or over is a
    meeting of the visitor with the host state (GOLD.md: visits with a named host)."""
    nouns = {r[0] for r in lexicon(doc.lang, "meetings.tsv") if r[2:] and r[3] == "visit"}
    toks = sent.tokens
    for f in frames_in(doc, sent):
        if f.kind != "noun" or f.lemma not in nouns or f.negated or f.quoted:
            continue
        head = toks[f.pred].head
        if not 0 <= head < len(toks):
            continue
        visitor = [e for a in f.role(doc.lang, "holder") for e in entities_in(doc, sent, a.tokens)]
        places = f.role(doc.lang, "destination") + f.role(doc.lang, "place")
        if not visitor:
            # "визита Президента Монголии Ухнаагийн Хурэлсуха": the name hung on the noun itself
            where = {j for a in places for j in a.tokens}
            visitor = entities_in(doc, sent, [j for j in arg_tokens(sent, f.pred) if j not in where])
        gov = toks[head]
        if upos(gov) == "VERB" and toks[f.pred].rel == "obl" and ufeats(gov).get("Tense") != "Fut":
            # "находится с визитом в C", "прибыл с визитом в C"
            visitor = visitor or [e for e in subject_entities(doc, sent, head) if e.type == "PER"]
            places += [a for g in frames_in(doc, sent) if g.pred == head
                       for a in g.role(doc.lang, "destination") + g.role(doc.lang, "place")]
        elif not word_keys(gov.text) & meeting_words(doc.lang, "visit_frame"):    # "по итогам визита"
            continue
        hosts = [e for a in places for e in entities_in(doc, sent, a.tokens, ("GPE",))]
        if not hosts:
            # the parser hung "в C" elsewhere: a state in the accusative after "в" is where one goes
            hosts = entities_in(doc, sent, [j for j in range(f.pred + 1, min(len(toks), f.pred + 12))
                                          if toks[j].case == "Acc" and fold(toks[j - 1].text) in ("в", "во")],
                              ("GPE",))
        if not hosts:
            # "визит президента Узбекистана в Душанбе": a city stands for its state, the host
            for city in [e for a in places for e in entities_in(doc, sent, a.tokens, ("LOC",)) if e.country]:
                state = next((e for e in doc.entities if e.type == "GPE" and e.country == city.country), None)
                if state is not None and visitor and state.country != visitor[0].country:
                    return [visitor[0], state], f.pred, city
        if visitor and hosts and hosts[0].country != visitor[0].country:
            return [visitor[0], hosts[0]], f.pred, hosts[0]
    return None


def discussion(doc: Doc, sent: Sent) -> tuple[list[Entity], int] | None:
    """"X обсудил с Y ...", "вопросы обсудили X и Y": talking a matter over with someone named is
    a meeting of the two, as "встретился" is; a discussion by one person alone is not."""
    for f in frames_in(doc, sent):
        if f.kind != "verb" or f.negated or f.quoted or f.lemma not in words(doc.lang, "discussion.txt"):
            continue
        feats = ufeats(sent.tokens[f.pred])
        short = feats.get("VerbForm") == "Part" and feats.get("Variant") == "Short" and sent.tokens[f.pred].rel == "root"
        if feats.get("VerbForm") in ("Part", "Conv") and not short and not _finite_root(sent, f.pred):
            continue
        subj = [e for e in subject_entities(doc, sent, f.pred) if e.type == "PER" and not e.group]
        other = [e for e in partners(doc, sent, f) if e.type == "PER" and e not in subj]
        if short and other and not subj:
            # "С вице-президентом банка X обсуждены вопросы ...": talks told in the passive, the
            # other side the person the article follows
            hero = protagonist(doc, before=sent.start, skip=other)
            subj = [hero] if hero is not None else []
        if subj and other:
            return subj[:1] + other, f.pred
        known = [e.country for e in subj if e.country]
        if len(subj) >= 2 and len(set(known)) == len(known):
            return subj, f.pred       # two named sides, not of one state, as conjoined subjects
    return None


def _finite_root(sent: Sent, verb: int) -> bool:
    """A past form the tagger read as a participle ("X and his counterpart Y discussed trade")
    is a clause's own verb when it has an active subject of its own and modifies no noun ("the
    issues discussed by X" does)."""
    rel = sent.tokens[verb].rel
    return not rel.startswith(("acl", "amod", "advcl")) and any(sent.tokens[c].rel == "nsubj" for c in children(sent, verb))
