"""Who sits at the table when the parse alone does not say: the guest of "принял" behind a long
title or an elided object, the heads of delegations named after the meeting, a state standing
for an official the article does not name."""
from __future__ import annotations

import re

from ..doc import Doc, Entity, Sent, Span, Token
from ..lang import words
from ..nlp.match import fold, word_keys
from .context import children, headline_end, meeting_nouns, mentions_in, subject_entities, subtree, token_index
from .gazetteer import gazetteer
from .meetings import meeting_words

WINDOW = 40


def titled_person_after(doc: Doc, sent: Sent, i: int) -> bool:
    """"принял Чрезвычайного и Полномочного Посла X в Y Маркуса Шнайдера": a person whose title
    starts right after the verb is its object, whatever the parser made of the long title."""
    from .roles import title_window
    toks = sent.tokens
    # a person subject before the verb leaves none after it: a name tagged nominative there is
    # the guest the tagger misread ("X принял заместителя министра Y Султона Рахимова")
    host_before = any(e.type == "PER" for e in subject_entities(doc, sent, i)
                      for m in e.mentions if m.end <= toks[i].start and sent.start <= m.start)
    for k in range(i + 1, min(len(toks), i + 2 + WINDOW)):
        e = doc.entity_at(toks[k].start, toks[k].end)
        if e is None or e.type != "PER":
            continue
        if toks[k].case == "Nom" and not host_before and not _instrumental(toks[k]):
            return False      # the subject after the verb: "принял Президент X"
        win = title_window(doc, toks, k, [])
        return k == i + 1 or bool(win) and win[0] is toks[i + 1]
    return False


def _instrumental(t: Token) -> bool:
    """"была принята заместителем министра ... Лазизом Кудратовым": a name the tagger read as
    nominative whose form can only be instrumental, the agent of a passive."""
    from ..nlp.normalize import parse
    forms = parse(t.text.lower()) if t.pos == "PROPN" else []
    return bool(forms) and all("ablt" in str(f.tag) for f in forms)


def guest_elided(doc: Doc, sent: Sent, i: int) -> bool:
    """"В первый день визита министра принял Президент X": "принял" with no object at all, a
    person as its subject and another person in the sentence, who is the guest."""
    toks = sent.tokens
    if any(toks[c].rel in ("obj", "ccomp", "xcomp") for c in children(sent, i)):
        return False
    subj = [e for e in subject_entities(doc, sent, i) if e.type == "PER"]
    people = {e.id for _, e in mentions_in(doc, sent.start, sent.end, ("PER",))}
    return bool(subj) and len(people - {subj[0].id}) > 0


def heads_delegations(sent: Sent, lang: str = "ru") -> bool:
    """"Делегацию Казахстана возглавил X", "В состав делегации вошли X и Y": the sentence names
    who sat at the table for a delegation."""
    keys = [word_keys(t.text) for t in sent.tokens]
    if any(k & meeting_words(lang, "delegation") for k in keys) \
            and any(k & words(lang, "delegation_members.txt") for k in keys):
        return True
    if any(k & (words(lang, "co_chairs.txt") | words(lang, "chaired_by.txt")) for k in keys):
        return True       # "Сопредседателями комиссии выступили X и Y", "под председательством X" after the session
    toks = sent.tokens
    nouns = meeting_nouns(lang)
    if any(k & words(lang, "participation.txt") for k in keys) and _names_the_talks(toks, keys, nouns, lang):
        return True
    # "Венгрию в статусе наблюдателя представлял премьер-министр X": who represents a state there
    if any(k & words(lang, "representing.txt") and any(toks[c].rel == "obj" and toks[c].pos == "PROPN"
                                                       for c in range(len(toks)) if toks[c].head == i)
           for i, k in enumerate(keys)):
        return True
    # "Встречу открыл министр X", "Председательствовал на встрече X": who opens or chairs the
    # meeting sits at its table
    return any(word_keys(toks[i].text) & nouns and 0 <= toks[i].head < len(toks) and toks[i].rel in ("obj", "obl")
               and word_keys(toks[toks[i].head].text) & words(lang, "chairs.txt") for i in range(len(toks)))


def about_talks(doc: Doc, sent: Sent) -> bool:
    """"Встреча прошла в теплой атмосфере", "Переговоры начались в узком составе": a sentence about
    the talks just told that names no one keeps them the talks a next sentence's list joins."""
    nouns = meeting_nouns(doc.lang)
    toks = sent.tokens
    return not mentions_in(doc, sent.start, sent.end, ("PER",)) and any(
        t.rel.startswith("nsubj") and word_keys(t.text) & nouns for t in toks)


def _names_the_talks(toks, keys, nouns, lang: str) -> bool:
    """"В переговорах приняли участие", "в них участвовали", "с кыргызской стороны участвовали":
    the taking part is in the talks just told (not in a ceremony or a forum)."""
    low = [t.text.lower() for t in toks]
    # "в его работе также принял участие X": its work is the session's
    own = words(lang, "possessives.txt")
    bare = [w for w in low if w not in own]
    return any(k & nouns for k in keys) or any(
        a in ("в", "во") and b in meeting_words(lang, "referring") for a, b in zip(bare, bare[1:])) or any(
        a in ("с", "со") and b == "стороны" for a, b in zip(low, low[2:]))


