"""Who carries a project out and where it is: from the project's own name ("кампус X в Y"), the
clause around it ("построена компанией X", "компания X завершает строительство", "оператором
которого станет X", "В Туркестанской области введена ..."), or the parties of the document that
sets it up. Role nouns and back-referring company nouns are in lang/ru/project_owners.tsv.
"""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Sent, Span
from ..lang import words
from ..nlp.match import fold, lookup, word_keys
from .agreement_sides import side_words
from .context import children, is_locative, mentions_in, subtree
from .meeting_sides import in_credit
from .projects import project_words, stage_words
from .project_firm_refs import firm_named_before, firm_referred, is_firm, led_by

RELATIVE = ("который", "которую", "которое", "которые", "которых", "которым")


def owner_location(doc: Doc, sent: Sent, name: Span, route: bool = False) -> tuple[str | None, str | None]:
    owner = location = None
    for mm, e in mentions_in(doc, name.start, sent.end):
        # "кампус X в Y", "фабрики китайской компании «X»"; a name that starts the span is the project itself
        # ("фабрики ООО «X»": the firm's legal form read into the name, the firm running past it)
        if e.type == "ORG" and owner is None and mm.start > name.start and (
                mm.end <= name.end + 2 or mm.start < name.end and mm.text.split()[0].lower() in _legal_forms(doc.lang)
                or mm.start >= name.end and not doc.text[name.end:mm.start].strip(" «\"“„")
                and not _own_name(doc, name, mm, e)):
            owner = e.id
        if mm.end > name.end + 2:
            continue      # (a place further on is not the name's)
        elif e.type in ("LOC", "GPE") and location is None and (is_locative(sent, mm.start) or (
                route and mm.start > name.start and mm.end <= name.end)):
            location = e.id       # (a line's own ends: "автодорога Душанбе – Кульма")
    return owner, location


def not_itself(doc: Doc, owner: str | None, name: Span) -> str | None:
    """"Филиал Самарского политеха открылся": the subject that opens is the project itself, named as
    an organisation from the project's noun on; it does not own itself."""
    e = doc.entity(owner) if owner else None
    return None if e is not None and any(m.start == name.start for m in e.mentions) else owner


def _own_name(doc: Doc, name: Span, mm: Span, e) -> bool:
    """"газопровода «Союз Восток»", "ветроэлектростанцию «Хызы-Абшерон»": a quoted name right after
    a project's noun, named nowhere else, names the project, not who builds it; a firm the article
    names elsewhere ("компании «Хансол Текстиль»" ... "комплекса «Хансол Текстиль»") owns it."""
    if any(word_keys(w) & (words(doc.lang, "quoted_org_nouns.txt") | _legal_forms(doc.lang))
           for m in e.mentions for w in doc.text[max(0, m.start - 25):m.start].split()[-2:]):
        return False
    sent = doc.sent_at(name.start)
    last = [t for t in sent.tokens if name.start <= t.start < name.end] if sent is not None else []
    return bool(last) and doc.text[name.end:mm.start].strip() in ("«", "\"", "“", "„") \
        and last[-1].pos == "NOUN" and not word_keys(last[-1].text) & words(doc.lang, "quoted_org_nouns.txt")


