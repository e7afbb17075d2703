"""The Russian project reader's word tables: the sector a kind of project implies, the nouns named
in the plural, and the stage a word, a verb's tense or the words above it give."""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Event, Sent, Token
from ..lang import lexicon, words
from ..nlp.match import fold, lookup, word_keys
from .context import ancestors, children, lemma_in, subtree
from .project_phases import phase_noun
from .projects import project_words, stage_words
from .sectors import ORDER

# the sector a kind of project belongs to when its name says no more
MONEY = frozenset({"finance", "investment"})     # a document's fields that say only it is money
KIND_SECTORS = {"campus": ("education",), "school": ("education",), "university": ("education",),
                "research_centre": ("science",), "plant": ("industry",), "mine": ("critical_minerals",),
                "infrastructure": ("transport_logistics",), "fund": ("investment",)}


@cache
def plural_names(lang: str) -> frozenset[str]:
    """Head nouns of projects named in the plural (third column of projects.tsv: "очистные сооружения",
    "линии электропередачи"): the phrase's last word, or its first where the noun leads it."""
    return frozenset(w for r in lexicon(lang, "projects.tsv") if len(r) > 2 and r[2] == "plural"
                     for w in (r[0].split()[0], r[0].split()[-1]))


def stage_word(lang: str, tok: Token) -> str | None:
    return lookup(stage_words(lang), tok.text, lang)


def tense_stage(tok: Token) -> str:
    if tok.feats.get("Tense") == "Past" or tok.feats.get("VerbForm") == "Part" and tok.feats.get("Tense") == "Past":
        return "completed"
    if tok.feats.get("Tense") == "Pres" and tok.feats.get("Aspect") == "Imp":
        return "in_progress"
    return "announced"


def starts_operating(lang: str, sent: Sent, verb: int) -> bool:
    """"фабрика начала работу": the verb of beginning takes a word of operating as its object."""
    toks = sent.tokens
    return any(toks[c].rel == "obj" and stage_word(lang, toks[c]) == "operation" for c in children(sent, verb))


def settled_start(lang: str, sent: Sent, trig: int, stage: str) -> str:
    """"Мы договорились начать строительство моста": a start still to come that an act of agreeing
    governs is agreed, not only announced."""
    if stage != "announced":
        return stage
    toks = sent.tokens
    return "agreed" if any(stage_word(lang, toks[k]) == "agreed" for k in ancestors(sent, trig, 3)) else stage


def verbs_above(sent: Sent, trig: int) -> list[int]:
    """The words whose stage may say how far the act `trig` is: the two above it, or the verb right
    before it when the act is a subject the parser hung on another verb ("завершено строительство
    дороги, а ... стартовало строительство системы": "завершено" is the first act's own)."""
    from .project_places import clauses_apart
    toks = sent.tokens
    # "завершено строительство X, а проект Y на стадии ТЭО": a verb of another clause says nothing
    ups = [k for k in ancestors(sent, trig, 2) if not clauses_apart(sent, trig, k)]
    if trig and toks[trig].rel.startswith("nsubj") and toks[trig - 1].pos == "VERB" and trig - 1 not in ups:
        return [trig - 1]
    return ups


def attended_opening(lang: str, sent: Sent, trig: int, stage: str) -> str:
    """"Главы регионов приняли участие в открытии пункта пропуска": a moment of opening
    (lang/ru/project_moments.txt) that someone took part in or attended (participation.txt), in the
    past, has happened; taking part in building is only under way, and "примут участие" is to come."""
    toks = sent.tokens
    if stage != "announced" or not lookup_words(lang, "project_moments.txt", toks[trig]):
        return stage
    above = ancestors(sent, trig, 2)
    took = any(lookup_words(lang, "participation.txt", toks[k]) for k in above)
    past = any(toks[k].pos == "VERB" and toks[k].feats.get("Tense") == "Past" for k in above)
    return "completed" if took and past else stage


def lookup_words(lang: str, name: str, tok: Token) -> bool:
    """Is the token a word of the list lang/<xx>/<name>?"""
    return bool(word_keys(tok.text, lang) & words(lang, name))


def being_built(lang: str, sent: Sent, head: int) -> bool:
    """"строящийся в области завод будет введён в 2027 году", "возводимый компанией терминал": a
    present participle of building on the project says it is under way now, whatever the verb
    tells of its end."""
    toks = sent.tokens
    return any(toks[c].pos == "VERB" and toks[c].feats.get("VerbForm") == "Part" and toks[c].feats.get("Tense") == "Pres"
               and stage_word(lang, toks[c]) in ("tense", "in_progress", "announced") for c in children(sent, head))


