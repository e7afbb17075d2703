"""Russian projects: the reader of the project stage (projects.py) for Russian. A project noun (lang/ru/
projects.tsv: кампус, школа, завод, центр искусственного интеллекта, ...) is a project when a word of
building or opening (lang/ru/project_stages.tsv) governs it or stands just before it. The stage comes
from that word and its tense ("объявлено об открытии" -> announced, "запустили" -> completed); a project
named in the title of a document signed in the article is agreed and linked to that agreement."""
from __future__ import annotations

from ..doc import Doc, Event, Sent, Span
from ..nlp.match import fold, word_keys
from ..nlp.tree import hangs_on, head_of
from .context import ancestors, children, modality
from .project_actors import builder, doer, firm_builder, not_itself, owner_location, place_of, plans_of
from .project_relatives import relative_builder
from .ru_project_refs import refer_back
from .history import dated_before, undated_recall
from .project_idle import no_project
from .project_lists import item_trigger, listed_context, studied
from .project_later import (agreed_later, partly_done, progress_later, share_done, signed_just_before, taken_on,
                            works_begun)
from .project_phases import later_phases, phase_start
from .project_places import clause_builder, own_clause_verb, place_before, site_again
from .project_sites import other_sites
from .project_nouns import (by_clause, framework, in_title, programme_document, relative_act, possessed_act, proper_name,
                            under_document, counted, decreed, each_named, later_phase, names_project, quoted_names, route)
from .project_funders import funders
from .project_heads import with_heads
from .ru_figurative import figurative_way
from .project_titles import titled_projects
from .project_owners import carried_out, investors, local_budget, met_firms, reporters, role_holders
from .project_credit import credited_firm
from .project_understood import drafted, reached_understanding
from .projects import Reader, another_word, goes_on, held_back, project_event, project_nouns
from .quantities import find_money
from .sectors import ORDER, sectors_of
from .ru_project_words import (KIND_SECTORS, a_goal, acts_on, acts_on_another, attended_opening, being_built,
                               denied_stage, lend_sectors, only_studied, plural_names, plural_noun,
                               settled_start, stage_word, starts_operating, other_object, study_phase, tense_stage,
                               undecided, verbs_above)

NEAR = 4