def doer(doc: Doc, sent: Sent, trig: int, project: int, earlier_owner: str | None = None) -> str | None:
    """Who builds or opens it: the subject of the act ("компания X завершает строительство",
    "немецкие компании планируют открыть"), or the agent of a passive ("построена предприятием
    X", "будет реализован обществом X"). Organisations, and states as subjects ("Туркменистан и
    Азербайджан реализуют проект"); not persons: a president who signs a decree does not build
    the plant."""
    toks = sent.tokens
    verbs = [trig]
    if toks[trig].pos == "NOUN" and 0 <= toks[trig].head < len(toks) and toks[toks[trig].head].pos == "VERB" \
            and (toks[trig].rel == "obj" or toks[trig].rel == "obl" and (_prep(sent, trig) in ("к", "от") or (
                _prep(sent, trig) == "о" and word_keys(toks[toks[trig].head].text)
                & project_words(doc.lang, "announce", "project_owners.tsv")) or (
                _prep(sent, trig) == "в" and word_keys(toks[toks[trig].head].text)
                & project_words(doc.lang, "join", "project_owners.tsv")))):
        # "завершает строительство", "приступил к строительству", "объявила о строительстве",
        # "участвуют в строительстве"
        verbs.append(toks[trig].head)
    plan = toks[trig].head if toks[trig].pos == "NOUN" else -1
    if 0 <= plan < len(toks) and word_keys(toks[plan].text) & project_words(doc.lang, "plan", "project_owners.tsv") \
            and 0 <= toks[plan].head < len(toks) and toks[toks[plan].head].pos == "VERB":
        verbs.append(toks[plan].head)            # "компания отказалась от планов строительства"
    if toks[trig].feats.get("VerbForm") == "Inf" and 0 <= toks[trig].head < len(toks):
        verbs.append(toks[trig].head)            # "планируют открыть"
        noun = toks[trig].head
        if toks[noun].pos == "NOUN" and 0 <= toks[noun].head < len(toks) and toks[toks[noun].head].pos == "VERB":
            verbs.append(toks[noun].head)        # "объявила о планах построить", "приняла решение открыть"
    # "фабрика, построенная компанией X", "комплекс, который компания возводит"
    verbs += [c for c in children(sent, project) if toks[c].rel.startswith("acl") and toks[c].pos == "VERB"
              and (toks[c].feats.get("VerbForm") == "Part" or any(
                  fold(toks[x].text) in RELATIVE for x in children(sent, c)))]
    # "производства тракторов, созданного ОАО X": a participle of building the parser hung on the
    # name's last genitive ("тракторов") is the project's own
    verbs += [c for n in children(sent, project) if toks[n].rel == "nmod" and toks[n].case == "Gen"
              for c in children(sent, n) if toks[c].rel == "acl" and toks[c].feats.get("VerbForm") == "Part"
              and lookup(stage_words(doc.lang), toks[c].text, doc.lang) not in (None, "ongoing", "operation")]
    inside = set(subtree(sent, project)) - set(verbs) - {k for v in verbs[1:] for k in subtree(sent, v)}
    owners = project_words(doc.lang, "role", "project_owners.tsv")
    backs = project_words(doc.lang, "back", "project_owners.tsv")
    for c in children(sent, project):
        # "парк, оператором которого станет компания X"
        if toks[c].rel.startswith("acl") and any(word_keys(toks[k].text) & owners for k in subtree(sent, c)) \
                and (firm := _firm_in(doc, sent, c)) is not None:
            return firm
    if toks[trig].pos == "NOUN":
        # "строительство китайской компанией X цементного завода": the agent of the act noun
        for c in children(sent, trig):
            if toks[c].case == "Ins" and toks[c].pos in ("NOUN", "PROPN") and c not in inside \
                    and not any(toks[x].pos == "ADP" for x in children(sent, c)) \
                    and (firm := _firm_in(doc, sent, c)) is not None:
                return firm
    for v in verbs:
        if toks[v].pos not in ("VERB", "ADJ"):
            continue          # ADJ: "компания намерена построить", "готова открыть"
        for c in _with_shared_subject(sent, v):
            if c in inside:
                continue
            agent = toks[c].rel.startswith("nsubj") and toks[c].rel != "nsubj:pass" or (
                toks[c].rel in ("obl", "obl:agent") and toks[c].case == "Ins" and toks[c].pos in ("NOUN", "PROPN")
                and not any(toks[x].pos == "ADP" for x in children(sent, c)))
            if not agent:
                continue
            found = []
            for k in subtree(sent, c):
                e = doc.entity_at(toks[k].start, toks[k].end)
                if e is not None and in_credit(doc, toks[k]):
                    continue      # "ИНТЕРФАКС – Компания X построит": the agency credited carries the news
                if e is not None and fold(e.name) in side_words(doc.lang, "sides"):
                    continue      # "стороны договорились о строительстве": who the article is about
                if e is not None and (e.type == "ORG" or e.type == "GPE" and toks[c].rel.startswith("nsubj")
                                      and not is_locative(sent, toks[k].start)) and e.id not in found:
                    found.append(e.id)       # states too: "Туркменистан и Азербайджан реализуют проект"
            if found:
                # "Минэнерго и компания X обсудили строительство": the firm builds, not the ministry
                # (nor the state); a group ("делегация компании X") stays what it was
                first = doc.entity(found[0])
                if first is not None and not first.group and not is_firm(doc, found[0]):
                    return next((x for x in found if is_firm(doc, x)), found[0])
                return found[0]
            if (firm := led_by(doc, sent, c)) is not None:
                return firm       # "построил консорциум во главе с компанией X"
            if word_keys(toks[c].text) & backs and toks[c].feats.get("Number") != "Plur":
                # "компания намерена построить", "возведенный той же корпорацией": the one named before
                return firm_referred(doc, sent, c, backs, earlier_owner)
    # "при участии АО «X» завершено строительство": with no doer named, the firm taking part builds
    joined = project_words(doc.lang, "with", "project_owners.tsv")
    acts = verbs + [toks[trig].head] if toks[trig].pos == "NOUN" and 0 <= toks[trig].head < len(toks) else verbs
    # ("— модернизация ТЭС при участии компании X": on the act's own noun)
    own = [c for c in children(sent, trig) if toks[c].rel == "nmod"] if toks[trig].pos == "NOUN" else []
    for c in [c for v in acts for c in children(sent, v) if c not in inside and toks[c].rel == "obl"] + own:
        if _prep(sent, c) == "при" and word_keys(toks[c].text) & joined and (firm := _firm_in(doc, sent, c)) \
                and not financier(doc, next(e for e in doc.entities if e.id == firm)):
            return firm
    return None


