"""Repairs of single entity spans the NER got nearly right: a quote mark it left unbalanced, a name
run over a line break, a Turkic name cut before its closing word, a sentence-opening adjective or
common noun taken for a name."""
from __future__ import annotations

import re
from functools import cache

from ..doc import Doc, Span, Token
from ..lang import lexicon, words
from ..nlp.match import fold, is_abbr, word_keys


def only_adjective(word: str) -> bool:
    from ..nlp.normalize import parse
    ps = [p for p in parse(word.lower()) if p.is_known]
    return bool(ps) and all(p.tag.POS in ("ADJF", "ADJS", "PRTF") for p in ps)


def adjective_opening(toks: list[Token], t: Token) -> bool:
    """A word capitalised only because it opens the sentence and that is only an adjective of the
    lower-case noun right after it ("Воскресное заседание", "Очередной раунд"): no name."""
    k = next((n for n, x in enumerate(toks) if x is t), None)
    if k is None or k + 1 >= len(toks) or not t.text[:1].isupper() or t.text.isupper():
        return False
    opens = k == 0 or all(not x.text[:1].isalnum() for x in toks[:k])
    after = toks[k + 1]
    return opens and after.text[:1].islower() and after.pos == "NOUN" and only_adjective(t.text)


def noun_opening(toks: list[Token], t: Token) -> bool:
    """A word capitalised only because it opens the sentence (a pun headline: "Азот уходит на
    юг") and that the dictionary knows only as a common inanimate noun, with no reading as a
    name, surname or place: no person."""
    from ..nlp.normalize import NAME_TAGS, parse
    k = next((n for n, x in enumerate(toks) if x is t), None)
    if k is None or k + 1 >= len(toks) or not t.text[:1].isupper() or t.text.isupper():
        return False
    # the headline's sentence opens with the file's " date YYYY-MM-DD"
    if not all(not x.text[:1].isalnum() or x.text == "date" or x.pos == "NUM" for x in toks[:k]) \
            or not toks[k + 1].text[:1].islower():
        return False
    ps = parse(t.text.lower())
    return bool(ps) and all(p.is_known and p.tag.POS == "NOUN" and "inan" in p.tag
                            and not (NAME_TAGS | {"Geox", "Orgn"}) & p.tag.grammemes for p in ps) \
        and any("sing" in p.tag and "nomn" in p.tag for p in ps)


def balance_quotes(doc: Doc, s: Span) -> Span:
    """"Алмалыкский ГМК»": a closing quote whose opening one the NER left out is not the name's."""
    a, b = s.start, s.end
    while b > a and doc.text[b - 1] in "»”" and doc.text[a:b].count("«") + doc.text[a:b].count("“") < \
            doc.text[a:b].count("»") + doc.text[a:b].count("”"):
        b -= 1
    while a < b and doc.text[a] in "«“" and "»" not in doc.text[a:b] and "”" not in doc.text[a:b]:
        a += 1
    if (a, b) == (s.start, s.end):
        return s
    return Span(a, b, doc.text[a:b], type=s.type, normal=s.normal, source=s.source, country=s.country, data=s.data)