def unnamed_subject_state(doc: Doc, sent: Sent, verb: int) -> Entity | None:
    """The state of a subject that names no one ("глава казахстанской дипломатии", "узбекская
    сторона"), as the article's entity for that state."""
    if not 0 <= verb < len(sent.tokens) or subject_entities(doc, sent, verb):
        return None
    gaz = gazetteer(doc.lang)
    toks = sent.tokens
    for c in children(sent, verb):
        if toks[c].rel.startswith("nsubj") and toks[c].pos == "NOUN":
            codes = {x for k in subtree(sent, c) for x in gaz.cues_in(toks[k].text)}
            if len(codes) == 1:
                code = codes.pop()
                return next((e for e in doc.entities if e.type == "GPE" and e.country == code), None)
    return None


# "ТАШКЕНТ, 16 ноября. /УЗИНФОРМ/.", "Астана - 8 октября /KZinform/.", "Астана. 22 июня. КАЗИНФОРМ",
# "АСТАНА, 24 қараша. KAZINFORM –": the city the report is filed from (Kazakh letters included)
_UP, _LOW = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ", "a-zа-яёәғқңөұүһі"
DATELINE_CITY = re.compile(rf"\s*([{_UP}][{_UP}{_LOW}-]+(?: [{_UP}][{_UP}{_LOW}-]+)?)"
                           rf"\s*(?:,|\.|\s[-–—])\s*\d{{1,2}}\s+[{_LOW}]+")
# "АСТАНА. KAZINFORM –": a city in capitals and the agency's credit, no date between
DATELINE_BARE = re.compile(rf"\s*([{_UP}][{_UP}-]+(?: [{_UP}][{_UP}-]+)?)(?=\.\s*[{_UP}][\w.-]{{1,30}}\s*[-–—]\s)")


# what follows the dateline's date up to the dash or the closing mark: the agency's credit
# ("Астана. 1 декабря. КАЗИНФОРМ –", "Баку, 27 августа /Trend/.", "Самарканд, 2 ноября (УзА).")
CREDIT = re.compile(r"[.,]?\s*(?:/[^/\n]{1,40}/|\([^()\n]{1,40}\)|[A-ZА-ЯЁ][\w.-]{1,30}\s*[-–—])")


def lead_paragraph(doc: Doc) -> tuple[int, int] | None:
    """The first paragraph after the headline."""
    return next((p for p in doc.paragraphs() if p[0] >= headline_end(doc)), None)


def _dateline(doc: Doc):
    """The match of DATELINE_CITY at the start of the lead, or None."""
    lead = lead_paragraph(doc)
    if lead is None:
        return None
    return DATELINE_CITY.match(doc.text, lead[0]) or DATELINE_BARE.match(doc.text, lead[0])


def in_credit(doc: Doc, mention) -> bool:
    """Is the mention the news agency credited in the dateline (no actor of the news)?"""
    m = _dateline(doc)
    credit = CREDIT.match(doc.text, m.end()) if m is not None else None
    return credit is not None and credit.start() <= mention.start and mention.end <= credit.end()


def dateline_city(doc: Doc) -> Entity | None:
    """The place of the dateline that opens the lead, as one of the article's places."""
    m = _dateline(doc)
    if m is None:
        return None
    city = fold(m.group(1))
    known = next((e for e in doc.entities if e.type in ("LOC", "GPE") and e.country
                  and (fold(e.name) == city or any(x.start == m.start(1) for x in e.mentions))), None)
    if known is not None:
        return known
    # an upper-case dateline ("ЕРЕВАН, 14 мая") the tagger left out: the gazetteer's city
    words = m.group(1).title().split()
    hits = gazetteer(doc.lang).find([Token(0, 0, w) for w in words])
    if not hits or hits[0].end - hits[0].start != len(words) or hits[0].value.type != "LOC":
        return None
    place = hits[0].value
    ent = Entity(id="d1", type="LOC", name=place.name, country=place.country,
                 mentions=[Span(m.start(1), m.end(1), m.group(1))])
    doc.entities.append(ent)
    return ent


def finer_place(doc: Doc, place: Entity) -> str:
    """"Анкара, 14 октября. Министр ... находится с визитом в Турции": the dateline's city in that
    state says where more exactly than the state."""
    city = dateline_city(doc) if place.type == "GPE" else None
    return city.id if city is not None and city.country == place.country and city is not place else place.id


def headline_actor(doc: Doc, sent: Sent, verb: int, others: list[Entity]) -> Entity | None:
    """"Глава государства побеседовал по телефону с X" as a headline: an office for subject,
    named nowhere before, is the person the article is about, when he is not the other side."""
    toks = sent.tokens
    if not 0 <= verb < len(toks) or subject_entities(doc, sent, verb):
        return None
    subj = [c for c in children(sent, verb) if toks[c].rel == "nsubj" and toks[c].pos == "NOUN"]
    people = [e for e in doc.entities if e.type == "PER" and not e.group and e not in others]
    hero = max(people, key=lambda e: (len(e.mentions), -e.first)) if people else None
    if not subj or hero is None or any(
            doc.entity_at(toks[k].start, toks[k].end) is not None for k in subtree(sent, subj[0])):
        return None
    return hero if all(e.country != hero.country or not e.country for e in others) else None