@cache
def _legal_forms(lang: str) -> frozenset[str]:
    return frozenset(x.lower() for w in words(lang, "legal_forms.txt") for x in w.split())   # several a line


def plans_of(doc: Doc, sent: Sent, trig: int) -> str | None:
    """"о планах компании X по строительству", "о планах компании по строительству": whose plans
    (lang/ru/project_owners.tsv "plan") the act is, a firm named or the one named before."""
    toks = sent.tokens
    backs = project_words(doc.lang, "back", "project_owners.tsv")
    for k in range(max(0, trig - 4), trig - 1):
        if word_keys(toks[k].text) & project_words(doc.lang, "plan", "project_owners.tsv"):
            e = doc.entity_at(toks[k + 1].start, toks[k + 1].end)
            if e is not None and e.type == "ORG" and not e.group:
                return e.id
            if toks[k + 1].case == "Gen" and word_keys(toks[k + 1].text) & backs:
                return firm_named_before(doc, sent.start, backs)
    return None


def _with_shared_subject(sent: Sent, v: int) -> list[int]:
    """The words on verb v, and the subject of the verb it is joined to when it has none of its
    own ("компания ввела станцию, а сейчас строит ветроэлектростанцию")."""
    toks = sent.tokens
    own = children(sent, v)
    if toks[v].rel != "conj" or any(toks[c].rel.startswith("nsubj") for c in own) or not 0 <= toks[v].head < len(toks):
        return own
    return own + [c for c in children(sent, toks[v].head) if toks[c].rel.startswith("nsubj")]


def _firm_in(doc: Doc, sent: Sent, c: int) -> str | None:
    """The first organisation (not a group of them) named in the phrase of token c."""
    toks = sent.tokens
    return next((e.id for k in subtree(sent, c) if (e := doc.entity_at(toks[k].start, toks[k].end)) is not None
                 and e.type == "ORG" and not e.group), None)


def _prep(sent: Sent, i: int) -> str:
    return next((word_keys(sent.tokens[c].text) and sent.tokens[c].text.lower() for c in children(sent, i)
                 if sent.tokens[c].rel == "case"), "")


def financier(doc: Doc, e) -> bool:
    """A fund or bank (lang/ru/project_owners.tsv "financier"): it pays, it does not build."""
    words = project_words(doc.lang, "financier", "project_owners.tsv")
    name = e.name.split() if e is not None and e.type == "ORG" else []
    return any(word_keys(w) & words for w in name)      # "Фонд Катара", "Азиатский банк развития"


