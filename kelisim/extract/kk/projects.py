"""Projects in Kazakh text: things to be built, opened or launched, with owner, place and stage.

A project noun (lang/kk/projects.tsv: филиал, зауыт, мектеп, орталық) is a project when a word
of opening or building (lang/kk/project_stages.tsv) follows it within a few words: "филиалын ашу
жоспарланып отыр" (announced: a verbal noun and a plan), "зауыт салынады" (announced: to be
built), "мектеп ашылды" (completed). An organisation that opens itself somewhere is one too
("Елімізде Мәскеу ... институты ашылады": a branch of the institute). The owner is the
organisation in the genitive before the noun ("институтының филиалы") or the one that opens;
the place is the one in the locative.
"""
from __future__ import annotations

from ...doc import Doc, Entity, Event, Sent, Token
from ...nlp.kazakh import fold, has_possessive, stem_keys
from ..agreement_sides import body_of_kind
from ..context import in_headline, mentions_in, named_mentions, paragraph_of, token_index
from ..project_later import agreed_later
from ..projects import Reader, another_word, held_back, project_event, project_words
from ..quantities import find_money
from ..sectors import sectors_of
from ..ru_project_words import KIND_SECTORS
from ...nlp.frames import frames_in
from .coref import SIDES
from .context import is_locative, sentence_modality
from .firms import (firm_met, firms_kind_word, object_first_builder, host_before, open_between, own_object,
                    owner_before_clause, paragraph_company)
from .frames import named
from .lexicon import legal_forms, matcher
from .project_merge import collective, merge_projects
from .project_nouns import (co_builder, indefinite, later_phase_owner, names_it, phase_between, phases_in_plan,
                            project_name, region_back)
from .project_works import works_later
from .verbs import Verb, across_time_words, dated_before, find_verbs, recalled_plan, stopped, works_stage

NEAR = 4
NEAR_BEFORE = 7
RELATIVE = ("participle", "future_participle", "converb")
NAME_WORDS = 6
WORKS = {"in_progress": project_words("kk", "works_begun"), "completed": project_words("kk", "works_done")}
STAGE_OF_TENSE = {"past": "completed", "participle": "completed", "progressive": "in_progress",
                  "converb": "in_progress"}


def _cases(toks: list[Token], v: Verb) -> tuple[str, ...]:
    """The cases of a project noun a stage word takes: the subject or object of a verb ("зауыт
    салынады", "филиалын ашу"), the possessor of a stage noun ("зауыттың құрылысы", "фабриканың
    ашылуы") or of a verb phrase opening with one ("зауытының құрылысы аяқталды")."""
    if v.tense == "noun":
        return ("Nom", "Acc", "Gen")
    if v.tense == "stage_noun" or v.end - v.start > 1 and has_possessive(toks[v.start].text):
        return ("Nom", "Gen")
    return ("Nom", "Acc")


def _words(doc: Doc, toks: list[Token]) -> int:
    """Words, a name counting as one: "Фабриканы «Anadolu Pamuk Tekstil» түрік компаниясы мен
    «Түркістан» корпорациясы бірлесіп салды" puts two builders between the object and its verb."""
    return len({(e.id, m.start) if (e := doc.entity_at(t.start, t.end)) is not None
                and (m := next((m for m in e.mentions if m.start <= t.start < m.end), None)) else t.start
                for t in toks if t.pos != "PUNCT"})


def _relative(toks: list[Token], verbs: list[Verb], a: int, used: set[int]) -> Verb | None:
    """"компания салып жатқан қуаты 900 мегаватт болатын станция": a participle of building before
    the noun it qualifies, with no clause break between."""
    for v in reversed(verbs):
        if v.end > a or a - v.end > NEAR_BEFORE or v.start in used or v.tense not in RELATIVE:
            continue
        k = v.end
        if v.tense == "converb":
            if k >= a or fold(toks[k].text) not in project_words("kk", "still"):
                continue
            k += 1        # "салып жатқан": being built
        # "пайдалануға берілген «Керуен сарай» туристік кешені": the project's quoted name between
        if all((t.pos != "PUNCT" or t.text in "«»“”") and fold(t.text) not in project_words("kk", "finite")
               for t in toks[k:a]):
            return v
    return None


