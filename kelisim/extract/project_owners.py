"""Owners of projects the sentence naming them leaves without one, read from frames:
who invests in building it ("в строительство завода средства инвестирует компания X"), and
the company of the person who reports on it or proposes it ("глава компании X проинформировал
о ходе строительства", "представил предложение о строительстве")."""
from __future__ import annotations

from ..doc import Doc, Entity, Event, Sent
from ..lang import words
from ..nlp.frames import frames_in
from ..nlp.match import fold, word_keys
from .context import ancestors, children, last_named_of_kind, mention_at, subject_entities, subtree
from .projects import project_nouns, project_words


def _owner_like(e: Entity | None) -> bool:
    return e is not None and not e.group and e.type in ("ORG", "GPE")


def _sent_of(doc: Doc, v: Event) -> Sent | None:
    return doc.sent_at(v.evidence[0].start)


def _head_words(v: Event) -> set[str]:
    return {fold(w) for w in v.attrs["name"].split()}


def investors(doc: Doc, projects: list[Event]) -> None:
    """"X вкладывает средства в строительство завода", "в проект инвестирует X": the subject of
    an investing verb whose "в" names a project without an owner (or the only one) owns it."""
    open_ = [v for v in projects if v.attrs["owner"] is None]
    if not open_:
        return
    investing = words(doc.lang, "investing.txt")
    for sent in doc.sents:
        for f in frames_in(doc, sent):
            if f.kind != "verb" or f.negated or not word_keys(sent.tokens[f.pred].text) & investing:
                continue
            targets = f.role(doc.lang, "destination") + f.role(doc.lang, "patient")
            aimed = {w for a in targets for j in a.tokens for w in word_keys(sent.tokens[j].text)}
            if not aimed:
                continue
            names_project = any(project_nouns(doc.lang).match_at(sent.tokens, j) for a in targets for j in a.tokens)
            subj = [e for e in subject_entities(doc, sent, f.pred) if _owner_like(e)]
            if not subj:
                subj = [h[1] for a in f.role(doc.lang, "agent") for j in a.tokens
                        if (h := mention_at(doc, sent.tokens[j])) is not None and _owner_like(h[1])]
            subj = subj or _named_by_kind(doc, sent, f.pred)
            if not subj:
                subj, first = _object_first(doc, sent, f.pred)
                aimed |= {w for j in first for w in word_keys(sent.tokens[j].text)}
            if not subj:
                continue
            fits = [v for v in open_ if _head_words(v) & aimed] or (open_ if names_project and len(open_) == 1 else [])
            for v in fits:
                v.attrs["owner"] = subj[0].id
            open_ = [v for v in open_ if v.attrs["owner"] is None]
            if not open_:
                return


def _named_by_kind(doc: Doc, sent: Sent, verb: int) -> list[Entity]:
    """"ЕБРР ... Банк профинансирует модернизацию": a subject that names only the kind of body
    ("банк", "компания") is the one of that kind named last before it."""
    toks = sent.tokens
    for c in children(sent, verb):
        if not toks[c].rel.startswith("nsubj") or toks[c].pos != "NOUN":
            continue
        body = last_named_of_kind(doc, word_keys(toks[c].text), toks[c].start)
        if body is not None:
            return [body]
    return []


def _object_first(doc: Doc, sent: Sent, verb: int) -> tuple[list[Entity], list[int]]:
    """"Модернизацию пункта пропуска финансирует банк X": with the object first, the parser may
    take the subject after the verb for an object and the object for the subject; an accusative
    before the verb and an organisation after it (no verb has two direct objects) are the object
    and the subject."""
    toks = sent.tokens
    first = next((c for c in children(sent, verb) if c < verb and toks[c].case == "Acc"
                  and toks[c].rel in ("obj", "nsubj")), None)
    if first is None:
        return [], []
    subj = [h[1] for c in children(sent, verb) if c > verb and toks[c].rel == "obj" and toks[c].case in ("Nom", "Acc")
            for k in subtree(sent, c) if (h := mention_at(doc, toks[k])) is not None and _owner_like(h[1])][:1]
    return subj, subtree(sent, first) if subj else []


def reporters(doc: Doc, projects: list[Event], speech) -> None:
    """"Глава компании X проинформировал президента о ходе строительства завода": the person
    who reports on the project speaks for its owner, the organisation of his office."""
    for v in projects:
        if v.attrs["owner"] is not None:
            continue
        sent = _sent_of(doc, v)
        if sent is None:
            continue
        for i, t in enumerate(sent.tokens):
            if t.pos != "VERB" or speech(doc.lang, t.text) is None and not _proposes(doc, sent, i):
                continue
            for p in subject_entities(doc, sent, i):
                if p.type != "PER":
                    continue
                orgs = [doc.entity(r.org) for r in p.roles if r.org] + _org_before(doc, p)
                org = next((o for o in orgs if o is not None and o.type == "ORG" and not o.group), None)
                if org is not None and _about(sent, i, v, doc):
                    v.attrs["owner"] = org.id
                    break
            if v.attrs["owner"] is not None:
                break


