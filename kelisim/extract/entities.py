"""Entity spans grouped into entities: one per person, body, state or place in the article.

Names are put in the nominative; persons are grouped by a cross-script surname key with
compatible first names ("Кошербаев" joins "Ермек Кошербаев"); states by ISO code; bodies
and places by their normalized name.
"""
from __future__ import annotations

import re

from ..doc import Doc, Entity, Span
from ..nlp.match import fold, is_abbr
from ..nlp.normalize import person_name, phrase_name
from ..nlp.translit import LANGS as LATIN_FROM
from ..nlp.translit import name_key, surname_key, to_latin


def span_tokens(doc: Doc, span: Span):
    sent = doc.sent_at(span.start)
    if sent is None:
        return [], []
    return [t for t in sent.tokens if t.start >= span.start and t.end <= span.end], sent.tokens


def normal_name(doc: Doc, span: Span) -> str:
    if span.normal:
        return span.normal
    if is_abbr(span.text):
        return span.text      # "КазНУ", "ООН": abbreviations do not decline
    toks, sent = span_tokens(doc, span)
    if not toks:
        return span.text
    if span.type == "PER" and doc.lang == "ru" and len(toks) >= 3 and _particle(toks[-1].text):
        # "Нурланбеком Тургунбек уулу": only the given name declines
        return " ".join([person_name(toks[:1], sent, _title_case(doc, toks, sent))] + [t.text for t in toks[1:]])
    if span.type == "PER":
        return person_name(toks, sent, _title_case(doc, toks, sent))
    if doc.lang == "ru":
        return phrase_name(toks, sent)
    return span.text


def _particle(word: str) -> bool:
    """"уулу", "кызы", "оглу" (lang/ru/name_particles.txt): the word closing a Turkic name."""
    from ..lang import words
    return word.lower() in words("ru", "name_particles.txt")


def _name_parts(name: str) -> list[str]:
    """The name's words without a closing "уулу": "Тургунбек" is the surname-like part. Initials
    written close to the surname ("Б.Торобаев", "Дж.Ходжаев") are words of their own, the given
    name's first letters, so the surname stays the last word."""
    parts = INITIALS.sub(r"\1 ", name).split()
    return parts[:-1] if len(parts) > 1 and _particle(parts[-1]) else parts


def _title_case(doc: Doc, toks, sent) -> str | None:
    """The case of the title before a name ("спикером Палаты общин Линдси Хойлом" -> Ins)."""
    if doc.lang != "ru":
        return None
    from .roles import title_window
    i0 = next((i for i, t in enumerate(sent) if t is toks[0]), None)
    if not i0:
        return None
    win = title_window(doc, sent, i0, [])
    if win and win[0].pos not in ("NOUN", "PROPN") and "-" in win[0].text:
        # "с вице-министром торговли Китая Ли Фэем": a hyphenated title the tagger took for an
        # adjective without a case; the dictionary's noun reading tells it
        from ..nlp.normalize import OC_CASE, parse
        cases = {OC_CASE.get(p.tag.case) for p in parse(win[0].text.lower()) if "NOUN" in p.tag} - {None}
        if len(cases) == 1:
            return cases.pop()
    # (a capitalised title is often tagged a name: "Президента Республики Узбекистан Нодира Хайдарова")
    head = next((t for t in win if t.pos in ("NOUN", "PROPN")), None)
    return head.case if head is not None else None


def _is_patronymic(word: str) -> bool:
    """A patronymic the dictionary knows, or one it guesses from a patronymic's ending
    (lang/ru/patronymic_endings.txt): "Гурбангулыевич" is built like "Маратович"."""
    from ..lang import words
    from ..nlp.normalize import parse
    w = word.lower()
    ends = tuple(words("ru", "patronymic_endings.txt"))
    return any("Patr" in p.tag.grammemes and (p.is_known or w.endswith(ends)) for p in parse(w))


OBLIQUE_ENDINGS = ("а", "я", "у", "ю", "ым", "ом", "ем", "е", "ой")


def _undeclined(oblique: str, nominative: str) -> bool:
    """"Касыма-Жомарта Токаева" left as written (a title in the nominative before it misled the
    normalizer) and "Касым-Жомарт Токаев": every part of the one is the other's with a case ending."""
    a, b = re.split(r"[\s-]+", oblique), re.split(r"[\s-]+", nominative)
    return len(a) == len(b) >= 2 and a != b and all(
        x == y or (x.startswith(y) and x[len(y):] in OBLIQUE_ENDINGS) for x, y in zip(a, b))


def _expanded(entities: list[Entity], span: Span) -> Entity | None:
    """"Азиатский банк развития ... президент АБР": an upper-case abbreviation of an organisation
    named in full before it, its words' initials ("и", "по" left out), is that organisation."""
    short = span.text.strip()
    if span.type != "ORG" or not (2 < len(short) <= 6 and short.isalpha() and short.isupper()):
        return None
    return next((e for e in entities if e.type == "ORG" and "".join(
        w[0] for w in re.split(r"[\s-]+", e.name) if len(w) > 2 and w[0].isalpha()).upper() == short), None)