class RussianProjects(Reader):
    """`told` holds each project with its head noun and where it was told, for refer_back."""

    def __init__(self) -> None:
        self.told: list[tuple[Event, str, Sent, int, int]] = []
        self._last_owner: str | None = None

    def projects(self, doc: Doc, sent: Sent, agreements: list[Event], found: list[Event]):
        toks = sent.tokens
        phrases = list(project_nouns(doc.lang).finditer(toks))
        matches = with_heads(doc.lang, toks, phrases)
        heads = {m.start for m in matches}
        for m in matches:
            # (a parse that loops back to the noun itself says nothing: "строительству ... завода")
            # (the phrase's first noun: an adjective the parser hung elsewhere says nothing)
            noun = next((k for k in range(m.start, m.end) if toks[k].pos in ("NOUN", "PROPN")), m.start)
            if hangs_on(sent, noun, heads - {m.start}, 3 - (noun > m.start)) or any(
                    0 <= m.start - p.end <= NEAR and all(t.pos in ("ADJ", "NOUN", "PROPN", "ADP")
                                                          for t in toks[p.end:m.start]) for p in matches):
                # "филиал казахстанского университета", "производству концентрата на месторождении":
                # a project noun inside or right after another's phrase is part of its name
                continue
            named = doc.entity_at(toks[m.start].start, toks[m.end - 1].end)
            if named is not None and doc.entity_at(toks[m.start].start, toks[m.start].end).type in ("ORG",) \
                    and not names_project(doc, toks, m.start, named):
                continue      # "Charterhouse School", "Казахский национальный университет": names
            head = toks[head_of(sent, m.start, m.end)]
            if head.case == "Ins" or route(sent, head_of(sent, m.start, m.end), m.value):
                continue      # "построена предприятием X": who builds; "поставки по газопроводу": a way
            if figurative_way(doc.lang, sent, head_of(sent, m.start, m.end)):
                continue      # "откроет дорогу новым инвестициям": a figure of speech
            if plural_noun(sent, head_of(sent, m.start, m.end)) and not counted(sent, head_of(sent, m.start, m.end)) \
                    and not (m.end - m.start > 1 and word_keys(head.text) & plural_names(doc.lang)) \
                    and not quoted_names(toks, m.end):
                continue      # "строительство малых ГЭС": a kind of project, not one
            if framework(doc.lang, toks, m.start) or in_title(doc, toks, m.start, m.end) or m.value == "programme" \
                    and programme_document(doc.lang, sent, m.start, m.end):
                # (and "программа консультаций": a calendar of contacts; "подписать программу": a document)
                continue      # "школа, построенная в рамках межправительственной программы"
            trigger = self._trigger(doc, sent, m.start)
            # "1) гибридная электростанция ... – строительство ведется": a list's item
            item = trigger is None and (trigger := item_trigger(doc, sent, m.start, lambda t: stage_word(doc.lang, t))) is not None
            if trigger is None or m not in phrases and not item and not acts_on(doc, sent, noun, trigger):
                continue      # a head of works ("финансовый центр") needs the act on it, not one above a visit
            v = self._project(doc, sent, m.start, m.end, m.value, trigger, agreements)
            if item and studied(doc.lang, toks[trigger]):
                v.attrs["stage"] = "announced"      # "– завершена разработка ТЭО": still a study
            if v.attrs["stage"] == "completed" and (dated_before(doc, sent, trigger) or undated_recall(doc, sent)):
                continue      # "завод, построенный в 1970 году", "Ранее X завершила строительство": history
            v.attrs["proper"] = proper_name(toks, m.end)
            self._last_owner = v.attrs["owner"] or self._last_owner
            named = each_named(v, quoted_names(toks, m.end))      # "ГЭС «Ёвон» и «Фондарьё»"
            for v in named or [v]:
                self.told.append((v, fold(head.lemma or head.text), sent, m.start, m.end))
                yield v
            if not named:
                yield from other_sites(doc, sent, v, trigger)        # "ТЭЦ в Кокшетау, Семее и Усть-Каменогорске"
        yield from later_phases(self, doc, sent, agreements, found)

    def gathered(self, doc: Doc, found: list[Event]) -> list[Event]:
        from .speakers import speech_kind
        refer_back(doc, self.told, self._trigger, self._stage)
        investors(doc, found)
        role_holders(doc, found)
        reporters(doc, found, speech_kind)
        for fill in (met_firms, carried_out, local_budget, credited_firm, reached_understanding, drafted):
            fill(doc, found)
        funders(doc, self.told)
        works_begun(doc, self.told)
        return found

    @staticmethod
    def complete(doc: Doc, projects: list[Event], agreements: list[Event]) -> None:
        listed_context(doc, projects)       # "обсудили ход реализации проектов компании:" and its items
        agreed_later(doc, projects, agreements, firm_builder)
        signed_just_before(doc, projects, agreements)      # "подписано соглашение с АО «X». Компания построит"
        taken_on(doc, projects)
        progress_later(doc, projects)
        projects.extend(titled_projects(doc, projects, agreements))     # "грантовое соглашение по проекту развития ..."
        lend_sectors(projects)

    def _trigger(self, doc: Doc, sent: Sent, i: int) -> int | None:
        toks = sent.tokens
        for child, k in zip([i, *ancestors(sent, i, 3)], ancestors(sent, i, 3)):
            if toks[child].rel == "acl:relcl":
                break         # "центра, финансирование которого обеспечивает фонд X": the act above builds the centre
            word = stage_word(doc.lang, toks[k])
            if word == "ongoing":
                break         # "через коридор идут поезда": going, not building
            if word == "operation":
                continue      # "запустили работу филиала": the verb above says it
            if word:
                if no_project(doc, sent, k, i):
                    break     # "завод планируется закрыть", "фонд продолжает скупать акции"
                if toks[k].pos == "VERB" and other_object(sent, k, i, doc.lang):
                    break     # "филиал начнет прием студентов": it begins something else
                if toks[k].pos == "VERB" and acts_on_another(doc, sent, k, i):
                    break     # "предприятие отказалось от строительства центра": the doer, not the project
                return own_clause_verb(sent, i, k, lambda t: stage_word(doc.lang, t))
        for c in children(sent, i):
            # "фабрика, построенная компанией X": the participle on the project tells the act
            # ("строящегося в Оренбурге центра": a participle before it, taken for its adjective)
            if (toks[c].rel.startswith("acl") or toks[c].rel == "amod" and c < i) and toks[c].pos == "VERB" \
                    and toks[c].feats.get("VerbForm") == "Part" and stage_word(doc.lang, toks[c]) not in (None, "ongoing", "operation"):
                return c
        stage_of = lambda t: stage_word(doc.lang, t)     # noqa: E731
        relative = relative_act(sent, i, stage_of) or possessed_act(sent, i, stage_of)
        if relative is not None:
            return relative   # "ГЭС, которую возводит компания X"
        for k in range(max(0, i - NEAR), i):
            # a nearby word counts only when it names the act ("открытие ... кампуса"); a verb
            # must govern the project to say anything about it ("отказались уточнять ...")
            if stage_word(doc.lang, toks[k]) in ("announced", "agreed") and toks[k].pos == "NOUN" \
                    and not (toks[i].rel == "nsubj" and toks[k].head == toks[i].head and toks[k].rel in ("obj", "nsubj")):
                return k      # (not "Строительство ведет фонд X": the subject does the act; "финансирование которого обеспечивает фонд X": a second subject)
        return study_phase(doc.lang, sent, i)      # "проект ГЭС находится на стадии ТЭО"

    def _stage(self, doc: Doc, sent: Sent, trig: int, mod: str) -> str:
        toks = sent.tokens
        word = stage_word(doc.lang, toks[trig])
        stage = tense_stage(toks[trig]) if word == "tense" else word
        if stage == "in_progress" and starts_operating(doc.lang, sent, trig):
            stage = "completed"       # "фабрика начала работу"
        elif stage == "completed" and partly_done(toks, trig):
            stage = "in_progress"     # "работы выполнены на 40%"
        for k in verbs_above(sent, trig):
            # "началось строительство", "завершено строительство", "строительство идет",
            # "договорились о создании": the governing verb says how far
            above = stage_word(doc.lang, toks[k])
            if above is None and toks[k].pos == "VERB":
                # "дали старт строительству", "положили начало": the light verb's object says it
                above = next((w for c in children(sent, k) if toks[c].rel == "obj" and c != trig
                              and (w := stage_word(doc.lang, toks[c])) in ("in_progress", "completed")), None)
            above = "in_progress" if above == "ongoing" else above
            if above and any(fold(toks[c].text) in ("до", "перед") and toks[c].rel == "case" for c in children(sent, k)):
                break         # "до начала строительства": before the phase, not in it
            if above == "completed" and (any(fold(toks[c].text) in ("для", "на") and toks[c].rel == "case"
                                             for c in children(sent, k)) or a_goal(doc.lang, sent, k)):
                above = "in_progress"     # "средства для завершения строительства": still to finish
            if above in ("in_progress", "completed", "cancelled") or above == "agreed" and stage == "announced":
                stage = above
                break
        stage = held_back(stage, mod, going=goes_on(doc.lang, [toks[k] for k in [trig, *ancestors(sent, trig, 2)]]))
        return attended_opening(doc.lang, sent, trig, settled_start(doc.lang, sent, trig, stage))

    def _project(self, doc: Doc, sent: Sent, a: int, b: int, kind: str, trig: int,
                 agreements: list[Event]) -> Event:
        toks = sent.tokens
        end = b
        while end < len(toks) and (toks[end].pos in ("ADJ", "NOUN", "PROPN", "X") and not (
                toks[end].pos == "NOUN" and toks[end].case == "Ins")   # "мощностью 100 МВт"
                or toks[end].text in (".", "им", "-")
                or toks[end].text in ("–", "—") and end + 1 < len(toks) and toks[end + 1].pos == "PROPN"
                and end > 0 and toks[end - 1].pos == "PROPN"      # "железной дороги Китай – Кыргызстан"
                                   or fold(toks[end].text) in ("в", "во", "им.", "имени") and end + 1 < len(toks)
                                   and toks[end + 1].text[:1].isupper()
                                   or fold(toks[end].text) == "по" and end + 1 < len(toks)
                                   and toks[end + 1].pos in ("NOUN", "ADJ")):
            if toks[end].text == "." and not (end > 0 and fold(toks[end - 1].text) == "им"):
                break
            if fold(toks[end].text) in ("в", "во") and end + 1 < len(toks):
                # "... в Туркестанской области": the place closes the name
                place = doc.entity_at(toks[end + 1].start, toks[end + 1].end)
                end += 1
                while place is not None and end < len(toks) and doc.entity_at(toks[end].start, toks[end].end) is place:
                    end += 1
                break
            end += 1
        start = a
        # adjectives agree with the noun ("построить в Сумгаите завод": a place in another case)
        while start > 0 and toks[start - 1].pos == "ADJ" and toks[start - 1].case in (toks[a].case, None):
            start -= 1
        name_span = Span(toks[start].start, toks[end - 1].end, doc.text[toks[start].start:toks[end - 1].end])
        owner, location = owner_location(doc, sent, name_span, "–" in name_span.text or "—" in name_span.text)
        head = head_of(sent, a, b)
        # "центра «X», который возводит компания Y": the clause names the builder, the quotes the centre
        owner = relative_builder(doc, sent, end) or owner or doer(doc, sent, trig, head, self._last_owner) \
            or plans_of(doc, sent, trig)
        owner = not_itself(doc, clause_builder(doc, sent, trig, owner, lambda t: stage_word(doc.lang, t)), name_span)
        location = location or place_of(doc, sent, trig, head, end) \
            or place_before(doc, sent, trig, lambda t: stage_word(doc.lang, t)) \
            or site_again(doc, sent, trig, lambda t: stage_word(doc.lang, t))     # "В зоне стартовало ..."
        mod = "negated" if undecided(doc, sent, trig) else modality(doc, sent, trig)
        if only_studied(doc, sent, trig):
            mod = "possible"      # "прорабатывается строительство завода": only looked into
        stage = self._stage(doc, sent, trig, mod)
        if mod == "negated":
            mod, stage = denied_stage(doc, sent, trig, stage)
        if stage == "announced" and (rel := relative_act(sent, b - 1, lambda t: stage_word(doc.lang, t))) is not None:
            stage = held_back(self._stage(doc, sent, rel, own := modality(doc, sent, rel)), own)  # "которую ведёт X"
        share, builder_ = share_done(doc, sent, trig)     # "выполнила 65% работ на строительстве"
        stage, owner = held_back("in_progress", mod) if share and stage == "announced" else stage, owner or builder_
        stage = "in_progress" if stage == "announced" and being_built(doc.lang, sent, head) else stage
        link, guessed = None, False
        for v in agreements:
            ta, tb = v.attrs.get("title_span") or (0, 0)
            if ta <= name_span.start < tb and v.modality == "asserted":
                # a document only planned ("намерены подписать соглашение о строительстве") agrees nothing yet
                link, stage = v, "agreed"
                if owner is None and v.attrs["parties"]:
                    owner = builder(doc, v.attrs["parties"])
                    guessed = owner is not None and doc.entity(owner).type in ("GPE", "LOC")  # a state or a region signs, others build
        if link is None and stage == "announced" and (cited := under_document(doc, sent, agreements)
                                                      or by_clause(doc, sent, agreements, name_span.start)) is not None:
            link, stage = cited, "agreed"
            owner = owner or (builder(doc, cited.attrs["parties"]) if cited.attrs["parties"] else None)
        if stage == "announced" and decreed(doc, sent):
            stage = "agreed"
        money = find_money(sent.text, doc.lang)
        named = set(sectors_of(doc, name_span.start, name_span.end))
        sectors = sorted(named or set(KIND_SECTORS.get(kind, ())), key=ORDER.index)
        from .roles import nominative_title
        # "построить еще одну фабрику": a second project, not the one told before
        another = another_word(doc.lang, toks, start) or later_phase(doc.lang, toks[max(0, start - 3):start]) and "phase"
        # "второй очереди станции": the later part is named with its project
        first = phase_start(doc.lang, toks, start) if another else start
        return project_event(doc, sent, kind, nominative_title(toks[first:end]),
                             mod if mod in ("possible", "negated") else "asserted", stage, owner, location, sectors,
                             money, link, another=another, owner_guessed=guessed, sectors_default=not named)
