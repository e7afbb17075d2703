"""Which project nouns name a project of their own: not one inside another's name ("филиал
университета"), not a name that merely contains the noun ("Казахский национальный университет"),
not a kind in the plural ("строительство малых ГЭС") unless counted ("две ГЭС"); and whether a
decision taken nearby makes the project agreed."""
from __future__ import annotations

from ..doc import Doc, Entity, Sent, Token
from ..nlp.match import fold, word_keys
from .context import children
from .projects import project_words

MANY = 10


# what a named body works through, not what is set up: "по линии Фонда ...", "за счет средств Фонда"


def names_project(doc: Doc, toks: list[Token], i: int, named: Entity) -> bool:
    """"запуск Международного центра промышленной кооперации «Центральная Азия»": the name
    begins with the project noun (or its adjectives), so the named thing is the project."""
    starts = {m.start for m in named.mentions}
    j = i
    while j > 0 and toks[j - 1].pos == "ADJ":
        j -= 1
    before = " ".join(fold(t.text) for t in toks[max(0, j - 2):j])
    if before.endswith(tuple(project_words(doc.lang, "channel"))):
        return False      # "финансирование по линии Фонда развития": a fund at work, not one set up
    return any(toks[k].start in starts for k in range(j, i + 1))


def counted(sent: Sent, i: int) -> bool:
    """"два завода", "три станции": several projects, each one concrete; not a target
    ("не менее десяти новых производств", "более 20 заводов")."""
    toks = sent.tokens
    nums = [c for c in children(sent, i) if toks[c].rel == "nummod" or toks[c].pos == "NUM"]
    nums += [k for k in range(max(0, i - 3), i) if toks[k].pos == "NUM"]
    if not nums:
        return False
    k = min(nums)
    if toks[k].text.isdigit() and int(toks[k].text) > MANY:
        return False      # "будет построено 217 школ": a programme's count, not projects one by one
    return not any(fold(t.text) in project_words("ru", "approximate") for t in toks[max(0, k - 2):k])


def decreed(doc: Doc, sent: Sent) -> bool:
    """"Соответствующее постановление подписал ...": a decision taken makes it agreed."""
    a, b = sent.start, sent.end
    for s in doc.sents:
        if s.end < a - 400 or s.start > b + 400:
            continue
        # a decision to be taken ("рассчитывает принять решение") has not been taken yet
        keys = [word_keys(t.text) for t in s.tokens if t.feats.get("VerbForm") != "Inf"]
        if any(k & project_words(doc.lang, "decree") for k in keys) \
                and any(k & project_words(doc.lang, "decided") for k in keys):
            return True
    return False


def under_document(doc: Doc, sent: Sent, agreements: list) -> object | None:
    """"Согласно меморандуму, университет откроет филиал": a sentence that opens by citing a
    document signed earlier in the article tells what that document sets up (stage agreed)."""
    from .agreements import documents
    words = [fold(t.text) for t in sent.tokens[:3]]
    cited = [m.value for m in documents(doc.lang).finditer(sent.tokens[:6])]
    # or one that has the document provide for it: "Меморандум предусматривает подготовку ТЭО проекта"
    provides = any(word_keys(t.text) & project_words(doc.lang, "provides") for t in sent.tokens[:6]) \
        and (cited or "документ" in words)
    opens = any(words[:len(u.split())] == u.split() for u in project_words(doc.lang, "under"))
    if sent.tokens and word_keys(sent.tokens[0].text) & project_words(doc.lang, "proceeds"):
        # "заключили кредитное соглашение ... Средства будут направлены на строительство станции":
        # the money of the document signed in the sentence before pays for the project
        before = next((s for s in reversed(doc.sents) if s.end <= sent.start), None)
        signed = [v for v in agreements if v.modality == "asserted" and before is not None
                  and before.start <= v.evidence[0].start < before.end]
        return signed[-1] if signed else None
    if not provides and not (opens and (cited or "документ" in words)):
        return None       # "В рамках визита компания объявила ...": an occasion, not a document
    signed = [v for v in agreements if v.modality == "asserted" and v.evidence[0].start < sent.start
              and (v.attrs.get("doc_type") in cited or not cited)]
    return signed[-1] if signed else None


