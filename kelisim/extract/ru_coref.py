"""Coreference in Russian news: the reader of the coreference stage (coref.py) for Russian.

- "Он подчеркнул ..." (a subject pronoun) -> the last person named before, of that gender;
- "казахстанский дипломат", "президент Узбекистана" (a description, lang/ru/descriptions.tsv) -> the
  person named earlier whose state and office fit; "эксперт" -> the commentator (ru_commentators.py).
Surname-only mentions are joined to full names when entities are built (entities.py).
"""
from __future__ import annotations

from ..doc import Doc, Entity, Role, Token
from ..lang import words
from ..nlp.match import fold, word_keys
from ..nlp.normalize import parse
from .context import headline_end
from .coref import agreed_gender, descriptions, gender_of, link_pronouns, only_plural, pronoun_genders, refer, \
    surname_endings
from .gazetteer import gazetteer
from .ru_guests import link_guests
from .offices import canonical_titles, holds, remember_unlinked
from .roles import home_country, nominative_title
from .ru_commentators import link_commentators
from .salience import _subject_just_before, counterpart_states, lone_stateless, named_in_sentence, salient_before


def _ending_gender(last: str) -> str:
    """The gender a Russian-form surname's ending shows ("-ова", "-ов"), "" for none."""
    if last.endswith(surname_endings("Fem", "name", "surname")):
        return "Fem"
    return "Masc" if last.endswith(surname_endings("Masc", "surname")) else ""


def surname_gender(person: Entity) -> str:
    """The gender a Russian-form surname shows ("-ов"/"-ова"), which the first name may hide from
    the morphology ("Лазиз" reads as feminine); else gender_of."""
    return _ending_gender(fold(person.name.split()[-1]) if person.name else "") or gender_of(person)


def shown_gender(person: Entity) -> str:
    """The gender the name shows for certain: a Russian-form surname's ending, or a first name the
    dictionary knows in the singular; "" when neither does ("Джорджей Мелони": "Джорджей" reads
    only as the plural of "Джордж", no gender for one person)."""
    words_ = person.name.split()
    if ending := _ending_gender(fold(words_[-1]) if words_ else ""):
        return ending
    for p in parse(words_[0].lower()) if len(words_) > 1 else ():
        if "Name" in p.tag.grammemes and p.is_known and p.tag.number == "sing":
            return "Fem" if p.tag.gender == "femn" else "Masc"
    return ""


def russian_coref(doc: Doc) -> None:
    """The Russian reader of the Coreference stage (coref.py)."""
    # descriptions first: "Узбекский министр отметил ... Он подчеркнул" refers to the one described
    from .collective import spread_plural_titles
    spread_plural_titles(doc)
    _descriptions(doc)
    link_guests(doc)
    _pronouns(doc)
    spread_plural_titles(doc, late=True)
    _state_before_name(doc)
    link_commentators(doc)
    home_country(doc, doc.meta.get("guests", set()) | doc.meta.get("firm_heads", set()))


def _state_before_name(doc: Doc) -> None:
    """"с Президентами Болгарии Петром Стояновым, Чили Хорхе Варгасом",
    "коллеги из Таджикистана Эмомали Рахмона": a state in the genitive right before a name,
    the office elided, is the state of a person who has none yet."""
    states = [(m, e) for e in doc.entities if e.type == "GPE" and e.country for m in e.mentions]
    for person in doc.entities:
        if person.type != "PER" or person.group or person.country:
            continue
        for pm in person.mentions:
            hit = next(((m, e) for m, e in states if 0 <= pm.start - m.end <= 1), None)
            sent = doc.sent_at(pm.start) if hit is not None else None
            # "Республики Узбекистан Б.О.Саидовым": the state's name stays in the nominative, in
            # apposition to a genitive "Республики"
            toks = sent.tokens if sent is not None else []
            ends = [t for t in toks if t.start == hit[0].start or t.end == hit[0].end]
            ends += [toks[t.head] for t in ends[:1] if t.rel == "appos" and 0 <= t.head < len(toks)]
            if any(t.case == "Gen" for t in ends):
                person.country = hit[1].country
                break


