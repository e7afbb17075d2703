"""Entity spans of a Kazakh Doc: states, places and blocs from the gazetteers, organisations
(orgs.py), persons (names.py), "еліміз" (our country) and "қазақстандық тарап" (a state as a
side, lang/kk/sides.txt), each with its nominative name in
`Span.normal`, so that BuildEntities groups them without Russian morphology."""
from __future__ import annotations

from ...doc import Doc, Span, Token
from ...lang import words
from ...nlp.kazakh import analyses, fold, stem_keys
from ...nlp.kk_ner import FRAMES
from ..gazetteer import gazetteer
from .lexicon import deixis, matcher
from .model_spans import model_person, model_place_start, model_spans
from .names import find_persons, full_names_again, nominative_word, person_normal, strong, surname_stem
from .orgs import head_nouns, head_stems, headed, latin_names, org_normal, place_names, quoted, without_office


def org_key(toks: list[Token]) -> str:
    """One key for the wordings of one name: each word's shortest stem ("қатынастар
    институтының" and "қатынас институты" agree)."""
    return " ".join(min(stem_keys(t.text), key=len) for t in toks if any(c.isalnum() for c in t.text))


# "Әл-Фараби атындағы ҚазҰУ", "Абай атындағы университет": a body named after a person
NAMED_AFTER = {"атындағы", "атында"}


def _listed_with_places(toks: list[Token], i: int, j: int, place_at: set[int]) -> bool:
    """"Абай, Ақмола, Жамбыл облыстарында": a one-word name in a list of places is a place."""
    if j - i != 1:
        return False
    return j + 1 < len(toks) and toks[j].text == "," and j + 1 in place_at \
        or i > 1 and toks[i - 1].text == "," and i - 2 in place_at


def _quoted_kind(toks: list[Token], b: int, end: int) -> str | None:
    """What a quoted name is, by the words after it: a legal form ("«Самұрық» АҚ") is a company's,
    a head noun ("«Синьцзян Агро» компаниясы") gives its kind."""
    if end > b + 1:
        return "company"
    heads = head_nouns()
    return next((m.value[0] for x in range(b + 1, min(len(toks), b + 4)) if (m := heads.match_at(toks, x))), None)


def _plural(t: Token) -> bool:
    return any("Plur" in a.slots for a in analyses(t.text))


def _free(taken: list[tuple[int, int]], i: int, j: int) -> bool:
    return all(j <= a or b <= i for a, b in taken)