class KazakhProjects(Reader):
    """The reader of the project stage (projects.py) for Kazakh."""

    @staticmethod
    def gathered(doc: Doc, found: list[Event]) -> list[Event]:
        """The projects the body tells (those of the headline where it tells none), with the works after them."""
        works_later(doc, found)
        return [v for v in found if not in_headline(doc, v.evidence[0].start)] or found

    @staticmethod
    def merge(doc: Doc, found: list[Event]) -> list[Event]:
        return phases_in_plan(doc, merge_projects(doc, found))

    def complete(self, doc: Doc, projects: list[Event], agreements: list[Event]) -> None:
        for p in projects:
            # "өзбек инвесторлары салған кешен ... Кешенді X компаниясы салды": the firm, not the group
            if not p.attrs["owner"] or collective(doc, doc.entity(p.attrs["owner"])):
                p.attrs["owner"] = paragraph_company(doc, p) or p.attrs["owner"]
        later_phase_owner(doc, projects)
        owners = {p.attrs["owner"] for p in projects}
        for p in projects:
            # the one firm the body names, else the one met (when the first already owns another)
            for firm in ([] if p.attrs["owner"] else [self._sole_firm(doc), firm_met(doc)]):
                if firm is not None and (firm not in owners or self._says_company(doc, p)):
                    p.attrs["owner"] = firm
                    break
        self._agreed(doc, projects, agreements)
        agreed_later(doc, projects, agreements)
        for p in projects:      # "жобаны бірлесіп іске асыру туралы меморандум" names no field: the project does
            ag = p.attrs["agreement"]
            if isinstance(ag, Event) and not ag.attrs.get("sectors"):
                ag.attrs["sectors"] = [x for x in p.attrs["sectors"] if x not in KIND_SECTORS.get(p.attrs["kind"], ())]

    @staticmethod
    def _says_company(doc: Doc, p: Event) -> bool:
        """"Компания басшылығы ... кешенінің құрылысын бастауды жоспарлап отыр": the company named before."""
        return any("компания" in stem_keys(t.text) for e in p.evidence if (sent := doc.sent_at(e.start))
                   for t in sent.tokens)

    @staticmethod
    def _sole_firm(doc: Doc) -> str | None:
        """"Шымкентте хаб салу жобасы талқыланды" with the company named in another paragraph: the
        one firm the article's body names as one ("X компаниясы", "«X» ЖШС") carries it out, unless
        it owns another project there and the project's sentence does not point back to it."""
        firms = []
        for m, e, sent in named_mentions(doc, "ORG"):
            if e.id in firms or in_headline(doc, m.start):
                continue
            k = token_index(sent.tokens, m.end)
            word = sent.tokens[k].text.lstrip("»”\"") if k is not None else ""
            if k is not None and sent.tokens[k].text in "»”\"" and k + 1 < len(sent.tokens):
                word = sent.tokens[k + 1].text
            if word.split("-")[0] in legal_forms() or "компания" in stem_keys(word):
                firms.append(e.id)
        return firms[0] if len(firms) == 1 else None

    @staticmethod
    def _agreed(doc: Doc, projects: list[Event], agreements: list[Event]) -> None:
        """A project announced in the paragraph where a document is signed is what it agrees."""
        signed = [v for v in agreements if v.modality == "asserted"]
        for p in projects:
            paras = {paragraph_of(doc, e.start) for e in p.evidence}
            deal = next((v for v in signed if paragraph_of(doc, v.evidence[0].start) in paras), None) \
                or _within_last(doc, p, signed)
            if deal is not None and p.attrs["stage"] == "announced":
                p.attrs["stage"] = "agreed"
                p.attrs["agreement"] = deal          # an id once FinalizeEvents numbers the events

    def projects(self, doc: Doc, sent: Sent, agreements: list[Event], found: list[Event]) -> list[Event]:
        toks = sent.tokens
        # "құрылысы тоқтатылған жоқ": a stop denied is no stage
        verbs = [v for v in find_verbs(toks, "project_stages.tsv") if not (v.value[0] == "cancelled" and (
            v.modality == "negated" or v.end < len(toks) and fold(toks[v.end].text) in ("жоқ", "емес")))]
        # stage nouns: "зауыттың құрылысы", "филиалдың ашылу салтанаты" (the phrase, not its "ашылу")
        nouns = across_time_words(toks, [Verb(m.start, m.end, "stage_noun", m.value) for m in matcher("project_stages.tsv").finditer(toks)])
        verbs = [v for v in verbs if not any(n.start <= v.start and v.end < n.end for n in nouns)]
        verbs += [n for n in nouns if not any(v.start <= n.start < v.end for v in verbs)]
        if not verbs:
            return []
        out = []
        used: set[int] = set()
        found = [m for m in matcher("projects.tsv").finditer(toks) if m.value[0] != "-"]
        for m in found:
            nxt = next((n for n in found if n.start == m.end), None)
            if indefinite(toks, m.start, m.end) or nxt is not None and (toks[m.end - 1].feats.get("Case") == "Gen"
                                                                          or has_possessive(toks[nxt.end - 1].text)):
                continue      # "университеттердің филиалдарын": branches in general; "университеттің
                #               филиалын": the branch is the project, the university its owner;
                #               "теміржол вокзалы", "құбыр зауытын": the first noun says of what kind
            if m.end - m.start == 1 and firms_kind_word(doc, toks, m.start):
                continue      # "X бірлескен кәсіпорны салып жатыр": the builder
            case = toks[m.end - 1].feats.get("Case", "Nom")
            # built or opened: the noun is the subject or the object ("зауыт салынады", "филиалын
            # ашу"); a stage noun takes it in the genitive ("зауыттың құрылысы")
            # "Терминалды «X» компаниясы салып жатыр": an object put first, its builder between
            rel = _relative(toks, verbs, m.start, used)
            v = next((v for v in verbs if m.end <= v.start and (v.start <= m.end + NEAR or case == "Acc" and open_between(
                toks[m.end:v.start]) and _words(doc, toks[m.end:v.start]) <= NAME_WORDS + NEAR)
                      and v.start not in used and (case in _cases(toks, v) or case == "Gen"
                                                                       and phase_between(toks[m.end:v.start]))
                      and not own_object(toks[m.end:v.start])), None) or rel
            owner_ent = doc.entity_at(toks[m.start].start, toks[m.end - 1].end)
            if v is None or owner_ent is not None and owner_ent.type == "ORG" and \
                    any(mm.end == toks[m.end - 1].end for mm in owner_ent.mentions) \
                    or owner_ent is not None and owner_ent.type in ("LOC", "GPE") \
                    or dated_before(doc.date, toks, v) or recalled_plan(toks, v) \
                    or v.end < len(toks) and fold(toks[v.end].text) in project_words("kk", "experience"):
                continue      # "Мәскеу ... институты ашылады": the organisation itself, below;
                #               "Орталық Азиядағы өндірісін": a place's name, no project noun;
                #               "станция салу тәжірибесі": building known how, no project
            used.add(v.start)
            # "Жамбылда зауыт салу және Алматы маңында орталық салу": each in the place of its own conjunct
            since = max((toks[n.end - 1].end for n in found if n.end <= m.start), default=sent.start)
            out.append(self._project(doc, sent, m.start, m.end, m.value[0], v, since=since))
            if rel is not None and rel is not v and rel.tense == "converb" and out[-1].attrs["stage"] == "announced":
                out[-1].attrs["stage"] = "in_progress"    # "салынып жатқан зауыт 2027 жылы іске қосылады"
        for v in verbs:
            if v.start in used or v.start == 0 or v.tense in ("noun", "stage_noun"):
                continue
            prev = toks[v.start - 1]
            e = doc.entity_at(prev.start, prev.end)
            if e is not None and e.type == "ORG" and prev.feats.get("Case") == "Nom" \
                    and fold(toks[v.start].text).startswith("аш"):
                # an organisation opened (somewhere): a branch of it; not one that funds or builds
                out.append(self._project(doc, sent, v.start - 1, v.start, "campus", v, owner=e))
        # "орталығын ашу мүмкіндігін қарастыру": a possibility weighed is no project announced
        return [v for v in out if v.modality != "possible"]

    def _project(self, doc: Doc, sent: Sent, a: int, b: int, kind: str, v: Verb,
                 owner: Entity | None = None, since: int | None = None) -> Event:
        toks = sent.tokens
        if owner is None:
            owner = self._owner(doc, sent, a, v)
            if owner is not None and names_it(doc, toks, owner, a):
                owner = None      # "«Жібек жолы» халықаралық ... орталығының": the project's own name
            name = project_name(doc, toks, a, b)
        else:
            first = next(m for m in owner.mentions if m.end == toks[b - 1].end)
            name = doc.text[first.start:toks[a].start] + next(
                (e.name for e in [owner] if e.mentions), toks[a].text).split()[-1]
        places = [(m, e) for m, e in mentions_in(doc, sent.start, sent.end, ("GPE", "LOC")) if is_locative(sent, m)]
        location = next((e for m, e in places if m.start >= (since or sent.start)), None) \
            or next((e for _, e in places), None) or region_back(doc, toks, sent.start)
        mod = sentence_modality(sent, v)
        stage = held_back(STAGE_OF_TENSE.get(v.tense, "announced") if v.value[0] == "tense" else v.value[0], mod,
                          ("planned", "possible"))
        # "зауытын салу жобасы тоқтатылды": the building is what was stopped
        if stopped(toks, v.end, NEAR + 1, project_words("kk", "stopped")):
            stage = "cancelled"
        elif v.tense in ("noun", "converb") and (went := works_stage(toks, v.end, NEAR + 1, WORKS)):
            stage = went      # "жаңғырту жұмыстары басталды", "салуды бастады", "салып бітірді": begun, done
        if stage == "completed" and v.tense == "noun" and v.end < len(toks) \
                and fold(toks[v.end].text).startswith(tuple(project_words("kk", "near"))):
            stage = "in_progress"     # "құрылысын аяқтауға жақынбыз": nearly done, still going on
        return project_event(doc, sent, kind, name, mod if mod in ("possible", "negated") else "asserted", stage,
                             owner.id if owner else None, location.id if location else None,
                             sectors_of(doc, sent.start, sent.end) or [], find_money(sent.text, "kk"),
                             # "тағы бір зауыт", "тағы бір құрылыс материалдары зауыты"
                             another=another_word("kk", toks, a) or another_word("kk", toks, a - 2))

    @staticmethod
    def _owner(doc: Doc, sent: Sent, a: int, v: Verb) -> Entity | None:
        """The organisation in the genitive right before the noun: "институтының филиалын"."""
        if a == 0:
            return object_first_builder(doc, sent, v.end - 1)
        prev = sent.tokens[a - 1]
        e = doc.entity_at(prev.start, prev.end)
        if e is not None and e.type == "ORG" and prev.feats.get("Case") in ("Gen", "Nom"):
            return e
        if e is None and prev.feats.get("Case") == "Gen" and (e := body_of_kind(doc, prev, prev.start)) is not None:
            return e      # "университеттің филиалын": the university named before by its name
        if (e := owner_before_clause(doc, sent.tokens, a, project_words("kk", "relative_ending"))) is not None:
            return e
        # "Макао инвесторлары ... зауытын тұрғызады", "X ... зауыт салуды жоспарлап отыр": the
        # organisation that is the subject of the verb that builds it, or of its clause's verb
        frames = sorted(frames_in(doc, sent), key=lambda f: (f.pred != v.end - 1, f.pred < a, f.pred))
        # "Түркия ... аурухана салуға инвестиция салады": a state that invests in it builds it
        kinds = ("ORG", "GPE") if any(fold(t.text).startswith(tuple(project_words("kk", "invest"))) for t in sent.tokens) \
            else ("ORG",)
        return next((e for f in frames for m, e in named(doc, sent, f.role("kk", "agent"), kinds)
                     if m.end <= prev.end and SIDES not in (e.name, *e.aliases)), None) or host_before(doc, sent.tokens, a) \
            or co_builder(doc, sent.tokens, a)


def _within_last(doc: Doc, p: Event, signed: list[Event]) -> Event | None:
    """"Құжат аясында ... станция салынады": a project told within a document (its noun before
    "аясында", project_words.tsv within) in a sentence that signs none is of the last one signed."""
    sent = doc.sent_at(p.evidence[0].start)
    toks = sent.tokens if sent is not None else []
    if not any(fold(t.text) in project_words("kk", "within") and k and (
            matcher("agreements.tsv").match_at(toks, k - 1) or stem_keys(toks[k - 1].text) & project_words("kk", "document"))
               for k, t in enumerate(toks)):
        return None
    return next((v for v in reversed(signed) if v.evidence[0].end <= sent.start), None)
