"""Entity spans: natasha's NER spans reconciled with the gazetteers and state bodies.

Fixes natasha's known boundary errors by rule: a state body and its state split apart
("МИД" + "РК" -> one ORG "МИД РК" with country KZ), a region swallowing the next word
("Центральная Азия сегодня" -> "Центральная Азия"), and neighbouring organisations merged
into one span ("Парламенте Многопартийной парламентской группы" -> two ORGs).
"""
from __future__ import annotations

import re
from functools import cache

from ..doc import Doc, Span, Token
from ..lang import lexicon, words
from ..nlp.match import PhraseMatcher, fold, word_keys
from .gazetteer import Place, gazetteer
from .lower_bodies import state_follows
from .quoted_orgs import quoted_orgs
from .readers import reader_for
from .ru_firms import join_legal_forms_ru
from .person_split import split_persons, without_state
from .route_ends import route_ends
from .span_repairs import (balance_quotes, credited_outlet, named_occasions, no_name_opening, only_adjective, opens_line,
                           plant_abbreviation, repeated_latin, signed_lead, repeated_persons, split_at_breaks,
                           with_particle, domain_names, economic_zones)

NAMED_AFTER = re.compile(r"\s+(?:им\.|имени)\s+(?:(?:[А-ЯЁ]\.\s?){1,2})?(?:[а-яё]+-)?[А-ЯЁ][\w-]*"
                         r"(?:\s+[А-ЯЁ][\w-]*)?")


@cache
def bodies(lang: str) -> PhraseMatcher:
    return PhraseMatcher(lang).add_all((r[0], r[0]) for r in lexicon(lang, "bodies.tsv"))


@cache
def body_states(lang: str) -> dict[str, str]:
    """Bodies only one state has ("Мажилис": KZ), from the second column of bodies.tsv."""
    return {r[0]: r[1] for r in lexicon(lang, "bodies.tsv") if len(r) > 1 and r[1]}


@cache
def body_short(lang: str) -> dict[str, str]:
    """Short forms of bodies (third column of bodies.tsv): "Министерство иностранных дел" -> "МИД"."""
    return {fold(r[0]): r[2] for r in lexicon(lang, "bodies.tsv") if len(r) > 2 and r[2]}


def _short_alias(doc: Doc, body: Span, state: Span) -> str | None:
    """"МИД Кыргызстана" for "Министерство иностранных дел КР": the short form with the state's
    name in the genitive."""
    from ..nlp.normalize import parse
    short = body_short(doc.lang).get(fold(body.normal or body.text))
    if not short or not state.normal:
        return None
    words = []
    for w in state.normal.split():
        p = next(iter(parse(w.lower())), None)
        g = p.inflect({"gent"}) if p is not None else None
        words.append((g.word if g else w.lower()).capitalize() if w[:1].isupper() else (g.word if g else w))
    return f"{short} {' '.join(words)}"


PARTICLED = re.compile(r"[a-zа-яё]{2,3}-[A-ZА-ЯЁ][\w'’-]{2,}")


def _stem(word: str) -> str:
    """The word without a case ending of up to two letters: "аль-Фалиха" and "аль-Фалих" alike."""
    return word[:-2] if len(word) > 7 and word[-2:] in ("ом", "ым", "ем", "ой", "ей") else \
        word[:-1] if len(word) > 6 and word[-1] in "аеуяю" and not word.endswith(("ии",)) else word


def _state_form(text: str) -> bool:
    """"Казахстану" is a form of a state's name; "Ливанов" only in the plural, which no state
    takes: a surname."""
    from ..nlp.normalize import parse
    return all(any("Geox" in p.tag and p.tag.number == "sing" for p in parse(w.lower())) for w in text.split())


def _tokens_in(sent_tokens: list[Token], start: int, end: int) -> list[Token]:
    return [t for t in sent_tokens if t.start >= start and t.end <= end]


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


# an upper-case place with an agency in slashes: "ТАШКЕНТ /Trend/"
DATELINE = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ-]+\s*/[^/]+/?$")


class EntitySpans:
    """The entity-span stage, one reader a language (readers.py): RussianSpans here, KazakhSpans
    (kk/spans.py), EnglishEntitySpans (en/entities.py)."""
    name = "entity_spans"
    requires = ("sents", "ner")
    assigns = ("entity_spans",)
    langs = ("ru", "kk", "en")

    def __call__(self, doc: Doc) -> Doc:
        return reader_for("entity_spans", doc.lang)()(doc)


