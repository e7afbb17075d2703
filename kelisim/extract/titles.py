"""Title phrases before a person's name: where a title starts and ends, how several offices
split ("А и Б", "А, Б"), and a title in the nominative. The lexicon is lang/ru/titles.tsv."""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Role, Span, Token
from ..lang import lexicon, words
from ..nlp.match import PhraseMatcher, fold, lexicon_matcher, word_keys
from ..nlp.normalize import _inflect
from ..nlp.number import can_be_plural
from .gazetteer import gazetteer

WINDOW = 40
JOINERS = {"и", "по", "в", "на", "при", "от", ",", "-", "–", "—"}   # "посол Японии в Казахстане", "посол ЕС на Кавказе"


def titles(lang: str) -> PhraseMatcher:
    return lexicon_matcher(lang, "titles.tsv", "")


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
    if tok.pos == "X" and tok.text.isascii() and tok.text.isalpha():
        return True       # a name in Latin letters: "директор Urban Culture Lab"
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
            if k is not None and k > 0 and sent[k - 1].text in (",", ";", ":", "(", "»", "”", *DASHES):
                break     # a quoted item of a list ("…», «роспуск X», отставка губернатора Y"), not a name in a title
            if k is not None:
                j = k - 1
                continue
        if t.text == ")" and j == i0 - 1:
            # an abbreviation in brackets right before the name: "председатель Комитета (КНБ) X"
            k = next((k for k in range(j - 1, max(-1, j - 4), -1) if sent[k].text == "("), None)
            if k is not None and k + 1 < j and all(x.text[:1].isupper() for x in sent[k + 1:j]):
                j = k - 1
                continue
        if not (_in_titles(t, honor) or honorific_pron):
            break
        j -= 1
    win = sent[j + 1:i0]
    matcher = titles(doc.lang)
    starts = [k for k in range(len(win)) if win[k].pos in ("NOUN", "PROPN", "ADJ", "VERB") and matcher.match_at(win, k)
              and not _addressee(win[k], sent[i0])]
    if not starts:
        return []
    k = starts[0]
    for k2 in starts[1:]:
        # "в присутствии Президента министр энергетики X": a title in another case that ends
        # where his own begins is someone else's ("представителя Генерального секретаря X": a
        # title in the genitive after another is its complement, one title)
        first = matcher.match_at(win, k)
        if first is not None and first.end == k2 and win[k].case != win[k2].case == sent[i0].case \
                and win[k2].case != "Gen":
            k = k2
    if any(t.text == "," for t in win[k:]) and follows_a_name(sent, j + 1 + k, others):
        return []         # "Иван Петров - директор X, Пётр Сидоров": Петров's title, not Сидоров's
    gaz = gazetteer(doc.lang)
    while k > 0 and win[k - 1].pos == "ADJ" and win[k - 1].case == win[k].case and not gaz.cues_in(win[k - 1].text) \
            and (win[k - 1].text[:1].islower() or j + k == 0):      # (or the sentence's first word)
        k -= 1            # "художественный руководитель": the adjective belongs to the office
    return win[k:]


def _addressee(head: Token, name: Token) -> bool:
    """"заявил журналистам X", "сообщил участникам форума X": a plural noun in the dative before
    a name in the nominative is whom the speaker addressed, not the speaker's office."""
    return head.case == "Dat" and head.feats.get("Number") == "Plur" and name.case == "Nom"


# Where a title written after the name ends: "X, генеральный директор компании Y, заявил".
_AFTER_STOPS = {",", ".", "(", ")", ";", ":", "!", "?", "—", "–", "-", "«", "\""}
DASHES = ("-", "–", "—")


def follows_a_name(sent: list[Token], k: int, others: list[Span]) -> bool:
    """Is sent[k] the first word of an apposition after another person's name ("Иван Петров,
    директор X, Пётр Сидоров": "директор X" is Петров's, not Сидоров's)?"""
    if k < 2 or sent[k - 1].text not in (",", *DASHES):
        return False
    prev = sent[k - 2]
    return any(o.start <= prev.start < o.end for o in others)