def other_object(sent: Sent, verb: int, project: int, lang: str = "ru") -> bool:
    """The verb acts on something else ("начнет прием студентов"; "на предприятии создано 1 800
    рабочих мест"), not on the project; "начала работу" is the project starting to work."""
    toks = sent.tokens
    inside = set(subtree(sent, project))
    laid = words(lang, "laid_objects.txt")      # "заложил камень в основание фабрики"
    # an accusative the parser took for a subject is an object ("университет откроет филиал")
    return any((toks[c].rel in ("obj", "nsubj:pass") or toks[c].rel == "nsubj" and toks[c].case == "Acc")
               and c not in inside and project not in subtree(sent, c) and not lemma_in(toks[c], laid)
               and stage_word(lang, toks[c]) != "operation" and not phase_noun(lang, toks[c])
               for c in children(sent, verb))     # "запустить вторую очередь станции": its part


def acts_on_another(doc: Doc, sent: Sent, verb: int, project: int) -> bool:
    """The project noun is the active subject of a verb whose object or oblique names an act
    of building: it does the act ("компания приступила к строительству завода")."""
    toks = sent.tokens
    if project not in children(sent, verb) or toks[project].rel != "nsubj":
        return False
    return any(toks[c].rel in ("obj", "obl") and toks[c].pos == "NOUN" and stage_word(doc.lang, toks[c])
               not in (None, "operation") for c in children(sent, verb))


def study_phase(lang: str, sent: Sent, i: int) -> int | None:
    """"Проект ГЭС в Ташкентской области находится на стадии ТЭО": the study (project_words.tsv
    "study") after a word of phase ("phase") in the clause of the project noun `i`, itself or the
    "проект" it hangs on the subject, is the act that makes it a project (announced)."""
    toks = sent.tokens
    while toks[i].pos == "ADJ" and toks[i].head > i:
        i = toks[i].head          # "логистического центра": the phrase's noun
    up = toks[i].head
    subj = up if toks[i].rel == "nmod" and up >= 0 and fold(toks[up].lemma or "") == "проект" else i
    if not toks[subj].rel.startswith("nsubj"):
        return None
    for x in range(i + 1, len(toks)):
        if toks[x].text in (",", ";", ".", "–", "—") or toks[x].pos == "CCONJ":
            return None
        if word_keys(toks[x - 1].text, lang) & project_words(lang, "phase") \
                and word_keys(toks[x].text, lang) & project_words(lang, "study") and stage_word(lang, toks[x]):
            return x
    return None


def lend_sectors(projects: list[Event]) -> None:
    """"соглашение по проекту реконструкции станции" names no field: the project it agrees does."""
    for v in projects:
        ag = v.attrs["agreement"]
        if isinstance(ag, Event) and ag.attrs.get("sectors_default"):
            named = [x for x in v.attrs["sectors"] if x not in KIND_SECTORS.get(v.attrs["kind"], ())]
            if named:
                ag.attrs["sectors"], ag.attrs["sectors_default"] = named, False
        elif isinstance(ag, Event) and ag.attrs["sectors"] and set(ag.attrs["sectors"]) <= MONEY:
            # "кредитное соглашение ... Средства будут направлены на строительство ветровой
            # электростанции": a loan's field is money and the project's
            ag.attrs["sectors"] = [x for x in ORDER if x in set(ag.attrs["sectors"]) | set(v.attrs["sectors"])]


def plural_noun(sent: Sent, i: int) -> bool:
    """Is the project noun plural? The tagger's guess holds for a word the dictionary can read as
    plural ("заводы"), not for one it reads only in the singular ("ветропарк", a word the tagger
    does not know); an abbreviation the same in both numbers ("ГЭС", "ТЭЦ") is plural only by a
    plural word on it ("строительство малых ГЭС") or its verb's number."""
    from ..nlp.number import can_be_plural
    t = sent.tokens[i]
    if t.feats.get("Number") != "Plur":
        return False
    if t.text.isupper():      # (or by its verb: "На реке еще не построены ГЭС")
        verb = sent.tokens[t.head] if t.rel.startswith("nsubj") and t.head >= 0 else None
        return verb is not None and verb.feats.get("Number") == "Plur" or any(
            sent.tokens[c].feats.get("Number") == "Plur" for c in children(sent, i)
            if sent.tokens[c].rel in ("amod", "det", "nummod"))
    return can_be_plural(t.text)


