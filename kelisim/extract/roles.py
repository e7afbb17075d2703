"""Titles, offices and states of persons, from the appositions before their names.

"глава МИД РК Ермек Кошербаев" -> role (министр иностранных дел, org МИД РК), country KZ;
"спикером Палаты общин Великобритании Линдси Хойлом" -> (спикер Палаты общин, org), GB;
"исполняющий обязанности министра ... Великобритании, сопредседатель ... Крис Брайант" -> two
roles. The title lexicon is lang/ru/titles.tsv; the code knows no particular office.
"""
from __future__ import annotations

from collections import Counter
from functools import cache

from ..doc import Doc, Entity, Role, Span, Token
from ..lang import lexicon, words
from ..nlp.match import PhraseMatcher, fold, word_keys
from ..nlp.normalize import _inflect
from .gazetteer import gazetteer

WINDOW = 40
JOINERS = {"и", "по", "в", ",", "-", "–", "—"}   # "посол Японии в Казахстане"


@cache
def titles(lang: str) -> PhraseMatcher:
    return PhraseMatcher(lang).add_all((r[0], r[1] if len(r) > 1 else "") for r in lexicon(lang, "titles.tsv"))


@cache
def written_titles(lang: str) -> PhraseMatcher:
    """Titles kept as written in the record, their canonical office used only to compare them
    ("председатель Кабинета министров" is the prime minister, and stays what the article says)."""
    return PhraseMatcher(lang).add_all((r[0], True) for r in lexicon(lang, "titles.tsv")
                                       if len(r) > 2 and r[2] == "written")


def title_canonical(lang: str, title: str) -> str:
    """The office a role title means, from the longest title phrase it starts with
    ("ректор университета" -> "ректор", "вице-министр энергетики" -> "заместитель министра")."""
    from ..nlp.match import split_words
    toks = [Token(0, 0, w) for w in split_words(title)]
    m = titles(lang).match_at(toks, 0) if toks else None
    return m.value if m else ""


def _in_titles(tok: Token, honor) -> bool:
    if tok.pos in ("NOUN", "PROPN", "ADJ") or tok.text.lower() in JOINERS:
        return True
    if tok.pos == "VERB" and tok.feats.get("VerbForm") == "Part":
        return True       # "исполняющий обязанности"
    return bool(word_keys(tok.text) & honor)


def title_window(doc: Doc, sent: list[Token], i0: int, others: list[Span]) -> list[Token]:
    """The tokens before a name that may form its title, nearest last."""
    honor = words(doc.lang, "honorifics.txt")
    j = i0 - 1
    while j >= 0 and i0 - j <= WINDOW:
        t = sent[j]
        honorific_pron = fold(t.text) in ("его", "её", "ее") and j + 1 < i0 and word_keys(sent[j + 1].text) & honor
        if any(o.start <= t.start < o.end for o in others):
            break
        if t.text in ("»", "”"):
            # a quoted name inside the title: "председателем группы дружбы «Турция – Казахстан» X"
            k = next((k for k in range(j - 1, max(-1, j - 12), -1) if sent[k].text in ("«", "“")), None)
            if k is not None:
                j = k - 1
                continue
        if not (_in_titles(t, honor) or honorific_pron):
            break
        j -= 1
    win = sent[j + 1:i0]
    matcher = titles(doc.lang)
    starts = [k for k in range(len(win)) if win[k].pos in ("NOUN", "PROPN", "ADJ", "VERB") and matcher.match_at(win, k)]
    if not starts:
        return []
    k = starts[0]
    gaz = gazetteer(doc.lang)
    while k > 0 and win[k - 1].pos == "ADJ" and win[k - 1].case == win[k].case and not gaz.cues_in(win[k - 1].text) \
            and win[k - 1].text[:1].islower():
        k -= 1            # "художественный руководитель": the adjective belongs to the office
    return win[k:]


def colleague_title(doc: Doc, sent: list[Token], i0: int, others: list[Span]) -> list[Token]:
    """"Президент России и его казахстанский коллега Y": Y holds the same office."""
    j = i0 - 1
    if j < 0 or "коллега" not in word_keys(sent[j].text):
        return []
    j -= 1
    while j >= 0 and sent[j].pos == "ADJ":
        j -= 1
    if j >= 0 and fold(sent[j].text) in ("его", "её", "ее", "свой", "своим", "своего", "своему"):
        j -= 1
    if j < 0 or fold(sent[j].text) != "и":
        return []
    win = title_window(doc, sent, j, others)
    m = titles(doc.lang).match_at(win, 0) if win else None
    return win[:m.end] if m else []