def _pronouns(doc: Doc) -> None:
    from ..nlp.frames import quote_spans
    quotes = quote_spans(doc.text)

    def pronoun(doc: Doc, sent, k: int) -> str | None:
        t = sent.tokens[k]
        return pronoun_genders("ru").get(fold(t.text)) if t.rel in ("nsubj", "nsubj:pass") else None

    def candidates(doc: Doc, sent, k: int, prev) -> list[Entity]:
        # "«... визит Путина ...», — сказал он": the speaker is never one named in the quote
        at = sent.tokens[k].start
        return salient_before(doc, at, skip=quotes if not any(a <= at < b for a, b in quotes) else ())
    link_pronouns(doc, pronoun, candidates, agreed_gender)


def _descriptions(doc: Doc) -> None:
    gaz = gazetteer(doc.lang)
    matcher = descriptions(doc.lang)
    for sent in doc.sents:
        toks = sent.tokens
        # state adjectives may sit inside a description ("глава казахстанского внешнеполитического
        # ведомства"): match without them, then take them back into the span
        kept = [t for t in toks if not (t.pos == "ADJ" and gaz.cue(t.text))]
        for m in matcher.finditer(kept):
            first, last = kept[m.start], kept[m.end - 1]
            if first.pos not in ("NOUN", "PROPN", "ADJ") or m.end - m.start == 1 and doc.text.rfind(
                    "«", 0, first.start) > doc.text.rfind("»", 0, first.start) and not first.rel.startswith("nsubj"):
                continue      # "после" is also a form of "посол"; in a quote "новую главу" is a chapter
            i0 = toks.index(first)
            if i0 > 0 and fold(toks[i0 - 1].text) == "во" and fold(first.text) == "главе":
                continue      # "во главе с X": headed by someone, not a head of state
            i1 = toks.index(last) + 1
            while i0 > 0 and toks[i0 - 1].pos == "ADJ" and gaz.cue(toks[i0 - 1].text):
                i0 -= 1
            span_toks = toks[i0:i1]
            countries = {c for x in span_toks for c in gaz.cues_in(x.text)}
            # a state right after: "президент Узбекистана", "министр иностранных дел РК"; or a
            # state body with its state that the description runs into ("Глава МИД Туркменистана")
            if i1 < len(toks):
                ent = doc.entity_at(toks[i1].start, toks[i1].end)
                body = doc.entity_at(last.start, last.end)
                if m.end - m.start == 1 and m.value == "президент" and ent is not None \
                        and ent.type == "ORG" and ent is not body:
                    _body_head(doc, toks, i0, i1, ent)
                    continue      # "глава Минобороны России" heads that body, not the state
                if ent is not None and ent.country and (ent.type == "ORG" and ent is body or ent.type == "GPE"):
                    countries.add(ent.country)
                    while i1 < len(toks) and doc.entity_at(toks[i1].start, toks[i1].end) is ent:
                        i1 += 1
                    span_toks = toks[i0:i1]
            if any(getattr(doc.entity_at(x.start, x.end), "type", "") == "PER"
                   for x in toks[i0:i1] + toks[_post(doc, toks, i1):_post(doc, toks, i1) + 1]) or any(
                    mm.start == span_toks[-1].end + 1 for e in doc.entities if e.type == "PER" for mm in e.mentions):
                continue      # a name in it, or a title before a name: roles.py has it
            if _title_runs_to_name(doc, toks, i1, fold(first.lemma or first.text)):
                continue      # "с министром иностранных дел и внешней торговли Венгрии X": X's title
            plural = any(x.pos in ("NOUN", "PROPN") and (x.feats.get("Number") == "Plur" or only_plural(x.text))
                         for x in span_toks[:2])
            if plural or len(countries) > 1:
                continue
            # "Зарубежный спикер", "иностранный министр": not the one at home
            foreign = i0 > 0 and bool(word_keys(toks[i0 - 1].text) & words("ru", "foreign.txt"))
            _link(doc, span_toks, m.value, next(iter(countries), None), foreign)


