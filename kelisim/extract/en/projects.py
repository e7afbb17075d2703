"""English projects: things to be built, opened, launched or funded, with owner, place and stage.

A project noun (lang/en/projects.tsv: campus, branch, plant, programme, office ...) becomes a
project when a word of building or opening (lang/en/project_stages.tsv) stands before it ("the
opening of a branch", "will build a plant", "launched a programme") or after it ("the plant was
commissioned"). The stage comes from that word and its form ("opened" -> completed, "will open"
-> announced, "is building" -> in_progress); a project named in the title of a document signed
in the article is agreed and linked to it. Which words make a project and at what stage:
project_stages.py; lists and projects told again: project_lists.py; who builds and where:
project_owners.py (in the project's sentence), project_links.py (in the rest of the article);
projects a signed document sets up: project_deals.py.
"""
from __future__ import annotations

from ...doc import Doc, Event, Sent, Span
from ...nlp.match import fold
from ..gazetteer import gazetteer
from ..context import body_sents
from ..project_later import agreed_later, told_in, works_begun
from ..project_merge import STAGE_ORDER
from ..projects import Reader, goes_on, held_back, project_event, project_nouns, project_words
from ..quantities import find_money
from ..sectors import sectors_of
from .clause import in_quote, mention_at, modality
from .agreement_sides import GOVERNMENTS
from .project_deals import (agreed_before, document_provides, done_years_ago, lender, lender_to_borrower, paid_participle,
                            signed_before_news, signed_for, talks_concluded)
from .project_links import company, fill_from_article, signer_org
from .project_wishes import studied_only
from .project_lists import (bare_plural, colon_list, in_a_region, in_series, new_thing, part_of_project, place_made,
                            rest_of_count, project_subject, set_up_to_build, summed_up, told_before, told_in_plural)
from .place_names import opens_name
from .project_owners import owner_and_place
from .project_dates import dated_before_news, whole_done
from .project_spans import prenominal_participle
from .project_stages import (another_project, discussed, governor, investing_verb, owned_plan, np_end, share_done,
                             stage_at, tense_stage, trigger)
from .project_wishes import interest_only, under_way