def split_at_breaks(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Ван И.\n\nЭмомали Рахмон" tagged as one name: no name runs over a line break, each line's
    part is a name of its own."""
    out = []
    for s in spans:
        for m in re.finditer(r"[^\n]+", doc.text[s.start:s.end]):
            part = m.group().strip(" .,;:")
            if part and any(c.isalpha() for c in part):
                a = s.start + m.start() + m.group().index(part)
                out.append(s if (a, a + len(part)) == (s.start, s.end)
                           else doc.span(a, a + len(part), type=s.type, source=s.source))
    return out


def with_particle(doc: Doc, s: Span) -> Span:
    """"Нурланбек Тургунбек уулу": a person's name runs on over the word that closes a Turkic name
    (lang/ru/name_particles.txt)."""
    m = re.compile(r" (\w+)").match(doc.text, s.end) if s.type == "PER" else None
    if m is None or m.group(1).lower() not in words(doc.lang, "name_particles.txt"):
        return s
    return doc.span(s.start, m.end(), type="PER", source=s.source)


_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&.\- ]*[A-Za-z0-9]")


def repeated_latin(doc: Doc, spans: list[Span]) -> list[Span]:
    """A firm written in Latin letters ("PowerChina", "Hyundai Engineering") the NER found once
    is the same firm wherever the article writes it again outside any span ("соглашение между
    министерством и PowerChina")."""
    names = {s.text for s in spans if s.type == "ORG" and _LATIN.fullmatch(s.text) and len(s.text) >= 3}
    added: list[Span] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", doc.text):
            if not any(x.start < m.end() and m.start() < x.end for x in spans + added):
                added.append(doc.span(m.start(), m.end(), type="ORG", source="repeated"))
    return added


def repeated_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person's full name the NER found once ("Ариф Сантосо заявил") is the same person wherever
    the article writes it again, letter for letter, outside any span: the NER often misses names in
    a long list of envoys' titles ("вручили Посол A Петер Ковач, Посол B Ариф Сантосо и ...")."""
    names = {s.text for s in spans if s.type == "PER" and " " in s.text.strip() and s.text[:1].isupper()}
    added: list[Span] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", doc.text):
            if not any(x.start < m.end() and m.start() < x.end for x in spans + added):
                added.append(doc.span(m.start(), m.end(), type="PER", source="repeated"))
    return added


def opens_line(text: str, start: int) -> bool:
    """Does the span open its line (where a dateline stands)? "князь Владимир" inside a
    sentence stays a person even though a city has the name."""
    before = text[max(0, text.rfind("\n", 0, start) + 1):start]
    return not before.strip() or bool(re.fullmatch(r"\s*date \d{4}-\d\d-\d\d\s*", before))


# a lead that opens with its place and its outlet: "Бишкек — 24.kg, "
_PLACE_OUTLET = re.compile(r"\s*[A-ZА-ЯЁ][\w-]+(?:\s[A-ZА-ЯЁ][\w-]+)?\s*[-–—]\s*[\w.-]+,\s*")


def signed_lead(text: str, s: Span) -> bool:
    """"Бишкек — 24.kg, Айзада Касымова. Министр ...": the name between the outlet of the lead's
    opening and its full stop is the author who signs the report, no one acting in it."""
    before = text[max(0, text.rfind("\n", 0, s.start) + 1):s.start]
    return _PLACE_OUTLET.fullmatch(before) is not None and text[s.end:s.end + 1] == "." and len(s.text.split()) <= 3


def credited_outlet(doc: Doc, toks: list[Token], s: Span) -> Span:
    """"в интервью корреспонденту Арменпресс": a lone name right after a noun of an outlet or its
    staff (lang/<xx>/outlet_nouns.txt), in a case other than that noun's, is the outlet, not a
    person ("корреспонденту Петрову" agrees and stays a person; "заявил журналистам Мантуров" is
    plural; "сказал корреспонденту Громов": the noun is told by the verb before it, the name says it)."""
    k = [n for n, t in enumerate(toks) if s.start <= t.start < s.end]
    if s.type == "PER" and len(k) == 1 and _outlet_name(doc.lang, toks[k[0]].text):
        return Span(s.start, s.end, s.text, type="ORG", normal=s.normal, source=s.source, country=s.country, data=s.data)
    if s.type != "PER" or len(k) != 1 or k[0] == 0:
        return s
    t, h = toks[k[0]], toks[k[0] - 1]     # the noun right before it, whatever the parser made of the two
    if h.case in (None, "Nom") or t.case == h.case or h.feats.get("Number") == "Plur" \
            or not word_keys(h.text, doc.lang) & words(doc.lang, "outlet_nouns.txt"):
        return s
    if any(0 <= x.head < k[0] - 1 and toks[x.head].pos == "VERB" for x in (t, h) if x.rel != "punct"):
        return s                          # "сказал корреспонденту Громов": the speaker after his verb
    return Span(s.start, s.end, s.text, type="ORG", normal=s.normal, source=s.source, country=s.country, data=s.data)


def _outlet_name(lang: str, word: str) -> bool:
    """A form of an outlet's one-word name (lang/<xx>/outlet_names.txt): "Азаттыка", "Азаттыку" (a case
    ending after it)."""
    try:
        names = words(lang, "outlet_names.txt")
    except FileNotFoundError:
        return False
    w = fold(word)
    return any(w.startswith(fold(n)) and w[len(n):] in _CASE_ENDINGS for n in names)


_CASE_ENDINGS = ("", "а", "у", "е", "ом", "ы", "ой")     # not "ов": "Кабаров" is a surname


def plant_abbreviation(lang: str, toks: list[Token]) -> bool:
    """One upper-case word that projects.tsv lists as a project ("ТЭЦ", "ГЭС", "ТЭЦ-2")."""
    return len(toks) == 1 and bool(word_keys(toks[0].text, lang) & _plant_abbreviations(lang))


@cache
def _plant_abbreviations(lang: str) -> frozenset[str]:
    return frozenset(r[0] for r in lexicon(lang, "projects.tsv") if is_abbr(r[0]))


_DOMAIN = re.compile(r"\.(?:РФ|рф|РУ|ру|RU|ru|KZ|kz|UZ|uz|COM|com)(?![\w.])")


def domain_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """"ВЭБ.РФ", "Дом.РФ", "Ozon.ru": a firm that writes its name as a web address; the NER stops
    at the dot and the gazetteer reads the country code after it as the state. The name runs on
    over the suffix, and no place stands inside it."""
    out = list(spans)
    for s in spans:
        m = _DOMAIN.match(doc.text, s.end) if s.type == "ORG" else None
        if m is None:
            continue
        out = [x for x in out if x is not s and not (s.end <= x.start < m.end())]
        out.append(doc.span(s.start, m.end(), type="ORG", normal=(s.normal or s.text) + m.group(0), source=s.source))
    return out


_ZONE = re.compile(r"\b([А-ЯЁ][а-яё]+?)(ая|ой|ую|ий|ого|ому|ом)\s+((?:(?:свободн|специальн|особ)[а-яё]+\s+экономическ"
                   r"[а-яё]+\s+зон[а-яё]*)|(?:СЭЗ|ОЭЗ|ФЭЗ)\b(?!\s*[«\"“]))")


def economic_zones(doc: Doc, spans: list[Span]) -> list[Span]:
    """"в Алятской свободной экономической зоне", "председатель правления Алятской СЭЗ": a zone
    named by a place's adjective is a place projects stand in; the NER gives only the adjective, or
    an organisation. Both forms are one place ("СЭЗ «X»", quoted, is read as a site elsewhere)."""
    out = list(spans)
    for m in _ZONE.finditer(doc.text):
        stem, rest = m.group(1), m.group(3).split()
        if len(rest) == 1:
            name = f"{stem}ая {rest[0]}"
        else:
            name = " ".join([stem + "ая"] + [re.sub(r"(ой|ую|ая|ые|ых)$", "ая", w) for w in rest[:-1]] + ["зона"])
        out = [x for x in out if not (x.start < m.end() and m.start() < x.end)]
        out.append(doc.span(m.start(), m.end(), type="LOC", normal=name, source="zone",
                            data={"key": "zone " + fold(stem)}))
    return out


def no_name_opening(toks: list[Token], t: Token, kind: str) -> bool:
    """A sentence's first word taken for a name: an adjective of the noun after it, or for a
    person a common noun."""
    return adjective_opening(toks, t) or kind == "PER" and noun_opening(toks, t)



def named_occasions(doc: Doc, spans: list[Span]) -> list[Span]:
    """A word the article puts right after a holiday's or festival's noun ("праздника Наадам",
    "праздником Навруз") names the occasion: no person, there or where it opens a sentence
    ("Наадам – главный национальный праздник") (lang/ru/named_occasions.txt)."""
    nouns = words(doc.lang, "named_occasions.txt")
    names = {fold(toks[k].text) for s in doc.sents for toks in [s.tokens] for k in range(1, len(toks))
             if toks[k - 1].lemma in nouns and toks[k].text[:1].isupper()}
    return [s for s in spans if not (s.type == "PER" and " " not in s.text.strip() and fold(s.text) in names)]