class RussianSpans:
    def __call__(self, doc: Doc) -> Doc:
        gaz = gazetteer(doc.lang)
        honor = words(doc.lang, "honorifics.txt")
        out: list[Span] = []
        ner = sorted(split_at_breaks(doc, doc.spans), key=lambda s: s.start)
        for sent in doc.sents:
            toks = sent.tokens
            places = []
            for m in gaz.find(toks):
                p: Place = m.value
                a, b = toks[m.start], toks[m.end - 1]
                places.append(doc.span(a.start, b.end, type=p.type, normal=p.name, source="gazetteer",
                                       country=p.country, data={"key": p.key, "kind": p.kind,
                                                                "members": p.members}))
            body_hits = [doc.span(toks[m.start].start, toks[end - 1].end, type="ORG", source="body",
                                  normal=m.value if m.value[:1].isupper() and end == m.end else "",
                                  country=body_states(doc.lang).get(m.value))
                         for m in bodies(doc.lang).finditer(toks)
                         if (end := m.end if toks[m.start].text[:1].isupper()
                             else state_follows(toks, m.start, m.end, places)) is not None]
            sent_ner = [s for s in ner if sent.start <= s.start < sent.end]
            spans = self._reconcile(doc, toks, sent_ner, places, body_hits, honor)
            out.extend(spans)
        out = split_persons(doc, route_ends(doc, [with_particle(doc, s) for s in out]))
        out += self._missed_names(doc, out, honor)
        out += repeated_latin(doc, out)
        out += repeated_persons(doc, out)
        out = named_occasions(doc, out)     # "праздника Наадам": a holiday, no person
        out = join_legal_forms_ru(doc, quoted_orgs(doc, economic_zones(doc, domain_names(doc, out))))
        doc.spans = sorted(out, key=lambda s: (s.start, -s.end))
        return doc

    @staticmethod
    def _missed_names(doc: Doc, spans: list[Span], honor) -> list[Span]:
        """A foreign surname the NER found once ("Посол Сетиади") but missed in a long title
        ("Посла Индонезии Бамбанга Сетиади"): the same capitalised word elsewhere, not the first
        of its sentence and in no other span, is that person too, with a capitalised word of
        its case right before it as the given name."""
        from .roles import titles
        surnames = {s.text for s in spans if s.type == "PER" and " " not in s.text and len(s.text) > 3}
        # "Халида аль-Фалиха ... — сказал аль-Фалих": a surname that opens with a lower-case particle,
        # in any case form
        particled = {_stem(w) for s in spans if s.type == "PER" and " " in s.text for w in s.text.split()[-1:]
                     if PARTICLED.fullmatch(w)}
        surnames |= {t.text for sent in doc.sents for t in sent.tokens
                     if PARTICLED.fullmatch(t.text) and _stem(t.text) in particled}
        added: list[Span] = []
        for sent in doc.sents:
            toks = sent.tokens
            for k, t in enumerate(toks):
                if k == 0 or t.text not in surnames or t.pos != "PROPN" and not PARTICLED.fullmatch(t.text) \
                        or any(x.start <= t.start < x.end for x in spans):
                    continue
                a = t.start
                prev = toks[k - 1]
                # an indeclinable surname ("Сусило", "Сетиади") gets any case from the tagger
                same_case = prev.case == t.case or t.text[-1] in "оиуеэю"
                if k > 1 and prev.pos == "PROPN" and prev.text[:1].isupper() and same_case \
                        and not word_keys(prev.text) & honor and not titles(doc.lang).match_at(toks, k - 1) \
                        and not any(x.start <= prev.start < x.end for x in spans):
                    a = prev.start
                added.append(doc.span(a, t.end, type="PER", source="repeated"))
        return added

    def _reconcile(self, doc, toks, ner, places, body_hits, honor) -> list[Span]:
        spans: list[Span] = []
        for s in ner:
            s = self._named_after(doc, balance_quotes(doc, s))
            same = next((b for b in body_hits if b.start == s.start and b.end == s.end), None)
            if same is not None:
                s = same          # "Мажилиса" tagged LOC or left in the genitive: the body itself
            if s.type == "PER" and (signed_lead(doc.text, s) or any(
                    p.start <= s.start and s.end <= p.end
                    and (p.type == "GPE" and _state_form(s.text) or opens_line(doc.text, s.start)) for p in places)):
                continue          # a state, or a capital in a dateline ("Нур-Султан. 13 июня."), or the lead's author: no person
            if s.type == "ORG" and DATELINE.match(s.text):
                continue          # "ТАШКЕНТ /Trend/": a dateline with the agency's credit
            one = _tokens_in(toks, s.start, s.end)
            if len(one) == 1 and one[0].pos in ("ADV", "PRON", "SCONJ", "CCONJ", "ADP", "PART"):
                continue          # "Сегодня, 10 апреля, состоялся ...": a capitalised word, no name
            if one and one[0].pos == "ADP" and all(t.pos in ("ADP", "NUM") for t in one):
                continue          # "С 13 по 14 апреля": a capitalised preposition and a number
            if s.type == "ORG" and plant_abbreviation(doc.lang, one):
                continue          # "ТЭЦ", "АЭС": a kind of plant (projects.tsv), no organisation
            if len(one) == 1 and no_name_opening(toks, one[0], s.type):
                continue          # "Воскресное заседание ... провел", "Азот уходит": a sentence's first word
            end = max((b.end for b in body_hits if b.start <= s.start < b.end), default=None)
            if s.type != "ORG" and end is not None and (s.end <= end or s.type == "PER"):
                # "Олий" of "Олий Мажлиса" tagged a place: the body, added below; a name the NER
                # began inside it ("Мажлиса Танзила X"): the words after it
                rest = _tokens_in(toks, end, s.end)
                if not rest:
                    continue
                s = doc.span(rest[0].start, s.end, type="PER", source=s.source)
            s = credited_outlet(doc, toks, s)       # "корреспонденту Арменпресс": the outlet
            if s.type == "PER":
                s = self._strip_person(doc, toks, without_state(doc, toks, s, places), honor)
                if s is None:
                    continue
            inner = [p for p in places if s.start <= p.start and p.end <= s.end]
            if s.type == "LOC" and inner:
                # the gazetteer knows the exact extent: "Центральная Азия сегодня" -> "Центральная Азия"
                rest = [t for t in _tokens_in(toks, s.start, s.end)
                        if not any(p.start <= t.start and t.end <= p.end for p in inner)]
                if all(not t.text[:1].isupper() for t in rest) or len(inner) == 1 and inner[0].start == s.start \
                        and inner[0].end == s.end:
                    continue          # the places themselves are added below
            if s.type == "ORG":
                s = self._split_merged_orgs(doc, toks, s, body_hits, spans)
                if s is None:
                    continue
            if any(_overlaps(s, p) for p in places) and s.type == "LOC":
                continue
            spans.append(s)
        for p in places:
            if not any(_overlaps(p, s) for s in spans):
                spans.append(p)
            elif p.type == "GPE" and any(s.type == "ORG" and s.start <= p.start and p.end <= s.end for s in spans):
                spans.append(p)   # "Правительство России": the state is named inside the body too
        for b in body_hits:
            if not any(_overlaps(b, s) for s in spans):
                spans.append(b)
        spans.sort(key=lambda s: s.start)
        return self._attach_states(doc, toks, spans)

    def _named_after(self, doc: Doc, s: Span) -> Span:
        """"КазНУ им. аль-Фараби", "ОмГУ имени Достоевского": an institution named after someone."""
        if s.type not in ("LOC", "ORG"):
            return s
        m = NAMED_AFTER.match(doc.text, s.end)
        if not m:
            return s
        return doc.span(s.start, m.end(), type="ORG", source=s.source + "+named")

    def _strip_person(self, doc, toks, s: Span, honor) -> Span | None:
        ts = _tokens_in(toks, s.start, s.end)
        while ts and (not ts[0].text[:1].isupper() or word_keys(ts[0].text) & honor
                      or fold(ts[0].text) in ("его", "ее", "её") and len(ts) > 1
                      and word_keys(ts[1].text) & honor):
            ts = ts[1:]
        from .roles import titles
        m = titles(doc.lang).match_at(ts, 0) if ts else None
        while ts and m:
            # "Премьер-министр Олжас Бектенов" tagged as one name: the title is not the name
            ts = ts[m.end:]
            m = titles(doc.lang).match_at(ts, 0) if ts else None
        while ts and not any(c.isalpha() for c in ts[-1].text):
            ts = ts[:-1]
        if not ts:
            return None
        body = bodies(doc.lang).match_at(ts, 0)
        if body is not None and body.end == len(ts):
            return None       # "Председатель Мажилиса" tagged as a name: a body, added as one below
        if len(ts) == 1 and ts[0].pos == "ADJ" and only_adjective(ts[0].text):
            return None       # "Высокий представитель ЕС ...": a capitalised adjective, not a name
        return doc.span(ts[0].start, ts[-1].end, type="PER", source=s.source)

    def _split_merged_orgs(self, doc, toks, s: Span, body_hits, spans) -> Span | None:
        """"Парламенте Многопартийной парламентской группы": a body, then a new capitalised name."""
        for b in body_hits:
            if b.start == s.start and b.end < s.end:
                rest = _tokens_in(toks, b.end, s.end)
                if rest and rest[0].text[:1].isupper():
                    spans.append(b)
                    return doc.span(rest[0].start, s.end, type="ORG", source="ner")
        return s

    def _attach_states(self, doc, toks, spans: list[Span]) -> list[Span]:
        """An ORG followed by its state in the genitive or as an abbreviation becomes one ORG."""
        out: list[Span] = []
        i = 0
        while i < len(spans):
            s = spans[i]
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            if s.type == "ORG" and nxt is not None and nxt.type == "GPE" \
                    and doc.text[s.end:nxt.start].strip() == "":
                st = _tokens_in(toks, nxt.start, nxt.end)
                if st and (st[0].case == "Gen" or st[0].text.isupper()):
                    merged = doc.span(s.start, nxt.end, type="ORG", source=s.source + "+state",
                                      country=nxt.country, data={"body": s.text})
                    alias = _short_alias(doc, s, nxt)
                    if alias:
                        # one body however the article writes it ("МИД КР", "Министерство
                        # иностранных дел КР"), and one short form shared across articles
                        merged.data.update(alias=alias, key="body:" + fold(alias))
                    out.append(merged)
                    out.append(nxt)      # the state stays a mention of its own, nested in the body
                    i += 2
                    continue
            out.append(s)
            i += 1
        return out