class KazakhSpans:
    def __call__(self, doc: Doc) -> Doc:
        for s in doc.spans:
            # "Индустрия және инфрақұрылымдық даму министрлігі", "Ұлттық банк": a title the model
            # reads that ends in an organisation's head noun names the body, not an office
            if s.source == "ner" and s.type == "POSITION" and s.text.split() \
                    and stem_keys(s.text.split()[-1]) & head_stems():
                s.type = "ORG"
        frames = [s for s in doc.spans if s.source == "ner" and s.type in FRAMES]
        ner = [s for s in doc.spans if s.source == "ner" and s.type not in FRAMES]
        spans: list[Span] = list(frames)
        for sent in doc.sents:
            spans.extend(self._sentence(doc, sent.tokens, [s for s in ner if sent.start <= s.start < sent.end]))
        spans.extend(self._more_mentions(doc, spans))
        for s in spans:
            # "Қазақстан Республикасының Премьер-министрі": the state is a mention all the same
            # (roles read it), nested in a title; a flat count of names leaves it out
            if s.type not in FRAMES and any(f.start <= s.start and s.end <= f.end and (f.start, f.end) != (s.start, s.end)
                                            for f in frames):
                s.data["nested"] = True
        doc.spans = sorted(spans, key=lambda s: (s.start, -s.end))
        return doc

    def _sentence(self, doc: Doc, toks: list[Token], ner: list[Span]) -> list[Span]:
        gaz = gazetteer("kk")
        places = [(m.start, m.end, m.value) for m in gaz.find(toks)]
        titles = list(matcher("titles.tsv").finditer(toks))
        # a title in the nominative is an apposition to a name; "Мемлекет басшысының Жолдауы" is not
        after_title = {m.end for m in titles if toks[m.end - 1].feats.get("Case", "Nom") == "Nom"
                       and not _plural(toks[m.end - 1])}     # "Министрлер Кабинеті" names no minister
        in_title = {x for m in titles for x in range(m.start, m.end)}
        rough = find_persons(doc.text, toks, set(), after_title, in_title)
        # a model's place or body that cuts through a name the rules see is no span ("Олаф
        # Шольцпен" is no place); one that holds the whole name ("Абай облысы") stays
        # ... nor is a name right after a title ("қаржы министрі Чхве Сан Мок") a body's
        model = [(k, i, j) for k, i, j in model_spans(toks, ner) if k == "PER" or not any(
            i < b and a < j and not (i <= a and b <= j) or k == "ORG" and (a, b) == (i, j) and i in after_title
            for a, b in rough)]
        model = without_office(model, titles)
        out: list[Span] = []
        taken: list[tuple[int, int]] = []

        def add(i: int, j: int, **kw) -> None:
            out.append(doc.span(toks[i].start, toks[j - 1].end, **kw))
            taken.append((i, j))

        def country_in(i: int, j: int) -> str | None:
            return next((p.country for a, b, p in places if i <= a and b <= j and p.type == "GPE"), None)

        for a, b, end in quoted(doc.text, toks):
            add(a, b, type="ORG", normal=doc.text[toks[a].start:toks[b - 1].end], source="quoted",
                data={"key": org_key(toks[a:b]), "kind": _quoted_kind(toks, b, end)})
            taken.extend([(b + 1, end)] if end > b + 1 else [])    # its legal forms ("ЖШС-ның"): no place nor name
        for a, b in latin_names(toks):
            if _free(taken, a, b):     # "Ltd-ның": the Kazakh ending after the hyphen goes
                name = doc.text[toks[a].start:toks[b - 1].start] + toks[b - 1].text.split("-")[0]
                kind = (m := head_nouns().match_at(toks, b) if b < len(toks) else None) and m.value[0]
                add(a, b, type="ORG", normal=name, source="latin", data={"key": fold(name), "kind": kind})
        # the model's organisations first, as it reads them ("Ұлттық кадрлық резерві"
        # ends in no head noun nor capital): rules only add what it leaves
        heads = head_nouns()
        for kind, i, j in model:
            body = "ner"
            i = model_place_start(toks, i, j) if kind == "ORG" else i    # "Тараптар ... жөніндегі": no body's word
            if kind == "ORG" and j < len(toks) and toks[j].text[:1].islower() and (m := heads.match_at(toks, j)) \
                    and (m.value[1] != "latin" or toks[j - 1].text.isascii()):     # "достық тобы": no firm
                # "Сонхва Моторс компаниясы": kelisim names a body with its kind, as the press does
                j, body = m.end, m.value[0]
            # "Қазақстан Вьетнаммен ... қол қойды": states side by side are no one body's name
            states = [(a, b) for a, b, p in places if i <= a and b <= j and p.type == "GPE"]
            if kind == "ORG" and _free(taken, i, j) and not any(a == i and b == j for a, b, _ in places) \
                    and not (len(states) > 1 and sum(b - a for a, b in states) == j - i):
                add(i, j, type="ORG", normal=org_normal(doc.text, toks[i:j]), source="ner", country=country_in(i, j),
                    data={"key": org_key(toks[i:j]), "kind": body})
        named_places = [(a, b, kind, with_head) for a, b, kind, with_head in place_names(toks)
                        if _free(taken, a, b) and not any(x < b and a < y for x, y, _ in places)]
        # persons first, on what places leave: an organisation's name may not swallow them
        blocked = {x for a, b in taken for x in range(a, b)} | \
            {x for a, b, _ in places for x in range(a, b)} | {x for a, b, *_ in named_places for x in range(a, b)}
        found = find_persons(doc.text, toks, blocked, after_title, in_title)
        # the shape rules draw a name's bounds better than the model ("Тоқаев Режеп Тайип
        # Ердоғанмен" is two names); the model adds the names they miss and vetoes the words
        # it reads as a place or a body ("Абай облысы")
        not_person = [(a, b) for kind, a, b in model if kind != "PER"]
        persons = [(i, j) for i, j in found if not any(a <= i and j <= b for a, b in not_person)]
        ruled = {x for i, j in found for x in range(i, j)}
        for kind, i, j in model:
            if kind == "PER" and _free(taken, i, j) and not any(x in ruled for x in range(i, j)):
                persons.extend(model_person(toks, i, j, places, in_title))
        place_at = {a for a, _, _ in places} | {a for a, *_ in named_places} | \
            {i for kind, i, _ in model if kind in ("GPE", "LOC")}
        persons = [(i, j) for i, j in persons if not _listed_with_places(toks, i, j, place_at)
                   and not (j < len(toks) and fold(toks[j].text) in NAMED_AFTER)]
        orgs = [(i, j, kind) for i, j, kind in headed(toks, [(a, b) for a, b, _ in places])]
        orgs += [(m.start, m.end, "body") for m in matcher("bodies.tsv").finditer(toks)
                 if toks[m.start].text[:1].isupper()]
        for i, j, kind in sorted(orgs, key=lambda o: (o[0], -(o[1] - o[0]))):
            i, persons = self._beside_persons(toks, i, j, persons, after_title)
            if i is None or not _free(taken, i, j):
                continue
            if any(a == i and b == j for a, b, p in places):
                continue      # a name the gazetteer knows ("Еуразиялық экономикалық одақ", "Ресей Федерациясы")
            add(i, j, type="ORG", normal=org_normal(doc.text, toks[i:j]), source="org", country=country_in(i, j),
                data={"key": org_key(toks[i:j]), "kind": kind})
        for a, b, kind, with_head in named_places:
            if _free(taken, a, b):
                add(a, b, type=kind, normal=org_normal(doc.text, toks[a:b]) if with_head else
                    doc.text[toks[a].start:toks[b - 1].end], source="place_noun",
                    data={"key": org_key(toks[a:b]), "kind": "place"})
        groups = words("kk", "actor_groups.txt")
        for a, b, p in places:
            if b < len(toks) and stem_keys(toks[b].text) & groups and _free(taken, a, b + 1) \
                    and toks[b - 1].feats.get("Case", "Nom") in ("Nom", "Gen"):   # "Алматыда инвесторлармен": where, not whose
                # "Макао инвесторлары": the place's investors, one party
                add(a, b + 1, type="ORG", normal=org_normal(doc.text, toks[a:b + 1]), source="group",
                    country=p.country, data={"key": org_key(toks[a:b + 1]), "kind": "group"})
        for k in range(len(toks) - 1):
            code = gaz.cue(toks[k].text) if stem_keys(toks[k + 1].text) & groups else None
            if code and _free(taken, k, k + 2):
                # "түрік инвесторлары", "қытайлық инвесторлар": a people's investors, one party
                add(k, k + 2, type="ORG", normal=org_normal(doc.text, toks[k:k + 2]), source="group",
                    country=code, data={"key": org_key(toks[k:k + 2]), "kind": "group"})
        for a, b, p in places:
            if _free(taken, a, b) and not any(a < y and x < b for x, y in persons if (x, y) != (a, b)):
                add(a, b, type=p.type, normal=p.name, source="gazetteer", country=p.country,
                    data={"key": p.key, "kind": p.kind, "members": p.members})
        for kind, i, j in model:
            i = model_place_start(toks, i, j) if kind in ("GPE", "LOC") else i
            if kind in ("GPE", "LOC") and _free(taken, i, j) and not in_title & set(range(i, j)):   # "Төтенше ... Елшісі"
                add(i, j, type=kind, normal=org_normal(doc.text, toks[i:j]), source="ner", country=country_in(i, j),
                    data={"key": org_key(toks[i:j]), "kind": "place"})
        for i, j in persons:
            if _free(taken, i, j):
                add(i, j, type="PER", normal=person_normal(doc.text, toks[i:j]), source="name")
        home = deixis()
        for k, t in enumerate(toks):
            code = next((home[s] for s in stem_keys(t.text) if s in home), None)
            if code and _free(taken, k, k + 1) and code in gaz.canonical:
                add(k, k + 1, type="GPE", normal=gaz.canonical[code], source="deixis", country=code,
                    data={"key": code, "kind": "deixis"})
        sides = words("kk", "sides.txt")
        for k in range(1, len(toks)):
            code = gaz.cue(toks[k - 1].text) if stem_keys(toks[k].text) & sides else None
            if code and code in gaz.canonical and _free(taken, k - 1, k + 1):
                add(k - 1, k + 1, type="GPE", normal=gaz.canonical[code], source="side", country=code,
                    data={"key": code, "kind": "side"})
        return out

    @staticmethod
    def _beside_persons(toks: list[Token], i: int, j: int, persons: list[tuple[int, int]],
                        after_title: set[int] = frozenset()):
        """An organisation's name and the persons found in it: "Назарбаев Университеті" (a
        surname right before a capitalised head) is the organisation's; in "Тоқаев Астана
        халықаралық қаржы орталығы" the name starts after the person."""
        for a, b in sorted(persons):
            if b <= i or a >= j:
                continue
            if b == j - 1 and toks[j - 1].text[:1].isupper() or b >= j \
                    or not strong(toks[a:b]) and a not in after_title:     # a titled name is a person's
                # "Назарбаев Университеті"; "Президент Әкімшілігі" (a head noun is no name)
                return i, [p for p in persons if p != (a, b)]
            rest = [k for k in range(b, j - 1) if toks[k].text[:1].isupper()]
            if not rest:
                return None, persons
            # "Премьер-министр Олжас Бектенов түркиялық Анадолу Металл компаниясының": the name
            # starts after the person (and the title before him); a weak name there is the body's
            i = rest[0]
        return i, persons

    @staticmethod
    def _persons_opening_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
        """"Петер Ковач Венгрия үкіметі ... жеткізді": a body's name that opens with a person's full
        name, written so elsewhere in the article, is that person followed by the body."""
        names = {tuple(fold(w) for w in s.normal.split()) for s in spans if s.type == "PER" and len(s.normal.split()) > 1}
        out = []
        for s in [s for s in spans if s.type == "ORG"]:
            sent = doc.sent_at(s.start)
            toks = [t for t in sent.tokens if s.start <= t.start and t.end <= s.end] if sent else []
            n = next((len(nm) for nm in names if len(toks) > len(nm)
                      and tuple(fold(t.text) for t in toks[:len(nm)]) == nm), 0)
            if not n:
                continue
            spans.remove(s)
            out.append(doc.span(toks[0].start, toks[n - 1].end, type="PER", normal=doc.text[toks[0].start:toks[n - 1].end],
                                source="name_again"))
            out.append(doc.span(toks[n].start, s.end, type="ORG", normal=org_normal(doc.text, toks[n:]), source=s.source,
                                country=s.country, data={**s.data, "key": org_key(toks[n:])}))
        return out

    def _more_mentions(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A surname named once is a person wherever else the article writes it."""
        known = {surname_stem(s.normal): s for s in spans if s.type == "PER"}
        out = self._persons_opening_bodies(doc, spans) + full_names_again(doc, [s for s in spans if s.type not in FRAMES])
        for sent in doc.sents:
            for t in sent.tokens:
                if not t.text[:1].isupper():
                    continue
                guess = next((s for s in spans if s.start == t.start and s.end == t.end and s.source == "ner"
                              and s.type in ("GPE", "LOC") and fold(nominative_word(t.text)) in known), None)
                if guess is not None:
                    spans.remove(guess)   # "Бектенов ... айтты" opening a sentence: the model's place is the person
                if any(s.start <= t.start < s.end for s in spans + out if s.type not in FRAMES):
                    continue
                stem = fold(nominative_word(t.text))
                if stem in known and len(stem) > 2:
                    out.append(doc.span(t.start, t.end, type="PER", normal=nominative_word(t.text),
                                        source="name_again"))
        return out