def talks_with_person(doc: Doc, sent: Sent, k: int) -> bool:
    """"Y сообщил после переговоров с министром X": talks told only through what followed them
    are still talks between the two persons (the same talks told before merge with these)."""
    toks = sent.tokens
    for c in children(sent, k):
        if toks[c].case != "Ins" or not any(toks[x].text.lower() in ("с", "со") for x in children(sent, c)):
            continue
        # the name may hang elsewhere in the parse: the first person after the office, with no
        # comma or verb between ("с министром предприятий Италии Адольфо Урсо")
        for mm, guest in mentions_in(doc, toks[c].start, sent.end, ("PER",)):
            between = [t for t in toks if toks[c].end <= t.start < mm.start]
            if any(t.text in (",", ";", "—") or t.pos in ("VERB", "AUX") for t in between):
                return False
            # and a named person on the other side: "стороны обсудили в ходе переговоров с X"
            # refers back to talks already told
            return any(e is not guest for _, e in mentions_in(doc, sent.start, sent.end, ("PER",)))
    return False


def public_counterpart(doc: Doc, sent: Sent, heads: tuple[int, ...]) -> bool:
    """"провёл встречу со студентами", "Мы пообщались с населением": the one met ("с X" on the
    trigger or its verb) is the public (lang/ru/public.txt), not a side at a table; the persons
    the sentence or the article names elsewhere are not at it either."""
    toks = sent.tokens
    public = words(doc.lang, "public.txt")
    for k, t in enumerate(toks):
        if t.head not in heads or t.pos not in ("NOUN", "PRON") or doc.entity_at(t.start, t.end) is not None:
            continue
        if any(fold(toks[c].text) in ("с", "со") and toks[c].rel == "case" for c in children(sent, k)) \
                and word_keys(t.text) & public:
            return True
    return False


def housed(doc: Doc, sent: Sent, start: int) -> bool:
    """Is the body mentioned at `start` named right after a building noun ("у входа в здание
    Законодательного собрания мы провели встречу", "в резиденции «Ала-Арча»": past the quote that
    opens the building's own name)? It says where, not who met."""
    prev = [t for t in sent.tokens if t.end <= start and t.text not in ("«", '"', "„", "“")]
    return bool(prev) and bool(word_keys(prev[-1].text) & meeting_words(doc.lang, "building"))


def toured(doc: Doc, sent: Sent, start: int, trigger: int) -> bool:
    """Is the body mentioned at `start` the object of a verb of touring (meeting_words.tsv toured:
    "а также посетила Минский тракторный завод") other than the meeting's own word? It was
    visited, not met."""
    toks = sent.tokens
    k = token_index(toks, start)
    for _ in range(8):           # a few steps up, whatever loops a parse may hold
        if k is None or toks[k].rel not in ("conj", "flat", "flat:name", "appos", "amod", "nmod") \
                or not 0 <= toks[k].head < len(toks) or toks[toks[k].head].pos == "VERB":
            break
        k = toks[k].head
    if k is None or toks[k].rel != "obj" or not 0 <= toks[k].head < len(toks) or toks[k].head == trigger:
        return False
    return bool(word_keys(toks[toks[k].head].text) & meeting_words(doc.lang, "toured"))


def bracketed_place(doc: Doc, sent: Sent, start: int) -> bool:
    """"в Аль-Айне (Объединённые Арабские Эмираты)": a state in brackets right after a place
    says where that place is, not who met."""
    prev = [t for t in sent.tokens if t.end <= start]
    if len(prev) < 2 or prev[-1].text != "(":
        return False
    k = len(prev) - 2
    if prev[k].text == ")":       # "в Аль-Айне (Al Ain) (ОАЭ)": past the place's other spelling
        while k > 0 and prev[k].text != "(":
            k -= 1
        k -= 1
    before = doc.entity_at(prev[k].start, prev[k].end) if k >= 0 else None
    return before is not None and before.type in ("LOC", "GPE")


def delegation_heads(doc: Doc, sent: Sent, out: list[Entity], leader: Entity | None = None) -> list[Entity]:
    """"Японская делегация была принята министром X": a state's delegation at the table is led by
    the one person of that state the article has named before (none: no one), or of several the
    one told as the delegation's head (`leader`: ru_guests.delegation_leader)."""
    added: list[Entity] = []
    for g in out:
        if not (g.group and g.country and any(word_keys(w) & meeting_words(doc.lang, "delegation") for w in g.name.split())):
            continue
        ours = [e for e in doc.entities if e.type == "PER" and not e.group and e.country == g.country
                and e.first < sent.start]
        if len(ours) > 1 and leader is not None and leader in ours:
            ours = [leader]     # several of that state: the one told as the delegation's head
        if len(ours) == 1 and ours[0] not in out + added:
            added.append(ours[0])
    return added