class EnglishProjects(Reader):
    """The reader of the project stage (projects.py) for English."""

    @staticmethod
    def sentences(doc: Doc) -> list[Sent]:
        return body_sents(doc)

    @staticmethod
    def gathered(doc: Doc, found: list[Event]) -> list[Event]:
        works_begun(doc, told_in(doc, found))      # "The works started in May": the project's told before
        return summed_up(doc, found)

    def projects(self, doc: Doc, sent: Sent, agreements: list[Event], found: list[Event]):
        toks = sent.tokens
        covered, listing, whole = -1, None, None
        matches = list(project_nouns("en").finditer(toks))
        for m in matches:
            if m.start <= covered:
                continue      # "a branch of the British university": the university is not a second project
            if m.end - m.start == 1 and m.start > 0 and toks[m.start - 1].pos in ("AUX", "PART") \
                    and toks[m.start].pos == "VERB":
                continue      # "will fund a plant", "to plant trees": a verb, not the project's noun
            hit = mention_at(doc, toks[m.start])
            opened = any((st := stage_at(toks, k)) is not None and all(        # "set up a Centre of Excellence"
                fold(x.text) in ("the", "a", "new") or gazetteer("en").cue(x.text) for x in toks[st.end:m.start])
                for k in range(max(0, m.start - 4), m.start - 1)) or place_made(toks, hit, m.start)
            if hit is not None and hit[1].type in ("ORG", "LOC", "GPE") and not opened:
                continue      # "Queen's University Belfast": a name, not a project
            if _output_of(toks, m.start, m.end, covered):
                continue      # "A plant built by X launched production in July": the plant's output, no project
            if _modifier(toks, m.start, m.end):
                continue      # "an agreement on international road transport": a kind of transport
            trig = trigger(doc, sent, m.start, m.end)
            listed = trig is None and listing is not None and m.start > listing[0]
            trig = listing[1] if listed else trig      # "...: a tyre plant by X, a plant by Y"
            if trig is not None and not listed and listing is None:
                colon = colon_list(toks, m.end, trig, [x.start for x in matches])
                if colon is not None:
                    listing = (colon, trig)
                    continue      # "Three factories are to be located there:" counts the projects after it
            if trig is not None and bare_plural(toks, m.start, m.end, trig) and not in_a_region(doc, toks, m.end):
                continue      # "we come to build refineries and schools": a kind of thing, no one project
            if trig is None or found and part_of_project(toks, m.start) or set_up_to_build(toks, m.start, m.end):
                continue
            end = np_end(doc, sent, m.end)
            if toks[trig].lemma == "open" and end < len(toks) and fold(toks[end].text) == "to" and any(
                    t.lemma in project_words("en", "access") for t in toks[end + 1:end + 4]):
                continue      # "would open its deposits to U.S. investors": access given, nothing opened
            if told_in_plural(toks, m.start, m.end, m.value, found):
                continue
            covered = end - 1
            told = self._project(doc, sent, m.start, m.end, end, m.value, trig, agreements)
            if signed_before_news(doc, sent, trig, told.attrs["stage"]) or done_years_ago(doc, toks, trig, told):
                continue      # "In 2024 the sides signed an agreement on building X": background
            # "a new thing" is a project of its own, not a part that is built where the first one is
            told.attrs["another"] = told.attrs["another"] or listed or in_series(toks, trig, sent, found) \
                or ("distinct" if new_thing(toks, m.start, m.end, found) else False)
            back = told_before(toks, m.start, m.end, end, found) or rest_of_count(toks, m.start, m.end, found)
            if back is None:
                if whole is not None:
                    whole.attrs["name"] += " and " + told.attrs["name"]
                    continue      # "The project will rehabilitate pipelines and build plants": its parts
                yield told
                whole = told if project_subject(toks) else None
                continue
            # "The plant is being built by X": the plant told before, now with its builder and stage
            # a bank that lends for it does not build it: the builder named later takes its place
            # and a firm named as builder takes the place of a body that only approves ("the parliament
            # would ratify the agreement on a hub ... the hub, to be built by X")
            firm = lambda i: i is not None and doc.entity(i) is not None and company(doc.entity(i))
            if not back.attrs["owner"] or told.attrs["owner"] and (lender(doc, back.attrs["owner"]) and not lender(
                    doc, told.attrs["owner"]) or firm(told.attrs["owner"]) and not firm(back.attrs["owner"])):
                back.attrs["owner"] = told.attrs["owner"]
            if told.attrs["stage"] in ("in_progress", "completed") and told.modality == "asserted" \
                    and (STAGE_ORDER.index(back.attrs["stage"]) < STAGE_ORDER.index(told.attrs["stage"]) or back.modality != "asserted"):
                # not "the project could be financed by X"; "discussed (signed an agreement on) the
                # reconstruction of X ... the reconstruction has already begun": the works are under way
                back.attrs["stage"], back.modality = told.attrs["stage"], "asserted"

    @staticmethod
    def complete(doc: Doc, projects: list[Event], agreements: list[Event]) -> None:
        fill_from_article(doc, projects)
        agreed_later(doc, projects, agreements)

    def _project(self, doc: Doc, sent: Sent, a: int, b: int, end: int, kind: str, trig: int,
                 agreements: list[Event]) -> Event:
        toks = sent.tokens
        start = a
        while start > 0 and (toks[start - 1].pos in ("ADJ", "NOUN", "NUM") or prenominal_participle(toks, start - 1)
                             or toks[start - 1].pos == "PROPN"
                             and (mention_at(doc, toks[start - 1]) is None or named_by_town(doc, toks, start - 1))
                             or toks[start - 1].text in ("$", "€", "£", "US$")
                             or toks[start - 1].text == "and" and start > 1 and toks[start - 2].pos == "PROPN"
                             and mention_at(doc, toks[start - 2]) is None and toks[start].pos == "PROPN") \
                and (start - 1 > trig or trig > a):
            start -= 1        # "a €12 billion investment package": the sum is part of its name
            if start > 1 and toks[start - 1].text in ("-", "–") and toks[start - 2].end == toks[start - 1].start \
                    and toks[start - 1].end == toks[start].start and toks[start - 2].text.isalnum() and (start - 2 > trig or trig > a):
                start -= 2    # "the A-380 highway": a hyphened word is one word of the name
        name_span = Span(toks[start].start, toks[end - 1].end, doc.text[toks[start].start:toks[end - 1].end])
        owner, location = owner_and_place(doc, sent, name_span, kind, end, trig)
        # (a verb after "that will produce ..." in the name is not the act's: "talks on building a plant
        # that will produce X were concluded")
        noun_at = trig
        trig = governor(toks, trig, next((k for k in range(b, end) if fold(toks[k].text) in ("that", "which")), end))
        mod = modality(doc, sent, trig)
        if mod == "possible" and owned_plan(toks, trig):
            mod = "planned"       # "to discuss the company's plans to build": the plans are told as facts
        elif mod in ("asserted", "planned") and (discussed(toks, trig) or interest_only(toks, trig)) \
                and not under_way(toks, trig) or studied_only(toks, start, trig):
            mod = "possible"      # "the sides discussed the construction of": not yet decided
        m = stage_at(toks, trig)
        # "will invest $N in a hospital", "will provide a loan for a highway"
        invests = toks[trig].lemma in project_words("en", "invest") | project_words("en", "lend")
        stage = ("announced" if invests else "agreed") if m is None else tense_stage(toks, trig) if m.value == "tense" else m.value
        if stage == "completed" and paid_participle(toks, trig, b):
            stage = "announced"       # "a plant financed by a loan from X": paid for, not built
        if stage == "completed" and trig > noun_at and toks[trig].lemma in project_words("en", "launched") \
                and toks[noun_at].lemma in ("construction", "building", "work"):
            stage = "in_progress"     # "Construction of the railway was launched in 2024": begun
        inv = investing_verb(toks, trig)
        # "construction will begin in April", "will invest in building"
        going = goes_on(doc.lang, toks[max(0, trig - 3):trig + 1])     # "will continue building"
        # "has not yet opened": not done, as a planned opening is not
        stage = "announced" if inv is not None and modality(doc, sent, inv) == "planned" \
            else held_back(stage, mod, ("planned", "negated"), going=going)
        if stage == "announced" and (toks[trig].lemma in project_words("en", "dated_act") and dated_before_news(doc, sent, trig)
                                     or whole_done(doc, sent, trig)):
            stage = "completed"       # "the opening of a campus in September", told in December; "The first stage,
            #                           which provided for the construction of X, was completed"
        if share_done(toks, end) and stage in ("announced", "completed"):
            stage = "in_progress"     # "construction of the plant is 60 percent complete"
        if under_way(toks, trig) and mod in ("asserted", "possible"):
            # "the sides reviewed/discussed the progress of the construction of": under way, whatever they said of it
            mod, stage = "asserted", "in_progress"
        if agreed_before(toks, trig) or talks_concluded(toks, trig):
            stage = "agreed"      # "agreed to open", "a memorandum on opening", "talks on building ... were concluded"
        # '"We commissioned a wind farm," the akim said': the speaker's state stands in for a builder
        link, guessed = None, owner is not None and doc.entity(owner).type == "GPE" and in_quote(doc, toks[trig].start)
        for v in agreements:
            ta, tb = v.attrs.get("title_span") or (0, 0)
            if ta <= name_span.start < tb or ta <= toks[trig].start < tb or signed_for(doc, v, toks[trig].start) \
                    or v is document_provides(doc, sent, trig, agreements):
                stated = owner
                link, stage, owner = v, "agreed", lender_to_borrower(doc, owner, v)
                # a bank's loan to a state (or to its minister who signs): the borrower stands in until a
                # builder is named ("will be built by X")
                # (a government named as the borrower, "the Government of Kazakhstan", is its state)
                guessed = (stated is None or lender(doc, stated)) and owner is not None \
                    and (doc.entity(owner).type in ("GPE", "PER") or fold(doc.entity(owner).name).split()[0] in GOVERNMENTS)
                break
        guessed = guessed or owner is not None and owner == signer_org(doc, sent)
        # a sum in the project's own words or right after them ("a wind farm worth $1.2 billion")
        clause_end = doc.text.find(",", name_span.end, sent.end)
        clause_end = sent.end if clause_end < 0 else clause_end
        money = [f for f in find_money(sent.text, "en") if name_span.start <= sent.start + f.start < clause_end]
        # "a memorandum on X is expected to be signed": X waits for the document; one still to be
        # ratified was signed before, and a firm that is to sign it to build X has announced X
        builder = owner is not None and owner in link.attrs["parties"] and company(doc.entity(owner)) if link else False
        waits = link is not None and link.modality != "asserted" and not builder and not project_words(
            "en", "ratified") & {fold(w) for w in link.evidence[0].text.split()}
        return project_event(doc, sent, kind, name_span.text, "possible" if mod == "possible" else "planned" if waits
                             else "asserted", stage,
                             owner, location, sectors_of(doc, name_span.start, name_span.end)
                             or sectors_of(doc, sent.start, sent.end) or [], money, link,
                             another=another_project(toks, a, trig), owner_guessed=guessed)


def named_by_town(doc: Doc, toks, k: int) -> bool:
    """"the 445 MW Bilasuvar solar power plant": a place of one word between "the" or a capacity
    and the project's noun (en/place_names.named_sites) is a word of its name as well as its place."""
    hit = mention_at(doc, toks[k])
    return k > 0 and hit is not None and hit[1].type == "LOC" and hit[0].start == toks[k].start and opens_name(toks[k - 1])


def _modifier(toks, a: int, b: int) -> bool:
    """"road transport", "airport services": a one-word project noun before a common noun that
    is no word of building and no project noun of its own modifies it ("the plant project" is the
    plant: lang/en/project_words.tsv "generic")."""
    return b - a == 1 and b < len(toks) and toks[b].pos == "NOUN" and toks[b].text.islower() \
        and stage_at(toks, b) is None and project_nouns("en").match_at(toks, b) is None \
        and toks[b].lemma not in project_words("en", "generic")


def _output_of(toks, a: int, b: int, covered: int) -> bool:
    """"production" with no facility of its own ("of X", "at a plant") after a project this sentence
    has already told is that project's output."""
    return covered >= 0 and b - a == 1 and toks[a].lemma == "production" \
        and not (b < len(toks) and fold(toks[b].text) in ("of", "at"))