def place_of(doc: Doc, sent: Sent, trig: int, project: int, name_end: int) -> str | None:
    """Where: "В Туркестанской области введена ... станция", "открытие в Самарканде филиала",
    "электростанции мощностью 500 МВт в Каракалпакстане"."""
    toks = sent.tokens
    near = set(children(sent, trig)) | set(children(sent, project))
    # "строящегося в Оренбурге центра": the place of a participle on the project
    own = {g for c in children(sent, project) if toks[c].feats.get("VerbForm") == "Part" for g in children(sent, c)}
    near |= own
    if toks[trig].pos == "NOUN" and toks[trig].rel.startswith("nsubj") and 0 <= toks[trig].head < len(toks):
        near |= set(children(sent, toks[trig].head))     # "В Темиртау началось строительство завода"
    k = name_end
    while k < len(toks) and toks[k].text not in (",", ";", ".") and toks[k].pos not in ("VERB", "AUX", "CCONJ"):
        near.add(k)
        k += 1
    for c in sorted(near):
        # the place itself hangs on the act or the project: a place deeper down belongs to
        # something else ("открытие школы X в Алматы, запуск центра Y")
        e = doc.entity_at(toks[c].start, toks[c].end)
        lo, hi = min(c, trig, project), max(c, trig, project)
        if any(toks[x].text in (",", ";") for x in range(lo, hi)) and c not in range(name_end, k) and c not in own:
            continue      # another item of a list: "школы X в Алматы, запуск центра Y"
        if e is not None and e.type in ("LOC", "GPE"):
            first = min(m.start for m in e.mentions if m.start <= toks[c].start < m.end)
            if is_locative(sent, first) or c in range(name_end, k) and _beside(doc, sent, first):
                return e.id
    # "в индустриальной зоне Экибастуза (дан старт строительству)", "на территории Ферганской
    # области": a place in the genitive of a locative common noun, on the act or its light verb
    if toks[trig].pos == "NOUN" and 0 <= toks[trig].head < len(toks):
        near |= set(children(sent, toks[trig].head))
    for c in sorted(near):
        if toks[c].pos == "NOUN" and toks[c].case == "Loc":
            for g in children(sent, c):
                e = doc.entity_at(toks[g].start, toks[g].end)
                if e is not None and e.type in ("LOC", "GPE") and toks[g].case == "Gen":
                    return e.id
    return None


def _beside(doc: Doc, sent: Sent, start: int) -> bool:
    """"дороги вокруг Кутаиси", "центра под Шымкентом" (lang/<xx>/place_near.txt)."""
    prev = [t for t in sent.tokens if t.end <= start]
    return bool(prev) and fold(prev[-1].text) in words(doc.lang, "place_near.txt")


def operator_of(doc: Doc, sent: Sent, i: int) -> str | None:
    """"Оператором проекта станет X": the project noun under a role noun whose clause names
    an organisation as its subject."""
    toks = sent.tokens
    roles = project_words(doc.lang, "role", "project_owners.tsv")
    h = toks[i].head
    if not (0 <= h < len(toks) and word_keys(toks[h].text) & roles and 0 <= toks[h].head < len(toks)):
        return None
    return next((firm for c in children(sent, toks[h].head)
                 if toks[c].rel.startswith("nsubj") and (firm := _firm_in(doc, sent, c)) is not None), None)


def builder(doc: Doc, parties: list[str]) -> str | None:
    """Of a document's parties, the one that builds: a company or university rather than the
    ministry or state that signs with it ("соглашение между Министерством ... и компанией X")."""
    payers = [doc.entity(p) for p in parties if financier(doc, doc.entity(p))]
    paying_states = {e.country for e in payers if e.country}
    rest = [p for p in parties if doc.entity(p) not in payers and not (
        doc.entity(p) is not None and doc.entity(p).type == "GPE" and doc.entity(p).country in paying_states)]
    parties = rest or parties
    for pid in parties:
        if is_firm(doc, pid):
            return pid
    # else a body or a state; a person who signs does not build
    return next((p for p in parties if (doc.entity(p) is not None and doc.entity(p).type != "PER")), None)


def firm_builder(doc: Doc, parties: list[str]) -> str | None:
    """The builder of a document's parties when it is a firm, not a body or a state (project_later.agreed_later)."""
    found = builder(doc, parties)
    return found if is_firm(doc, found) else None