def _defined(by_key: dict, span: Span, name: str) -> Entity | None:
    """"ТМХ построит завод" in a headline, then "АО «Трансмашхолдинг» (ТМХ)": the name that defines
    an abbreviation in brackets is the organisation the abbreviation named before; it takes that name."""
    m = re.search(r"\(([A-ZА-ЯЁ]{2,8})\)\s*$", span.text)
    ent = by_key.get((span.type, _unpunctuated(m.group(1)))) if m and span.type == "ORG" else None
    if ent is not None and ent.type == "ORG":
        ent.aliases.append(ent.name)
        ent.name = name
        return ent
    return None


def _female_given(word: str) -> bool:
    """Can the word be a woman's given name in the nominative ("Александра", "Нурлана")?"""
    from ..nlp.normalize import parse
    return any(p.is_known and "Name" in p.tag and "femn" in p.tag for p in parse(word.lower()))


INITIALS = re.compile(r"(\b[А-ЯЁA-Z][а-яёa-z]?\.)(?=\s*[А-ЯЁA-Z])")


def _first_names_compatible(a: list[str], b: list[str]) -> bool:
    """Given names of two mentions with one surname: either missing, or the same. An initial
    ("Дж.", "С.") is compatible with a given name it opens: "Дж.Ходжаев" is "Джамшид Ходжаев"."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if x.endswith(".") or y.endswith("."):
        short, full = (x, y) if len(x.rstrip(".")) <= len(y.rstrip(".")) else (y, x)
        return fold(full).startswith(fold(short.rstrip(".")))
    return name_key(x)[:3] == name_key(y)[:3]


def _unpunctuated(name: str) -> str:
    """"Wuhan Steel Co., Ltd." and "Wuhan Steel Co. Ltd": full stops and commas make no other name."""
    return " ".join(re.sub(r"[.,]", " ", fold(name)).split())


class BuildEntities:
    name = "entities"
    requires = ("entity_spans",)
    assigns = ("entities",)
    langs = None

    def __call__(self, doc: Doc) -> Doc:
        entities: list[Entity] = []
        oblique: set[int] = set()     # persons first named in a case the normalizer left
        by_key: dict[tuple[str, str], Entity] = {}
        for span in doc.spans:
            if span.type not in ("PER", "ORG", "LOC", "GPE"):
                continue
            name = normal_name(doc, span)
            span.normal = name
            if span.type == "PER":
                # "Санду поблагодарила": a surname the normalizer declined wrongly ("Санда") still
                # joins the full name by the form as written
                ent = self._person(entities, name) or (
                    self._person(entities, span.text) if span.text != name and len(span.text.split()) == 1 else None)
            else:
                key = (span.type, span.data.get("key") or _unpunctuated(name))
                ent = by_key.get(key) or _expanded(entities, span) or _defined(by_key, span, name)
                if ent is None:
                    ent = Entity(id="", type=span.type, name=name, country=span.country)
                    entities.append(ent)
                by_key.setdefault(key, ent)
            if ent is None and span.type == "PER" and doc.lang == "ru":
                # (only a form the tagger reads as oblique: "Александра Петрова" may be his wife)
                toks = span_tokens(doc, span)[0]
                case_left = bool(toks) and toks[-1].case not in ("Nom", None)
                if case_left or not _female_given(name.split()[0]):
                    # ("Позднее Адылбека Касымалиева приняла X": a fronted object the tagger read as a
                    # woman subject; a given name no dictionary knows as a woman's is his, declined)
                    ent = next((e for e in entities if e.type == "PER" and _undeclined(name, e.name)), None)
                earlier = next((e for e in entities if e.type == "PER" and _undeclined(e.name, name)
                                and id(e) in oblique), None)
                if ent is None and earlier is not None:
                    ent, ent.name = earlier, name     # the nominative is the name
                if ent is None:
                    ent = Entity(id="", type="PER", name=name)
                    entities.append(ent)
                    if case_left:
                        oblique.add(id(ent))
            if ent is None:
                ent = Entity(id="", type="PER", name=name)
                entities.append(ent)
            ent.mentions.append(Span(span.start, span.end, span.text))
            if name != ent.name and name not in ent.aliases:
                # (and "Карим Масимов" for "К. Масимов" of a headline: the given name in full)
                if ent.type == "PER" and (len(name.split()) > len(ent.name.split()) or len(name.split()) == len(
                        ent.name.split()) and INITIALS.match(ent.name) and not INITIALS.match(name)):
                    ent.aliases.append(ent.name)
                    ent.name = name
                else:
                    ent.aliases.append(name)
            if span.type != "PER" and span.text.isupper() and span.text not in ent.aliases + [ent.name]:
                ent.aliases.append(span.text)      # "РК", "МИД РК": the abbreviations as written
            if span.data.get("alias") and span.data["alias"] not in ent.aliases + [ent.name]:
                ent.aliases.append(span.data["alias"])   # a language's short form ("МИД Кыргызстана")
            ent.country = ent.country or span.country
        for e in entities:
            e.aliases = [a for a in e.aliases if a != e.name]
            if e.type == "PER":
                # a language without a table (en) writes names in Latin already: kept as they are
                e.name_latin = to_latin(e.name, doc.lang if doc.lang in LATIN_FROM else "ru")
                e.key = name_key(e.name)
            elif e.type == "GPE":
                e.key = e.country or fold(e.name)
            else:
                e.key = name_key(e.name) if doc.lang == "ru" else fold(e.name)
        doc.entities = renumber(entities)
        return doc

    def _person(self, entities: list[Entity], name: str) -> Entity | None:
        parts = _name_parts(name)
        if len(parts) == 2 and _is_patronymic(parts[1]):
            # "Ерлан Маратович", the way an interviewer addresses "Ерлан Нурланов"
            same = [e for e in entities if e.type == "PER" and len(e.name.split()) > 1
                    and name_key(e.name.split()[0]) == name_key(parts[0])]
            if len(same) == 1:
                return same[0]
        skey = surname_key(" ".join(parts))
        for e in entities:
            if e.type != "PER":
                continue
            eparts = _name_parts(e.name)
            if surname_key(" ".join(eparts)) == skey and _first_names_compatible(parts[:-1], eparts[:-1]):
                return e
            if len(parts) == 1 and any(name_key(p) == name_key(parts[0]) for p in eparts[1:]):
                return e
        return _surname_first(entities, parts)


def _surname_first(entities: list[Entity], parts: list[str]) -> Entity | None:
    """"Посол Ван" after "Посол ... Ван Юй": a Chinese, Korean or Vietnamese name puts the surname
    first, and a later mention is that word alone - one that is no first name the dictionary knows
    (a writer does not call "Анна Петрова" "Анна") and that begins one person's name only."""
    from ..nlp.normalize import parse
    if len(parts) != 1 or any("Name" in p.tag and p.is_known for p in parse(parts[0].lower())):
        return None
    fits = [e for e in entities if e.type == "PER" and len(_name_parts(e.name)) in (2, 3)
            and name_key(_name_parts(e.name)[0]) == name_key(parts[0])]
    return fits[0] if len(fits) == 1 else None