def split_titles(doc: Doc, win: list[Token]) -> list[list[Token]]:
    """"А и Б", "А, Б": several offices, each starting with a title phrase."""
    matcher = titles(doc.lang)
    parts, cur = [], []
    k = 0
    while k < len(win):
        t = win[k]
        if t.text in (",", "и", "–", "—") and cur and k + 1 < len(win) and matcher.match_at(win, k + 1) \
                and not (t.text == "и" and _is_title_continuation(win, k)):
            # "заместитель Премьер-министра – министр торговли": two offices held at once
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
        k += 1
    if cur:
        parts.append(cur)
    return [_trim(p) for p in parts if _trim(p)]


def _trim(part: list[Token]) -> list[Token]:
    a, b = 0, len(part)
    while a < b and part[a].text in (",", "–", "—", "-", "и"):
        a += 1
    while b > a and part[b - 1].text in (",", "–", "—", "-", "и"):
        b -= 1
    return part[a:b]


def _is_title_continuation(win: list[Token], k: int) -> bool:
    # "чрезвычайный и полномочный посол": "и" between adjectives is inside one title
    return k > 0 and win[k - 1].pos == "ADJ"


def nominative_title(toks: list[Token]) -> str:
    """Inflect the head of a phrase and what agrees with it before it: "первого заместителя" ->
    "первый заместитель", "нового кампуса X в Y" -> "новый кампус X в Y"; the rest as written."""
    head = next((t for t in toks if t.pos in ("NOUN", "PROPN")), None)
    words_ = []
    past_head = False
    for t in toks:
        if past_head or head is None or not t.case or t.case == "Nom":
            words_.append(t.text)
        elif t is head:
            words_.append(_inflect(t, t.feats.get("Number", "Sing")))
        elif t.feats.get("VerbForm") == "Part" and t.pos == "VERB":
            words_.append(_participle(t))
        elif t.pos == "ADJ":
            words_.append(_inflect(t, head.feats.get("Number", "Sing"), head.feats.get("Gender"),
                                   adjective=True, case=t.case))
        else:
            words_.append(t.text)
        if t is head:
            past_head = True
    out = ""
    for i, (w, t) in enumerate(zip(words_, toks)):
        out += (" " if i and t.start > toks[i - 1].end else "") + w
    if out[:1].isupper() and not out.split()[0].isupper():
        out = out[0].lower() + out[1:]
    return out


def _participle(tok: Token) -> str:
    from ..nlp.normalize import parse, recover_shape
    for p in parse(tok.text.lower()):
        if "PRTF" in p.tag:
            infl = p.inflect({"nomn", "sing", "masc"})
            if infl:
                return recover_shape(infl.word, tok.text)
    return tok.text