def denied_stage(doc: Doc, sent: Sent, trig: int, stage: str) -> tuple[str, str]:
    """The modality and stage of a work whose act is denied: one not finished goes on ("строительство
    пока не завершено"), one refused or called off is cancelled ("отказалась от строительства"), one
    never built did not happen ("так и не был построен": negated)."""
    from .context import modality_matcher
    toks = sent.tokens
    scope = [trig, *ancestors(sent, trig, 2)]
    if any(word_keys(toks[k].lemma or toks[k].text) & project_words(doc.lang, "unfinished") for k in scope):
        return "asserted", "in_progress"
    if stage == "cancelled" or any((m := modality_matcher(doc.lang).match_at(toks, k)) and m.value == "called_off"
                                   for k in scope):
        return "asserted", "cancelled"
    return "negated", stage


def acts_on(doc: Doc, sent: Sent, noun: int, trigger: int) -> bool:
    """Does the act govern the noun itself, or through a word of building ("начала строительство
    центра"), or hang on it ("центр, построенный ...")?"""
    toks = sent.tokens
    up = toks[noun].head
    return trigger == up or toks[trigger].head == noun or up >= 0 and toks[up].head == trigger \
        and stage_word(doc.lang, toks[up]) is not None


def bare_act(doc: Doc, sent: Sent, i: int, last: Event) -> bool:
    """"Строительство ведет фонд X" right after the project is told: an act of building that
    names no project is the one of the sentence before."""
    toks = sent.tokens
    before = next((s for s in reversed(doc.sents) if s.end <= sent.start), None)
    return toks[i].rel in ("nsubj", "obj") and stage_word(doc.lang, toks[i]) == "announced" \
        and not any(toks[c].rel == "nmod" for c in children(sent, i)) and before is not None \
        and any(before.start <= e.start < before.end for e in last.evidence)



def undecided(doc: Doc, sent: Sent, trig: int) -> bool:
    """"решение о строительстве второй очереди, которое пока не согласовано": a relative clause whose
    verb of a stage (project_stages.tsv: "согласовать") is negated says the act is not decided, and no
    project is told. The parser hangs the clause on the last noun of the act's phrase; its "который"
    agreeing with the act's noun, not that one, says it is the act's."""
    toks = sent.tokens
    act = toks[trig]
    for c in subtree(sent, trig):
        if toks[c].rel != "acl:relcl" or stage_word(doc.lang, toks[c]) is None \
                or not any(fold(toks[g].text) == "не" for g in children(sent, c)):
            continue
        which = next((toks[g] for g in children(sent, c) if toks[g].lemma == "который"), None)
        if which is not None and all(which.feats.get(f) == act.feats.get(f) for f in ("Gender", "Number")):
            return True
    return False


def only_studied(doc: Doc, sent: Sent, trig: int) -> bool:
    """"прорабатывается строительство завода", "предложил рассмотреть участие в строительстве": a
    project only being looked into (project_words.tsv "studied"); not one whose progress is looked
    at ("рассмотрели ход строительства": a word of the stage reached stands between them)."""
    toks = sent.tokens
    for k in [trig, *ancestors(sent, trig, 2)]:
        if k != trig and stage_word(doc.lang, toks[k]) in ("in_progress", "completed"):
            return False
        if word_keys(toks[k].text) & project_words(doc.lang, "studied"):
            return True
    return False


def plural_ref(doc: Doc, sent: Sent, i: int) -> bool:
    """"Работы вела компания X": the works, bare, on the project told before (project_refs.txt, kind
    plural); not works of one kind ("проектно-изыскательские работы завершены": a phase, not the whole)
    nor works named for another act ("Работы по ремонту дорог начались")."""
    toks = sent.tokens
    return bool(word_keys(toks[i].text) & words(doc.lang, "project_refs.txt", "plural")) \
        and not any(toks[c].rel in ("amod", "nmod") for c in children(sent, i))


def a_goal(lang: str, sent: Sent, k: int) -> bool:
    """"завершение строительства ГЭС остается приоритетом": the noun of a stage as the subject of a
    verb that names a goal (project_words.tsv "goal") is still to be reached, not reached."""
    toks = sent.tokens
    t = toks[k]
    return t.pos == "NOUN" and t.rel.startswith("nsubj") and 0 <= t.head < len(toks) \
        and bool(word_keys(toks[t.head].text, lang) & project_words(lang, "goal"))