def renumber(entities: list[Entity]) -> list[Entity]:
    """Ids e1, e2, ... in order of first mention; keeps role references valid."""
    ordered = sorted(entities, key=lambda e: (e.first, e.type))
    old_to_new = {}
    for i, e in enumerate(ordered, 1):
        if e.id:
            old_to_new[e.id] = f"e{i}"
        e.id = f"e{i}"
    for e in ordered:
        for r in e.roles:
            if r.org in old_to_new:
                r.org = old_to_new[r.org]
    return ordered


class FinalizeEntities:
    """Mentions sorted and unique, ids e1, e2, ... in order of first mention; events refer to these."""
    name = "entities_final"
    requires = ("entities",)
    assigns = ("entity_ids",)
    langs = None

    def __call__(self, doc: Doc) -> Doc:
        from .commemorated import commemorated, only_named_where
        from .meeting_sides import in_credit     # it reads the meetings' words: not at import
        for e in doc.entities:
            seen, ms = set(), []
            for m in sorted(e.mentions, key=lambda m: (m.start, m.end)):
                if (m.start, m.end) not in seen:
                    seen.add((m.start, m.end))
                    ms.append(m)
            # a byline closing the article ("...\n\nИрина Кузнецова") or beside the agency in the
            # dateline ("Уфа, 26 ноября. /Башинформ, Ирина Кузнецова/.") signs it; she acts in no news,
            # nor does a title coreference hung on the reporter named only there
            signed = e.type == "PER" and only_named_where(e, lambda m: in_credit(doc, m))
            e.mentions = [] if signed else [m for m in ms if not (e.type == "PER"
                                                                  and (_byline(doc, m) or in_credit(doc, m)))]
        doc.entities = renumber([e for e in doc.entities if e.mentions and not commemorated(doc, e)])
        return doc


def _byline(doc: Doc, m: Span) -> bool:
    """A name alone on the article's last line, or opening it before the outlet and the place
    a television reporter signs off with ("Имя Фамилия, Хабар 24, Астана.")."""
    line = doc.text[doc.text.rfind("\n", 0, m.start) + 1:m.start]
    rest = doc.text[m.end:].strip(" .\n\t")
    signed = not rest or rest.startswith(",") and "\n" not in rest and len(rest.split()) <= 5
    return signed and not line.strip() and len(m.text.split()) <= 3