def after_title(doc: Doc, sent: list[Token], i1: int, others: list[Span]) -> list[Token]:
    """The title written after a name, set off by a comma or a dash: "Андрей Соколов, генеральный
    директор компании «Северный ветер», заявил", "Ольга Белова - директор Института истории".
    It runs to the next comma, bracket or stop; one that runs into another person's name is that
    person's title ("Иван Петров, министр финансов Пётр Сидоров"), so not this one's."""
    if i1 >= len(sent) - 1 or sent[i1].text not in (",", *DASHES):
        return []
    honor = words(doc.lang, "honorifics.txt")
    k = i1 + 1
    win: list[Token] = []
    while k < len(sent) and len(win) < WINDOW:
        t = sent[k]
        if any(o.start <= t.start < o.end for o in others):
            return []
        if t.text in ("«", "“", '"'):
            # a quoted name inside the title: "солист группы «Маяк»"
            close = next((j for j in range(k + 1, min(len(sent), k + 12))
                          if sent[j].text in ("»", "”", '"')), None)
            if close is None:
                break
            win += sent[k:close + 1]
            k = close + 1
            continue
        if t.text in _AFTER_STOPS:
            break
        if not (_in_titles(t, honor) or t.pos == "ADP"):
            break
        win.append(t)
        k += 1
    while win and (win[-1].pos == "ADP" or fold(win[-1].text) in JOINERS):
        win.pop()
    matcher = titles(doc.lang)
    a = 0
    while a < len(win) and win[a].pos == "ADJ" and win[a].text[:1].islower() and not matcher.match_at(win, a):
        a += 1          # "известный правозащитник", "бывший глава": a modifier before the office
    if a >= len(win) or not matcher.match_at(win, a):
        return []
    return win


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


def own_part(parts: list[list[Token]]) -> list[list[Token]]:
    """"ректор Самарского политеха и ректор Наманганского института Шухрат Юсупов": the same office
    noun opening each part joined by "и" names two holders; only the last part, next to the name,
    is this person's (the first describes someone named elsewhere)."""
    head = fold(parts[-1][0].lemma or parts[-1][0].text) if parts and parts[-1] else None
    if len(parts) > 1 and all(p and fold(p[0].lemma or p[0].text) == head for p in parts[:-1]):
        return parts[-1:]
    return parts


def spread_org(doc: Doc, roles: list[Role], parts: list[list[Token]]) -> None:
    """"президент и генеральный директор группы компаний X": a bare title joined to one with an
    organisation holds its office in that organisation too."""
    if len(roles) < 2 or len(roles) != len(parts) or roles[-1].org is None:
        return
    matcher = titles(doc.lang)
    for role, part in zip(roles[:-1], parts[:-1]):
        m = matcher.match_at(part, 0)
        if role.org is None and m is not None and m.end == len(part):
            role.org = roles[-1].org


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
    # (a word the tagger calls plural and the dictionary has no plural of is singular: "ветропарк")
    number = "Sing" if head is None or head.feats.get("Number") != "Plur" or not head.text.isupper() \
        and not can_be_plural(head.text) else "Plur"
    for t in toks:
        if past_head or head is None or not t.case or t.case == "Nom":
            words_.append(t.text)
        elif t is head:
            words_.append(_inflect(t, number))
        elif t.feats.get("VerbForm") == "Part" and t.pos == "VERB":
            words_.append(_participle(t))
        elif t.pos == "ADJ":
            words_.append(_inflect(t, number, head.feats.get("Gender"),
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
    from ..nlp.normalize import parse
    from ..nlp.shapes import recover_shape
    for p in parse(tok.text.lower()):
        if "PRTF" in p.tag:
            infl = p.inflect({"nomn", "sing", "masc"})
            if infl:
                return recover_shape(infl.word, tok.text)
    return tok.text