def _body_head(doc: Doc, toks: list[Token], i0: int, i1: int, body: Entity) -> None:
    """"президент АБР провел переговоры": the one person named before as holding that office
    in that body ("президент Азиатского банка развития X")."""
    heads = [p for p in doc.entities if p.type == "PER" and p.first < toks[i0].start
             and any(r.org == body.id and fold(r.title).startswith(fold(toks[i0].text)) for r in p.roles)]
    end = max((k for k in range(i1, len(toks)) if doc.entity_at(toks[k].start, toks[k].end) is body), default=i1 - 1)
    if len(heads) == 1:
        refer(doc, heads[0], toks[i0].start, toks[end].end, nominative_title(toks[i0:end + 1]))


def _title_runs_to_name(doc: Doc, toks: list[Token], k: int, office: str = "") -> bool:
    """Does the title go on ("и внешней торговли", a state, a body), unbroken, to a person's name?
    Not over "и" and its office noun again ("ректор X и ректор Y Шухрат Юсупов": two rectors)."""
    for n, t in enumerate(toks[k:k + 8], k):
        e = doc.entity_at(t.start, t.end)
        if e is not None and e.type == "PER":
            return True
        if e is None and not (t.pos in ("ADJ", "NOUN") or fold(t.text) == "и" and t.pos == "CCONJ"):
            return False
        if fold(t.text) == "и" and n + 1 < len(toks) and fold(toks[n + 1].lemma or toks[n + 1].text) == office:
            return False
    return False


def _post(doc: Doc, toks: list[Token], k: int) -> int:
    """Past the posting after a title ("посол России в Иране Алексей Дедов", "постпред при ООН"):
    where the name would stand."""
    while k + 1 < len(toks) and fold(toks[k].text) in ("в", "во", "при") \
            and (e := doc.entity_at(toks[k + 1].start, toks[k + 1].end)) is not None and e.type != "PER":
        k += 1
        while k < len(toks) and doc.entity_at(toks[k].start, toks[k].end) is e:
            k += 1
    return k


def _referring(doc: Doc, span_toks: list[Token], head: Token | None) -> bool:
    if head is None:
        return False
    if head.rel in ("nsubj", "nsubj:pass"):
        return True
    before = doc.text[max(0, span_toks[0].start - 12):span_toks[0].start].lower().split()
    return before[-2:] == ["по", "словам"]


def _verb_gender(doc: Doc, head: Token | None) -> str | None:
    """The gender of the past-tense verb whose subject the description's noun is, if any."""
    sent = doc.sent_at(head.start) if head is not None else None
    if sent is None or not head.rel.startswith("nsubj") or not 0 <= head.head < len(sent.tokens):
        return None
    g = sent.tokens[head.head].feats.get("Gender")
    return g if g in ("Masc", "Fem") else None


def _titled_as(person: Entity, head: Token | None) -> bool:
    """"По словам министра" for "министр транспорта X": the description's noun is the first word
    of one of the person's titles."""
    return head is not None and any(r.title.split() and word_keys(r.title.split()[0]) & word_keys(head.text)
                                    for r in person.roles)


def _heads_state(doc: Doc, person: Entity) -> bool:
    """"глава Латвии", "лидер Узбекистана": a head of a state, whom "глава государства" and "лидер
    республики" name as its president does."""
    return any(fold(r.title) in ("глава", "лидер") and r.org is not None
               and any(e.id == r.org and e.type == "GPE" for e in doc.entities) for r in person.roles)


