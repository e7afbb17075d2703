"""What the article tells after a project. A document signed later in the article that names no project of its own ("Соглашение о
реализации проекта подписали ...", "The loan agreement was signed ...", "инвестициялық келісімге қол
қойылды") is signed for the project told before it: that project is agreed and linked to it. "Лидеры
выразили удовлетворение ходом работ" right after a project is its work under way. A project its
builder announces right after signing a document is what the document agreed."""
from __future__ import annotations

from ..doc import Doc, Event, Sent
from ..nlp.match import fold, split_words, tokens_keys, word_keys
from .projects import project_words


def plain_title(doc: Doc, v: Event) -> bool:
    """A title of only document, investment, loan and project words (lang/<xx>/project_words.tsv
    "plain_deal"): it says what kind of document, not what it sets up."""
    plain = project_words(doc.lang, "plain_deal")
    words = [w.strip(".,;:«»\"()") for w in split_words(v.attrs.get("title") or "")]
    return all(word_keys(w, doc.lang) & plain for w in words if w and not any(c.isdigit() for c in w))


def agreed_later(doc: Doc, projects: list[Event], agreements: list[Event], builder=None) -> None:
    """`builder(doc, parties)`, where a reader has one: of the document's parties, the firm that
    builds the project it agrees (a ministry and a firm sign for the firm's project)."""
    linked = {id(p.attrs["agreement"]) for p in projects if isinstance(p.attrs["agreement"], Event)}
    for v in sorted((v for v in agreements if v.modality == "asserted"), key=lambda v: v.evidence[0].start):
        if id(v) in linked or not plain_title(doc, v):
            continue
        told = [p for p in projects if p.modality == "asserted" and p.attrs["stage"] == "announced"
                and p.attrs["agreement"] is None and p.evidence[0].start < v.evidence[0].start]
        if told:
            last = doc.sent_at(max(p.evidence[0].start for p in told))
            firm = builder(doc, v.attrs["parties"]) if builder is not None and v.attrs["parties"] else None
            for p in told:
                if doc.sent_at(p.evidence[0].start) is last:      # the projects of the sentence told last
                    p.attrs["stage"], p.attrs["agreement"] = "agreed", v
                    p.attrs["owner"] = p.attrs["owner"] or firm
            linked.add(id(v))


def signed_just_before(doc: Doc, projects: list[Event], agreements: list[Event]) -> None:
    """"Подписано инвестиционное соглашение между АО «X» и акиматом. Компания построит ... завод":
    a project only announced, told in the sentence right after a document its builder signed, is
    what the document agreed."""
    for p in projects:
        sent = doc.sent_at(p.evidence[0].start)
        k = next((i for i, s in enumerate(doc.sents) if s is sent), 0)
        if p.modality != "asserted" or p.attrs["stage"] != "announced" or p.attrs["agreement"] is not None \
                or not p.attrs["owner"] or not k:
            continue
        before = doc.sents[k - 1]
        v = next((v for v in agreements if v.modality == "asserted" and p.attrs["owner"] in v.attrs["parties"]
                  and before.start <= v.evidence[0].start < before.end), None)
        if v is not None:
            p.attrs["stage"], p.attrs["agreement"] = "agreed", v


def progress_later(doc: Doc, projects: list[Event]) -> None:
    """A sentence that names the progress of works (lang/<xx>/project_words.tsv "progress" and
    "works": "ходом работ") and no project of its own speaks of the projects of the sentence before."""
    from .project_merge import advance
    for i, sent in enumerate(doc.sents[1:], 1):
        toks = sent.tokens
        if project_words(doc.lang, "progress").isdisjoint(tokens_keys(toks)):
            continue      # no word of progress in the sentence: one set test for all its words
        if not any(word_keys(toks[k].text) & project_words(doc.lang, "progress")
                   and word_keys(toks[k + 1].text) & project_words(doc.lang, "works") for k in range(len(toks) - 1)):
            continue
        before = doc.sents[i - 1]
        if any(sent.start <= e.start < sent.end for p in projects for e in p.evidence):
            continue
        for p in projects:
            if p.modality == "asserted" and any(before.start <= e.start < before.end for e in p.evidence):
                advance(p, "in_progress")


def share_done(doc: Doc, sent: Sent, trig: int) -> tuple[bool, str | None]:
    """"ЕГК выполнила 65% работ на строительстве фабрики": a share of the works done on the act
    says the project is under way, and the subject of the verb that did it builds it. (Whether
    the sentence tells such a share; the builder's id or None.)"""
    from .context import ancestors, subject_entities
    toks = sent.tokens
    chain = ancestors(sent, trig, 4)
    if not any(toks[k].text == "%" or fold(toks[k].lemma or "") == "процент" for k in chain):
        return False, None
    verb = next((k for k in chain if toks[k].pos == "VERB"), None)
    firms = [e for e in subject_entities(doc, sent, verb) if e.type == "ORG" and not e.group] if verb is not None else []
    return True, firms[0].id if firms else None