def by_clause(doc: Doc, sent: Sent, agreements: list, at: int) -> object | None:
    """"заключили контракт, согласно которому китайская компания построит вторые пути": a project
    told in a relative clause that cites the document signed just before it ("under" words, then
    "который") is what that document sets up (stage agreed)."""
    from .agreements import documents
    signed = [v for v in agreements if v.modality == "asserted" and v.evidence[0].start == sent.start]
    ends = [sent.tokens[m.end - 1].end for m in documents(doc.lang).finditer(sent.tokens)
            if sent.tokens[m.end - 1].end <= at]
    if not signed or not ends:
        return None
    words = fold(doc.text[ends[-1]:at]).replace(",", " , ").split()
    for u in project_words(doc.lang, "under"):
        n = len(u.split())
        rel = words[1 + n:3 + n]      # "согласно которому", "в соответствии с которым"
        if words[:1] == [","] and words[1:1 + n] == u.split() and rel and (
                rel[0].startswith("котор") or rel[0] == "с" and rel[1:] and rel[1].startswith("котор")):
            return next((v for v in signed if (v.attrs.get("title_span") or (0, 0))[1] == ends[-1]), signed[-1])
    return None


def later_phase(lang: str, before: list) -> bool:
    """"строительство второй очереди станции": a later part of a project (lang/ru/project_phases.txt)
    is a project of its own; "первая очередь" is the project itself."""
    from ..lang import words
    phases = words(lang, "project_phases.txt")
    return any(word_keys(t.text) & phases and k > 0 and before[k - 1].pos == "ADJ"
               and "первый" not in word_keys(before[k - 1].text) for k, t in enumerate(before))


def route(sent: Sent, i: int, kind: str) -> bool:
    """"поставки газа по Трансадриатическому газопроводу", "перевозки по железной дороге": a line
    things travel along (по + dative) is in use, not being built; "по той же программе начнется
    строительство школ": a programme the act follows is its frame, not one more project (but
    "проект по производству водорода" names a project)."""
    toks = sent.tokens
    return toks[i].case == "Dat" and (kind == "infrastructure" or toks[i].rel == "obl") and any(
        fold(toks[c].text) == "по" and toks[c].rel == "case" for c in children(sent, i))


def in_title(doc: Doc, toks: list[Token], i: int, j: int) -> bool:
    """"ведущая программы Эвелина Закамская", "руководитель проекта Иван Петров": a project noun in
    the genitive between an office's noun and the name of the person who holds it is part of that
    person's title, no project."""
    e = doc.entity_at(toks[j].start, toks[j].end) if j < len(toks) else None
    return i > 0 and toks[i].case == "Gen" and toks[i - 1].pos == "NOUN" and e is not None and e.type == "PER"


def programme_document(lang: str, sent: Sent, i: int, j: int) -> bool:
    """"программа консультаций", "программа визитов" (project_words.tsv "calendar") is a calendar of
    contacts; "обучение по программам" ("along") a curriculum; a programme signed or adopted ("договорились подписать программу культурного
    сотрудничества", lang/<xx>/signing.tsv) is a document: neither is a project."""
    from .agreements import is_signing
    toks = sent.tokens
    if j < len(toks) and word_keys(toks[j].text) & project_words(lang, "calendar"):
        return True
    if any(toks[c].rel == "case" and fold(toks[c].text) in project_words(lang, "along") for c in children(sent, i)):
        return True       # "обучение по инженерным программам": studied by, not built
    h = toks[i].head
    return toks[i].rel == "obj" and 0 <= h < len(toks) and is_signing(lang, toks[h])


def framework(lang: str, toks: list[Token], i: int) -> bool:
    """A project noun right after "в рамках", "согласно" (lang/ru/project_words.tsv "under"), or
    "на территории", "на базе" ("grounds"), its adjectives between, is the frame or the ground
    something else is done in, not a project told here."""
    k = i
    while k > 0 and toks[k - 1].pos in ("ADJ", "DET"):
        k -= 1
    before = [fold(t.text) for t in toks[max(0, k - 3):k]]
    return any(before[-len(u.split()):] == u.split()
               for u in project_words(lang, "under") | project_words(lang, "grounds"))