class Roles:
    name = "roles"
    requires = ("entities",)
    assigns = ("roles",)
    langs = ("ru",)

    def __call__(self, doc: Doc) -> Doc:
        gaz = gazetteer(doc.lang)
        person_spans = [Span(m.start, m.end, m.text) for e in doc.entities if e.type == "PER" for m in e.mentions]
        guests: set[str] = set()      # heads of visiting delegations: not of the host state
        for e in doc.entities:
            if e.type != "PER":
                continue
            for m in list(e.mentions):
                sent = doc.sent_at(m.start)
                if sent is None:
                    continue
                i0 = next((i for i, t in enumerate(sent.tokens) if t.start >= m.start), None)
                if i0 is None:
                    continue
                others = [p for p in person_spans if p.end <= m.start]
                win = title_window(doc, sent.tokens, i0, others) or colleague_title(doc, sent.tokens, i0, others)
                for part in split_titles(doc, win):
                    self._add_role(doc, e, part, gaz)
                guest = self._delegation(doc, sent.tokens, i0 - len(win) if win else i0)
                if guest is not None:
                    guests.add(e.id)
                    e.country = e.country or guest
                if not e.country:
                    e.country = self._country_near(doc, sent.tokens, i0, m, gaz)
        # the home-state default waits for coreference: "Президент Турции" later in the article
        # is evidence against it (coref.py applies it once descriptions are linked)
        doc.meta["guests"] = guests
        return doc

    @staticmethod
    def _delegation(doc: Doc, sent: list[Token], i: int) -> str | None:
        """"делегацию провинции Цзянсу КНР во главе с вице-губернатором X": X heads a visiting
        delegation and belongs to its state ("" when the delegation names none, as for a bank)."""
        j = i - 1
        if j >= 1 and sent[j].text in ("–", "—"):
            # "Делегацию Казахстана возглавил X, Узбекистана – министр Y": the state before the dash
            ent = doc.entity_at(sent[j - 1].start, sent[j - 1].end)
            return ent.country if ent is not None and ent.type == "GPE" and ent.country else None
        if j >= 0 and "возглавить" in word_keys(sent[j].text):
            # "Делегацию Казахстана возглавил министр X"
            for k in range(j - 1, max(-1, j - 8), -1):
                if "делегация" in word_keys(sent[k].text):
                    for t in sent[k + 1:j]:
                        ent = doc.entity_at(t.start, t.end)
                        if ent is not None and ent.type in ("GPE", "ORG", "LOC") and ent.country:
                            return ent.country
                    return None
            return None
        if j < 2 or [fold(t.text) for t in sent[j - 2:j + 1]] != ["во", "главе", "с"]:
            return None
        for k in range(j - 3, max(-1, j - 18), -1):
            if "делегация" in word_keys(sent[k].text):
                for t in sent[k + 1:j - 2]:
                    ent = doc.entity_at(t.start, t.end)
                    if ent is not None and ent.type in ("GPE", "ORG", "LOC") and ent.country:
                        return ent.country
                return ""
        return None

    def _add_role(self, doc: Doc, person: Entity, part: list[Token], gaz) -> None:
        start, end = part[0].start, part[-1].end
        country, org = None, None
        keep = list(part)
        # a quoted name stays whole: "группы дружбы «Турция – Казахстан»"
        quoted = [(a.end, b.start) for a in part if a.text in ("«", "“")
                  for b in part if b.text in ("»", "”") and b.start > a.start]
        for ent in doc.entities:
            for mm in ent.mentions:
                if start <= mm.start and mm.end <= end:
                    if any(qa <= mm.start and mm.end <= qb for qa, qb in quoted):
                        continue
                    if ent.type == "GPE":
                        country = country or ent.country
                        org = org or ent.id
                        keep = [t for t in keep if not (mm.start <= t.start < mm.end)]
                    elif ent.type == "ORG":
                        org = ent.id
                        country = country or ent.country
                        if ent.country:    # "Палаты общин Великобритании": the state is not the title
                            keep = [t for t in keep if not (t.start >= mm.start and t.end <= mm.end
                                                            and gaz.names.match_at([t], 0))]
        if country is None:
            # "аким города Алматы", "губернатор Омской области": the place's state
            places = [ent.country for ent in doc.entities if ent.type == "LOC" and ent.country
                      for mm in ent.mentions if start <= mm.start and mm.end <= end]
            country = places[0] if len(set(places)) == 1 else None
        honor = words(doc.lang, "honorifics.txt")
        while keep and (word_keys(keep[-1].text) & honor or fold(keep[-1].text) in ("его", "её", "ее")
                        or fold(keep[-1].text) in JOINERS):
            keep.pop()         # "Посол ... в [Кыргызстане]": the state left, its preposition goes too
        if not keep:
            return
        if country is None:
            cues = [c for t in keep for c in gaz.cues_in(t.text)]
            country = cues[0] if len(set(cues)) == 1 else None
        m = titles(doc.lang).match_at(keep, 0)
        canonical = m.value if m else ""
        title = nominative_title(keep)
        written = written_titles(doc.lang).match_at(keep, 0)
        if canonical and m and m.end == len(keep) and not (written and written.end == m.end):
            title = canonical          # "глава МИД" is the foreign minister
        if not any(r.title == title for r in person.roles):
            person.roles.append(Role(title, org))
        if country and not person.country:
            person.country = country

    def _country_near(self, doc, sent, i0, m: Span, gaz) -> str | None:
        """"Россиянин Денис Чернышов", "Славко Винчич (Словения)", "казахстанский коллега X"."""
        before = sent[max(0, i0 - 2):i0]
        for t in reversed(before):
            c = gaz.cue(t.text)
            if c:
                return c
        after = [t for t in sent if t.start >= m.end][:3]
        if len(after) >= 3 and after[0].text == "(" and after[2].text == ")":
            ent = doc.entity_at(after[1].start, after[1].end)
            if ent is not None and ent.type == "GPE":
                return ent.country
        return None

    @staticmethod
    def home_country(doc: Doc, guests: set[str] = frozenset()) -> None:
        """A titled person with no state named: the state the article is mostly about (not the
        head of a visiting delegation)."""
        counts = Counter()
        for e in doc.entities:
            if e.type == "GPE" and e.country:
                counts[e.country] += len(e.mentions)
        if not counts:
            return
        (home, n), *rest = counts.most_common(2) + [(None, 0)]
        if rest and rest[0][1] == n:
            return
        for e in doc.entities:
            if e.type == "PER" and e.roles and not e.country and e.id not in guests and not any(
                    (o := doc.entity(r.org)) is not None and o.type == "ORG" and not o.group for r in e.roles):
                # not for one whose office is in an organisation without a state ("представитель ЕС")
                e.country = home