def partly_done(toks: list, k: int) -> bool:
    """"работы выполнены на 40%", "объект готов на 70 процентов": a verb of completion followed by
    "на" and a share tells works under way, however the parser hung the share."""
    after = [fold(t.text) for t in toks[k + 1:k + 5]]
    return "на" in after and any(w == "%" or w.startswith("процент") for w in after[after.index("на"):])


def taken_on(doc: Doc, projects: list[Event]) -> None:
    """"Его возведением займется корпорация X", "Строительством займется компания X": a firm
    that takes on the act of building a project told just before builds it (lang/<xx>/
    project_words.tsv "take_on": the verbs that take the act in the instrumental)."""
    from .context import children
    from .projects import stage_words
    from ..nlp.match import lookup
    take = project_words(doc.lang, "take_on")
    for sent in doc.sents:
        toks = sent.tokens
        if take.isdisjoint(tokens_keys(toks)):
            continue      # no verb of taking on in the sentence
        for i, t in enumerate(toks):
            if t.pos != "VERB" or not word_keys(t.text) & take:
                continue
            acts = [c for c in children(sent, i) if toks[c].case == "Ins"
                    and lookup(stage_words(doc.lang), toks[c].text, doc.lang) == "announced"]
            firm = next((e for c in children(sent, i) if toks[c].rel.startswith("nsubj")
                         for k in range(c, min(len(toks), c + 4))
                         if (e := doc.entity_at(toks[k].start, toks[k].end)) is not None
                         and e.type == "ORG" and not e.group), None)
            told = [p for p in projects if p.evidence[0].start < sent.end]
            if acts and firm is not None and told:
                last = max(told, key=lambda p: p.evidence[0].start)
                if last.attrs["owner"] is None or last.attrs.get("owner_guessed"):
                    last.attrs["owner"], last.attrs["owner_guessed"] = firm.id, False


def works_begun(doc: Doc, told: list, reached=None) -> None:
    """"Модернизацию X финансирует банк Y, работы стартовали в сентябре", "Работы начались в мае",
    "Қазір жобалау жұмыстары жүріп жатыр": works that reached a stage with no name of their own are
    those of the project told last before them, in their sentence or the one before (`told`: the
    reader's (event, head, sentence, start, end); `reached(doc, sent)`: the (token, stage) of such
    works, by default read from the parse, `works_reached`)."""
    from .project_merge import advance
    for n, sent in enumerate(doc.sents):
        for i, stage in (reached or works_reached)(doc, sent):
            before = [v for v, _, s, _, b in told if v.modality == "asserted" and (s is sent and b <= i
                      or n and s is doc.sents[n - 1])]
            if before:
                advance(before[-1], stage)


def told_in(doc: Doc, found: list[Event]) -> list:
    """`found` as works_begun's `told`, each project at the sentence that tells it (for readers that
    keep no token span of their own: any works of that sentence may be its)."""
    return [(v, "", s, 0, 0) for v in found if (s := doc.sent_at(v.evidence[0].start)) is not None]


def works_reached(doc: Doc, sent: Sent):
    """The works (project_words.tsv "works", in the plural) that are the subject of a verb of a
    stage reached (in progress or done, not to come), with no name of their own."""
    from .context import children
    from .projects import stage_words
    from .ru_project_words import tense_stage
    from ..nlp.frames import ufeats, upos
    from ..nlp.match import lookup
    works = project_words(doc.lang, "works")
    toks = sent.tokens
    for i, t in enumerate(toks):
        verb = toks[t.head] if t.rel.startswith("nsubj") and t.head >= 0 else None
        if verb is None or upos(verb) != "VERB" or ufeats(t).get("Number") != "Plur" \
                or not word_keys(t.lemma or t.text) & works or any(toks[c].rel == "nmod" for c in children(sent, i)) \
                or any(toks[c].rel == "amod" and word_keys(toks[c].text, doc.lang) & project_words(doc.lang, "study")
                       for c in children(sent, i)):
            continue      # (not "работы по строительству моста": works named; not "изыскательские работы": a study)
        stage = lookup(stage_words(doc.lang), verb.text, doc.lang)
        stage = tense_stage(verb) if stage == "tense" else stage
        if stage in ("in_progress", "completed") and ufeats(verb).get("Tense") != "Fut" \
                and ufeats(verb).get("VerbForm") != "Inf":
            yield i, stage