def proper_name(toks: list[Token], k: int) -> str | None:
    """The name in quote marks right after a project noun ("подстанция «Регар»", "линия «Нурек –
    Вахдат»"), or the ends of a route without them ("линия Бахты – Аягоз"): two projects with two
    such names are two, whatever else they share."""
    if k + 2 < len(toks) and toks[k].text[:1].isupper() and toks[k + 1].text in ("–", "—") \
            and toks[k + 2].text[:1].isupper():
        return f"{fold(toks[k].text)} – {fold(toks[k + 2].text)}"
    if k >= len(toks) or toks[k].text not in ("«", "\"", "“"):
        return None
    close = next((j for j in range(k + 1, min(len(toks), k + 8)) if toks[j].text in ("»", "\"", "”")), None)
    return " ".join(fold(t.text) for t in toks[k + 1:close]) if close else None


def relative_act(sent: Sent, i: int, stage_of) -> int | None:
    """"ГЭС каскада, которую возводит X", "центра «Евразия», который строит X", "завода мощностью
    40 МВт в Y, строительство которого компания X начала в мае": a relative clause right after the
    project's phrase whose verb builds tells the act, whatever the parser hung the clause on.
    `stage_of(token)` is the language's stage word of a token."""
    toks = sent.tokens
    k = relative_at(sent, i)
    if k is None:
        return None
    verb = next((v for v in range(k + 1, min(len(toks), k + 9)) if toks[v].pos in ("VERB", "AUX") or toks[v].text == ","), None)
    return verb if verb is not None and toks[verb].pos == "VERB" and stage_of(toks[verb]) in ("in_progress", "completed", "tense") else None


def relative_at(sent: Sent, i: int) -> int | None:
    """The relative word of a clause that follows the phrase of the noun at `i` after a comma,
    over the phrase's own capacity, cost and place ("мощностью 40 МВт в Y", "стоимостью 780 млн
    долларов"); "строительство которого": the relative after the act's noun."""
    toks = sent.tokens
    k = i + 1
    while k < len(toks) and k - i <= 12 and (toks[k].pos in ("NOUN", "PROPN", "ADJ", "X", "NUM", "ADP")
                                            or toks[k].text in "«»\"%$–—"):     # "линии Бахты – Аягоз, которую"
        k += 1
    if not (k + 2 < len(toks) and toks[k].text == ","):
        return None
    if fold(toks[k + 1].text) in _WHICH:
        return k + 1
    if toks[k + 1].pos == "NOUN" and fold(toks[k + 2].text) in ("которого", "которой"):
        return k + 2
    return None


_WHICH = ("который", "которую", "которое", "которая", "которые")
_WHOSE = ("его", "ее", "их")        # (fold makes "её" "ее")


def possessed_act(sent: Sent, i: int, stage_of) -> int | None:
    """"Следующая на очереди — ТЭЦ в Семее: ее строительство X планирует начать весной": after the
    project's phrase and a colon or a comma, the act's noun that a possessive pronoun opens ("ее
    строительство", "его возведение") is the project's act."""
    toks = sent.tokens
    k = i + 1
    while k < len(toks) and k - i <= 8 and (toks[k].pos in ("NOUN", "PROPN", "ADJ", "X", "NUM", "ADP")
                                           or toks[k].text in "«»\"%$"):
        k += 1
    if not (k + 2 < len(toks) and toks[k].text in (":", ",", "—", "–") and fold(toks[k + 1].text) in _WHOSE):
        return None
    act = k + 2
    return act if toks[act].pos == "NOUN" and stage_of(toks[act]) in ("announced", "agreed") else None


def quoted_names(toks: list[Token], k: int) -> list[str]:
    """The names in quote marks after a plural project noun, joined by commas and "и"
    ("гидроэлектростанций «Ёвон» и «Фондарьё»"): each a project of its own; [] for fewer than two."""
    names: list[str] = []
    while k < len(toks) and toks[k].text in ("«", "\"", "“"):
        close = next((j for j in range(k + 1, min(len(toks), k + 8)) if toks[j].text in ("»", "\"", "”")), None)
        if close is None:
            break
        names.append(" ".join(t.text for t in toks[k + 1:close]))
        k = close + 1
        if k < len(toks) and (toks[k].text == "," or fold(toks[k].text) == "и"):
            k += 1
    return names if len(names) > 1 else []


def each_named(v, names: list[str]) -> list:
    """The project `v` told with several names, one copy for each name ("ГЭС «Ёвон»", "ГЭС «Фондарьё»")."""
    from copy import copy
    out = []
    for n in names:
        c = copy(v)
        c.attrs = dict(v.attrs, name=f"{v.attrs['name']} «{n}»", proper=fold(n))
        c.evidence = list(v.evidence)
        out.append(c)
    return out