def _proposes(doc: Doc, sent: Sent, verb: int) -> bool:
    """"X представил предложение о строительстве завода": one who puts forward a proposal for a
    project speaks for its owner as one who reports on it does (statement_frames.message)."""
    from .statement_frames import speech_nouns
    toks = sent.tokens
    if not word_keys(toks[verb].text) & words(doc.lang, "proposing.txt"):
        return False
    uses = speech_nouns(doc.lang)
    return any(toks[c].rel == "obj" and any(uses.get(w, ("",))[0] == "proposal" for w in word_keys(toks[c].text))
               for c in children(sent, verb))


def _about(sent: Sent, verb: int, v: Event, doc: Doc) -> bool:
    """Does the project's name sit under the verb of speech ("рассказал о строительстве ...")?"""
    start = doc.text.find(v.attrs["name"].split()[0][:4], sent.start, sent.end)
    for k, t in enumerate(sent.tokens):
        if t.start >= start >= 0:
            return verb in ancestors(sent, k, 6)
    return False


def _org_before(doc: Doc, person: Entity) -> list[Entity]:
    """"генерального директора группы компаний X Роберта Й.": the organisation named right before
    a person's name, in the title the parse did not give him."""
    out = []
    for m in person.mentions:
        for e in doc.entities:
            if e.type == "ORG" and not e.group and any(0 <= m.start - x.end <= 2 for x in e.mentions):
                out.append(e)
    return out


def role_holders(doc: Doc, projects: list[Event]) -> None:
    """"Началось строительство комбината. Инвестором выступает компания X": a role noun in the
    instrumental (lang/ru/project_owners.tsv "role"), or the building works done ("Строительные
    работы выполнила компания X", "works"), whose clause names an organisation as subject, in the
    sentence of a project told without an owner or the next, names its owner; so does a role noun
    set off by a dash or "силами" (_dashed_role), up to two sentences on."""
    roles = project_words(doc.lang, "role", "project_owners.tsv")
    works = project_words(doc.lang, "works", "project_owners.tsv")
    sents = list(doc.sents)
    for v in projects:
        # from each sentence that tells the project ("Объект введен в эксплуатацию. Реконструкцию
        # выполнила компания X")
        told = sorted({n for e in v.evidence for n, s in enumerate(sents) if s.start <= e.start < s.end})
        for k in told if v.attrs["owner"] is None else []:
            holder = _role_holder(doc, sents, k, roles, works)
            if holder is not None:
                v.attrs["owner"] = holder.id
                break


def _role_holder(doc: Doc, sents: list[Sent], k: int, roles: frozenset[str], works: frozenset[str]) -> Entity | None:
    for n, s in enumerate(sents[k:k + 3]):
        toks = s.tokens
        for i, t in enumerate(toks):
            dashed = _dashed_role(doc, s, i, roles)
            if dashed is not None:
                return dashed
            if n == 2:
                continue
            if not (word_keys(t.text) & roles and t.case == "Ins" or _works(s, i, works, doc.lang)) \
                    or not 0 <= t.head < len(toks):
                continue
            subj = [e for e in subject_entities(doc, s, t.head) if _owner_like(e) and e.type == "ORG"]
            if subj:
                return subj[0]
    return None


def _dashed_role(doc: Doc, sent: Sent, i: int, roles: frozenset[str]) -> Entity | None:
    """"Генподрядчик — ТОО X": a role noun set off by a dash names the firm right after the dash;
    so does "силами" ("Строительство ведется силами китайской компании X", lang/ru/project_owners.tsv
    "by")."""
    toks = sent.tokens
    by = word_keys(toks[i].text) & project_words(doc.lang, "by", "project_owners.tsv") and toks[i].case == "Ins"
    # the dash may follow a genitive: "Генеральный подрядчик проекта — компания X"
    dash = next((j for j in range(i + 1, min(len(toks) - 1, i + 3))
                 if toks[j].text in ("—", "–", "-") and all(toks[m].case == "Gen" for m in range(i + 1, j))), None)
    if not by and (not (word_keys(toks[i].text) & roles and toks[i].case in (None, "Nom")) or dash is None):
        return None
    at = i if by else dash
    lo, hi = toks[at].end, toks[min(len(toks) - 1, at + 4)].end
    return next((e for e in doc.entities if e.type == "ORG" and _owner_like(e)
                 and any(lo <= m.start <= hi for m in e.mentions)), None)


def _works(sent: Sent, i: int, works: frozenset[str], lang: str = "ru") -> bool:
    """Is token i the object of building works ("строительные работы", "реконструкцию") a verb says
    were done?"""
    toks = sent.tokens
    if toks[i].rel not in ("obj", "nsubj:pass"):
        return False
    if any(toks[c].rel == "amod" and word_keys(toks[c].text) & works for c in children(sent, i)):
        return True
    # "Реконструкцию выполнила компания X": the works named by their own noun, done
    did = project_words(lang, "did", "project_owners.tsv")
    return bool(word_keys(toks[i].text) & project_words(lang, "deed", "project_owners.tsv")) \
        and 0 <= toks[i].head < len(toks) and bool(word_keys(toks[toks[i].head].text) & did)