def _link(doc: Doc, span_toks: list[Token], canonical: str, country: str | None,
          foreign: bool = False) -> None:
    a, b = span_toks[0].start, span_toks[-1].end
    head = next((t for t in span_toks if t.pos in ("NOUN", "PROPN")), None)     # "Министр" capitalised: PROPN
    before = salient_before(doc, a)
    # the home state is the state of the person the body names first: a headline often names the
    # guest first ("Президент Узбекистана поздравил Эмомали Рахмона с днем рождения")
    body = headline_end(doc)
    in_body = lambda p: min((m.start for m in p.mentions if m.start >= body), default=len(doc.text) + p.first)  # noqa: E731
    home = next((p.country for p in sorted(before, key=in_body) if p.country), None)
    if foreign:
        before = [p for p in before if p.country and p.country != home] or before
    # a person of that state first; else one whose state is not known yet ("Президент России"
    # for the one of two leaders still without a state)
    candidates = [p for p in before if not country or p.country == country] + \
                 ([p for p in before if not p.country and canonical] if country else [])
    candidates = candidates or (lone_stateless(doc, before, a) if country else [])
    # "Лидер республики проинформировал российского коллегу": not the one of the counterpart's state
    other = counterpart_states(doc, a)
    candidates = [p for p in candidates if p.country not in other] or candidates
    g = _verb_gender(doc, head)
    if g:
        # "Корейский министр выразил ...": the verb's gender tells the two ministers apart; a
        # woman is often "министр заявил", so a masculine verb only prefers men
        agree = [p for p in candidates if surname_gender(p) == g]
        # "Премьер-министр Италии поблагодарила" for "Джорджей Мелони": one whose name shows
        # no gender may be a woman
        agree = agree or [p for p in candidates if g == "Fem" and not shown_gender(p)]
        candidates = agree if g == "Fem" or agree else candidates
    # "дипломат": any of several offices ("посол|министр иностранных дел")
    offices = {fold(c) for c in canonical.split("|")} if canonical else set()
    if not country and not canonical:
        # a bare "министр" refers only as a subject or in "по словам министра", not inside
        # another's title ("исполняющий обязанности министра бизнеса ... X")
        if not _referring(doc, span_toks, head):
            return
        # and when it fits several, it is the person the article is about
        fits = [p for p in candidates if _titled_as(p, head)]
        if len(fits) > 1:
            from .context import protagonist
            hero = protagonist(doc, before=a)
            # "X сообщил, что ... Министр добавил:": the one who spoke in the sentence before
            near = next((p for p in fits if _subject_just_before(doc, p, a)), None)
            candidates = [near] if near else [hero] if hero in fits else fits
    if country and not canonical:
        # "Турецкий министр подчеркнул" after the Turkish minister and the Turkish ambassador:
        # one whose title the description's noun begins before one of that state only
        candidates.sort(key=lambda p: not _titled_as(p, head))
    if offices and not country:
        # one who holds that office before one whose office is not known ("Хоким области" after
        # "хоким X встретился с руководителем компании Y" is X); "Глава государства" the one at home
        at_home = home is not None and " ".join(t.lemma for t in span_toks) in words("ru", "home_heads.txt")
        candidates.sort(key=lambda p: (not (holds(p, offices) or offices == {"президент"} and _heads_state(doc, p)),
                                        at_home and p.country != home))
    for person in candidates:
        if offices and person.roles and not holds(person, offices) and not (
                offices == {"президент"} and _heads_state(doc, person)):
            continue
        if offices and not holds(person, offices) and named_in_sentence(doc, person, a):
            continue      # "По предложению X ... обращение к премьеру": named, then not described
        if not country and not canonical and not _titled_as(person, head):
            continue      # "коллега" alone says too little; "министр" is the minister named
        refer(doc, person, a, b, nominative_title(span_toks))
        if canonical and "|" not in canonical and fold(canonical) not in canonical_titles(person):
            last = doc.entity_at(span_toks[-1].start, span_toks[-1].end)
            person.roles.append(Role(canonical, last.id if last is not None and last.type in ("GPE", "ORG") else None))
        if country and not person.country:
            person.country = country
        return
    # "принял посла Японии ... Японский дипломат сообщил": maybe an envoy named by office alone
    remember_unlinked(doc, span_toks, country, offices, nominative_title(span_toks))