def met_firms(doc: Doc, projects: list[Event]) -> None:
    """"В ходе встречи с председателем правления компании X Y достигнута договоренность о
    строительстве завода": a project agreed at a meeting with the head of a firm, the only firm
    whose head the sentence names, is that firm's; so is one the sides ("стороны", "турецкая
    сторона") report on right after the meeting is told. A ministry or agency in the title is no builder
    (lang/<xx>/bodies.tsv), and a project told with an owner keeps it."""
    from ..nlp.match import split_words
    from ..doc import Token
    from .context import meeting_nouns, mentions_in
    from .spans import bodies
    nouns = meeting_nouns(doc.lang)
    meetings = [e for v in doc.events if v.type == "meeting" for e in v.evidence]
    def met_in(s: Sent | None, told: bool = False) -> bool:
        return s is not None and (any((t.lemma or fold(t.text)) in nouns for t in s.tokens)
                                  or told and any(e.start < s.end and s.start < e.end for e in meetings))
    for v in projects:
        sent = _sent_of(doc, v)
        if v.attrs["owner"] is not None or sent is None:
            continue
        # "... провел встречу с руководителем компании X. Стороны обсудили ход строительства
        # завода": the sides of the meeting told just before, whatever stage they report
        before = next((s for s in reversed(doc.sents) if s.end <= sent.start), None)
        table = sent if met_in(sent) and v.attrs["stage"] in ("announced", "agreed") else \
            before if _sides_speak(doc, sent) and met_in(before, told=True) else None
        if table is None:
            continue
        firms = {r.org for _, p in mentions_in(doc, table.start, table.end, ("PER",)) for r in p.roles if r.org}
        firms = [e for f in firms if (e := doc.entity(f)) is not None and e.type == "ORG" and not e.group
                 and bodies(doc.lang).match_at([Token(0, 0, w) for w in split_words(e.name)], 0) is None]
        if len(firms) == 1:
            v.attrs["owner"] = firms[0].id


def _sides_speak(doc: Doc, sent: Sent) -> bool:
    """Is the subject of the sentence "стороны" or "турецкая сторона" (the sides of a meeting)?"""
    from .agreement_sides import side_words
    sides = side_words(doc.lang, "sides") | side_words(doc.lang, "side")
    return any(t.rel.startswith("nsubj") and (fold(t.text) in sides or word_keys(t.text) & sides) for t in sent.tokens)


def carried_out(doc: Doc, projects: list[Event]) -> None:
    """"... соглашение о строительстве терминала. Проект реализует компания X": a verb of carrying
    out (lang/<xx>/carrying_out.txt) whose object refers back to a project (lang/<xx>/project_refs.txt)
    names the owner of the project told last before it, if it has none or only a state or a group."""
    from .agreement_sides import side_words
    doing, refs = words(doc.lang, "carrying_out.txt"), words(doc.lang, "project_refs.txt")
    for sent in doc.sents:
        told = [v for v in projects if v.evidence[0].start < sent.start]
        last = max(told, key=lambda v: v.evidence[0].start) if told else None
        # (a state, a group ("стороны") or a signing region as owner gives way to the firm that carries it out)
        owner = doc.entity(last.attrs["owner"]) if last is not None and last.attrs["owner"] else None
        if last is None or owner is not None and owner.type != "GPE" and not owner.group and not last.attrs.get("owner_guessed") \
                and fold(owner.name) not in side_words(doc.lang, "sides") \
                or sent.start - last.evidence[0].end > 400:
            continue
        for f in frames_in(doc, sent):
            if f.kind != "verb" or f.negated or not word_keys(sent.tokens[f.pred].text) & doing or not any(
                    word_keys(sent.tokens[a.head].text) & refs for a in f.role(doc.lang, "patient")):
                continue
            subj = [e for e in subject_entities(doc, sent, f.pred) if _owner_like(e)]
            if subj:
                last.attrs["owner"] = subj[0].id
                break


def local_budget(doc: Doc, projects: list[Event]) -> None:
    """"строительство ледовой арены в Шымкенте ... за счёт средств местного бюджета": a project
    without an owner that a local budget pays for (lang/<xx>/project_owners.tsv "local") is carried
    out by the local authority of its place, named by the place."""
    local = words(doc.lang, "project_owners.tsv", "local")
    for v in projects:
        sent = _sent_of(doc, v)
        place = doc.entity(v.attrs.get("location")) if v.attrs.get("location") else None
        if v.attrs["owner"] is not None or sent is None or place is None or place.type not in ("GPE", "LOC"):
            continue
        toks = sent.tokens
        if any(fold(t.text).startswith("бюджет") and k and word_keys(toks[k - 1].text) & local
               and any(fold(x.text) in ("счет", "счёт") for x in toks[max(0, k - 4):k]) for k, t in enumerate(toks)):
            v.attrs["owner"] = place.id
