"""English projects: things to be built, opened, launched or funded, with owner, place and stage.

A project noun (lang/en/projects.tsv: campus, branch, plant, programme, office ...) becomes a
project when a word of building or opening (lang/en/project_stages.tsv) stands before it ("the
opening of a branch", "will build a plant", "launched a programme") or after it ("the plant was
commissioned"). The stage comes from that word and its form ("opened" -> completed, "will open"
-> announced, "is building" -> in_progress); a project named in the title of a document signed
in the article is agreed and linked to it. The owner is the organisation in the project's
phrase; a programme or campus "at Oxford" is run by the institution known by its town's name.
"""
from __future__ import annotations

from ...doc import Doc, Event, Sent, Span
from ...nlp.match import fold
from ..gazetteer import gazetteer
from ..context import body_sents
from ..projects import Reader, held_back, project_event, project_nouns, project_words
from ..quantities import find_money
from ..sectors import sectors_of
from .agreement_sides import signers_before
from .clause import chain_start, mention_at, mentions_in, modality, subject_before
from .project_stages import acts_on_object, ceremony_of, another_project, planned_word, discussed, governor, investing_verb, participle_end, share_done, signed_before_news, stage_at, stage_verb_of_subject, tense_stage
from .project_lists import colon_list, in_series, new_thing, owner_by, rest_of_count, place_made, told_before, told_in_plural
from .project_deals import document_provides, done_years_ago, lender_to_borrower, signed_for
from .project_links import (bare_plural, built_by, fill_from_article, named_back, named_last, owner_in_sentence,
                            speaker_state, part_of_project, place_prep)

BEFORE = 10
AFTER = 4
INSTITUTION_KINDS = ("programme", "campus", "school", "research_centre", "university", "office")


def _is_state(doc: Doc, eid: str) -> bool:
    e = doc.entity(eid)
    return e is not None and e.type == "GPE"


class EnglishProjects(Reader):
    """The reader of the project stage (projects.py) for English."""

    @staticmethod
    def sentences(doc: Doc) -> list[Sent]:
        return body_sents(doc)

    def projects(self, doc: Doc, sent: Sent, agreements: list[Event], found: list[Event]):
        toks = sent.tokens
        covered, listing = -1, None
        matches = list(project_nouns("en").finditer(toks))
        for m in matches:
            if m.start <= covered:
                continue      # "a branch of the British university": the university is not a second project
            hit = mention_at(doc, toks[m.start])
            opened = any(stage_at(toks, k) is not None and all(
                fold(x.text) in ("the", "a", "new") or gazetteer("en").cue(x.text) for x in toks[k + 1:m.start])
                for k in range(max(0, m.start - 3), m.start - 1)) or place_made(toks, hit, m.start)
            if hit is not None and hit[1].type in ("ORG", "LOC", "GPE") and not opened:
                continue      # "Queen's University Belfast": a name, not a project
            trig = self._trigger(doc, sent, m.start, m.end)
            listed = trig is None and listing is not None and m.start > listing[0]
            trig = listing[1] if listed else trig      # "...: a tyre plant by X, a plant by Y"
            if trig is not None and not listed and listing is None:
                colon = colon_list(toks, m.end, trig, [x.start for x in matches])
                if colon is not None:
                    listing = (colon, trig)
                    continue      # "Three factories are to be located there:" counts the projects after it
            if trig is not None and bare_plural(toks, m.start, m.end, trig):
                continue      # "we come to build refineries and schools": a kind of thing, no one project
            if trig is None or found and part_of_project(toks, m.start):
                continue
            end = self._np_end(doc, sent, m.end)
            if told_in_plural(toks, m.start, m.end, m.value, found):
                continue
            covered = end - 1
            told = self._project(doc, sent, m.start, m.end, end, m.value, trig, agreements)
            if signed_before_news(doc, sent, trig, told.attrs["stage"]) or done_years_ago(doc, toks, trig, told):
                continue      # "In 2024 the sides signed an agreement on building X": background
            told.attrs["another"] = told.attrs["another"] or listed or in_series(toks, trig, sent, found) \
                or new_thing(toks, m.start, m.end, found)
            back = told_before(toks, m.start, m.end, end, found) or rest_of_count(toks, m.start, m.end, found)
            if back is None:
                yield told
                continue
            # "The plant is being built by X": the plant told before, now with its builder and stage
            back.attrs["owner"] = back.attrs["owner"] or told.attrs["owner"]
            if back.attrs["stage"] == "announced" and told.attrs["stage"] in ("in_progress", "completed") \
                    and told.modality == "asserted":     # not "the project could be financed by X"
                back.attrs["stage"] = told.attrs["stage"]

    @staticmethod
    def complete(doc: Doc, projects: list[Event], agreements: list[Event]) -> None:
        fill_from_article(doc, projects)

    def _trigger(self, doc: Doc, sent: Sent, a: int, b: int) -> int | None:
        toks = sent.tokens
        # before: "the opening of a branch", "will build a new plant", "launched a programme"
        k = a - 1
        while k >= 0 and a - k <= BEFORE:
            t = toks[k]
            if stage_at(toks, k):
                return k
            if fold(t.text) == "and" and k > 0 and toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper():
                k -= 1        # "the Yavan and Fondarya hydropower plants": two names of one kind
                continue
            if fold(t.text) in ("for", "of") and ceremony_of(toks, k) is not None:
                return ceremony_of(toks, k)   # "a groundbreaking ceremony was held on Monday for a smelter"
            if fold(t.text) == "on" and k > 0 and stage_at(toks, k - 1) and toks[k - 1].pos == "VERB":
                return k - 1      # "construction has begun on a hospital", "work started on the terminal"
            if fold(t.text) == "on" and k > 0 and toks[k - 1].lemma in project_words("en", "document"):
                return k - 1      # "signed an implementation agreement on a solar power plant": agreed
            if not (fold(t.text) in project_words("en", "phrase") or t.pos in ("ADJ", "NOUN", "PROPN", "NUM")
                    or t.text in ("-", "–", "’s", "'s")
                    or t.text in ("$", "€", "£", "¥", "US$") or toks[k + 1].text in ("’s", "'s")
                    or t.pos == "VERB" and t.feats.get("VerbForm") == "Ger" and (fold(t.text) == "leading" or k == a - 1)):
                break
            if mention_at(doc, t) is not None and mention_at(doc, t)[1].type == "PER":
                break
            k -= 1
        # after: "the plant was commissioned", "a campus will be opened", also past a participle
        # ("the cable linking A and B will be laid") or the phrase's place ("the terminal in Termez is")
        for after in dict.fromkeys((participle_end(toks, b), self._np_end(doc, sent, b))):
            for k in range(after, min(len(toks), after + AFTER + 2)):
                if toks[k].pos in ("AUX", "PART") or fold(toks[k].text) in ("be", "been", "being", "to") \
                        or k == after and toks[k].text == "," and k + 2 < len(toks) and fold(toks[k + 2].text) == "by" \
                        or k > after and toks[k - 1].pos == "AUX" and planned_word(toks, k):
                    continue      # "is planned to be built", "is expected to be commissioned"
                if stage_at(toks, k) and (toks[k].pos == "VERB" or fold(toks[k].text).endswith("ed")
                                           or k > b and toks[k - 1].pos == "AUX"):      # "was put into operation"
                    if acts_on_object(toks, after, k):
                        break     # "the fund will finance joint ventures": the noun does it, it is not done
                    return k
                break
        # "the plant in Kentau that is under construction": a relative clause after the phrase
        # and with its own subject: "the wind farm that Najm Renewables is building"
        k = self._np_end(doc, sent, b)
        if k + 2 < len(toks) and fold(toks[k].text) in ("that", "which"):
            j = k + 1
            while j < min(len(toks), k + 6) and (toks[j].pos in ("DET", "PROPN") or mention_at(doc, toks[j]) is not None):
                j += 1
            if j + 1 < len(toks) and toks[j].pos == "AUX" and stage_at(toks, j + 1) \
                    and (j > k + 1 or stage_at(toks, j + 1).value != "tense"):
                return j + 1
        return stage_verb_of_subject(toks, a, b)

    def _np_end(self, doc: Doc, sent: Sent, b: int) -> int:
        """The project's phrase runs on through "of ...", names and "in <place>"."""
        toks = sent.tokens
        end = b
        while end < len(toks):
            t = toks[end]
            w = fold(t.text)
            if w in ("of", "in", "at", "for") and end + 1 < len(toks):
                end += 1
                continue
            if w in ("next", "this", "last", "by", "until", "within", "worth", "valued", "costing") \
                    or w in ("in", "by") and end + 1 < len(toks) and toks[end + 1].pos == "NUM":
                break         # "in Tashkent next year": time is not part of the name
            if t.pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and w not in ("and",) or t.text in ("’s", "'s", "-"):
                end += 1
                continue
            break
        while end > b and fold(toks[end - 1].text) in ("of", "in", "at", "for", "the", "a"):
            end -= 1
        return end

    def _project(self, doc: Doc, sent: Sent, a: int, b: int, end: int, kind: str, trig: int,
                 agreements: list[Event]) -> Event:
        toks = sent.tokens
        start = a
        while start > 0 and (toks[start - 1].pos in ("ADJ", "NOUN", "NUM") or toks[start - 1].pos == "PROPN"
                             and mention_at(doc, toks[start - 1]) is None
                             or toks[start - 1].text in ("$", "€", "£", "US$")) and start - 1 > trig:
            start -= 1        # "a €12 billion investment package": the sum is part of its name
        name_span = Span(toks[start].start, toks[end - 1].end, doc.text[toks[start].start:toks[end - 1].end])
        owner, location = self._owner_location(doc, sent, name_span, kind)
        owner = owner or built_by(doc, sent, end) or owner_by(doc, sent, end)
        if owner is None:
            owner = self._subject_owner(doc, sent, trig) or owner_in_sentence(doc, sent, trig) or speaker_state(doc, sent, trig)
        trig = governor(toks, trig, end)
        mod = modality(doc, sent, trig)
        if mod in ("asserted", "planned") and discussed(toks, trig):
            mod = "possible"      # "the sides discussed the construction of": not yet decided
        m = stage_at(toks, trig)
        stage = "agreed" if m is None else tense_stage(toks, trig) if m.value == "tense" else m.value
        inv = investing_verb(toks, trig)
        # "construction will begin in April", "will invest in building"
        stage = "announced" if inv is not None and modality(doc, sent, inv) == "planned" else held_back(stage, mod)
        if share_done(toks, end) and stage in ("announced", "completed"):
            stage = "in_progress"     # "construction of the plant is 60 percent complete"
        agreed = project_words("en", "agreed")
        if any(fold(t.text) in agreed or t.lemma in agreed for t in toks[max(0, trig - 3):trig]):
            stage = "agreed"      # "agreed to open", "a memorandum on opening"
        link = None
        for v in agreements:
            ta, tb = v.attrs.get("title_span") or (0, 0)
            if ta <= name_span.start < tb or ta <= toks[trig].start < tb or signed_for(doc, v, toks[trig].start) \
                    or v is document_provides(doc, sent, trig, agreements):
                link, stage, owner = v, "agreed", lender_to_borrower(doc, owner, v)
                break
        # a sum in the project's own words or right after them ("a wind farm worth $1.2 billion")
        clause_end = doc.text.find(",", name_span.end, sent.end)
        clause_end = sent.end if clause_end < 0 else clause_end
        money = [f for f in find_money(sent.text, "en") if name_span.start <= sent.start + f.start < clause_end]
        return project_event(doc, sent, kind, name_span.text, "possible" if mod == "possible" else "asserted", stage,
                             owner, location, sectors_of(doc, name_span.start, name_span.end)
                             or sectors_of(doc, sent.start, sent.end) or [], money, link,
                             another=another_project(toks, a, trig))

    @staticmethod
    def _subject_owner(doc: Doc, sent: Sent, trig: int) -> str | None:
        """"The EBRD announced plans to open a new office": who builds or opens is the subject."""
        toks = sent.tokens
        k = trig
        while k > 0 and toks[k - 1].pos in ("DET", "ADJ"):
            k -= 1            # "completed the construction": the verb before the noun
        invest = k > 1 and fold(toks[k - 1].text) in ("in", "into") \
            and toks[k - 2].lemma in project_words("en", "invest")
        if invest:
            k -= 2            # "Latvia invests in the construction of": the investor builds
        elif k > 1 and fold(toks[k - 1].text) == "in" and fold(toks[k - 2].text) in ("part", "participate", "involved"):
            k -= 3 if fold(toks[k - 2].text) == "part" else 2     # "X will take part in the modernisation of"
        k = chain_start(toks, k)
        while k > 0 and toks[k - 1].pos == "VERB" and toks[k - 1].text != ",":
            k = chain_start(toks, k - 1)      # "announced plans to open": announced is the subject's
        sign = next((j for j in range(k - 2, max(-1, k - 6), -1) if toks[j].lemma in ("sign", "ink", "conclude")), None)
        if k > 1 and toks[k - 1].lemma in project_words("en", "document") and sign is not None:
            k = chain_start(toks, sign)       # "X signed an agreement to build": the signer builds
        if k > 1 and fold(toks[k - 1].text) in ("which", "that", "who") and toks[k - 2].text == ",":
            k -= 2            # "Cardiff University, which plans to open a campus"
        for e in subject_before(doc, sent, k) or signers_before(doc, sent, k):    # also 'JSC "X" will build'
            if e.type == "ORG" and not (e.group and fold(e.name).split()[-1] in ("sides", "parties")) \
                    or invest and e.type == "GPE":
                return e.id
            if e.type == "PER":
                # "Von der Leyen announced a package": the body the person heads carries it out
                org = next((r.org for r in e.roles if r.org and doc.entity(r.org) is not None
                            and doc.entity(r.org).type == "ORG"), None)
                if org is not None:
                    return org
        return named_last(doc, toks, k)     # "the company was ready to open", "the region is building"

    def _owner_location(self, doc: Doc, sent: Sent, name: Span, kind: str) -> tuple[str | None, str | None]:
        owner = location = named_in = None
        at_place = None
        for mm, e in mentions_in(doc, name.start, min(sent.end, name.end + 1)):
            prev = place_prep(doc.text[max(sent.start, mm.start - 40):mm.start])
            if e.type == "ORG" and prev.endswith("at") and kind not in INSTITUTION_KINDS:
                location = location or e.id     # "a logistics centre at the X Sea Port": the site, not the builder
            elif e.type == "ORG" and owner is None and not e.group and mm.start != name.start:
                owner = e.id
            elif e.type in ("LOC", "GPE"):
                if prev.endswith("at") and at_place is None:
                    at_place = e
                elif prev.endswith("in") and (location is None or e.type == "LOC" and _is_state(doc, location)):
                    location = e.id       # "in northern Kazakhstan's Kostanay region": the region
                elif e.type == "LOC" and fold(doc.text[max(name.start, mm.start - 4):mm.start]).strip() == "of":
                    named_in = named_in or e.id   # "the terminal of Dushanbe airport": its place, if no "in" says
        location = location or named_in or next((e.id for mm, e in mentions_in(doc, name.start, name.end, ("LOC",))
                                                 if mm.end < name.end), None)     # "the A – B railway line"
        if owner is None:
            owner = named_back(doc, name)
        if owner is None:
            # "The plant will be built by German company Svevind Energy": the agent
            rest = [t for t in sent.tokens if t.start >= name.end]
            for k, t in enumerate(rest[:-1]):
                if fold(t.text) == "by" and k > 0 and stage_at(rest, k - 1):
                    for mm, e in mentions_in(doc, rest[k + 1].start, sent.end, ("ORG",)):
                        owner = e.id
                        break
                    break
        if location is None:
            # "construction of a plant began in Atyrau": a place later in the sentence
            for mm, e in mentions_in(doc, name.end, sent.end, ("LOC", "GPE")):
                if place_prep(doc.text[max(sent.start, mm.start - 40):mm.start]).endswith("in") \
                        and (location is None or e.type == "LOC"):
                    location = e.id
                    if e.type == "LOC":
                        break     # a state may yet be followed by its region
        if at_place is not None:
            # "a Kazakh language program at Oxford": at a university town means at its university
            if owner is None and kind in INSTITUTION_KINDS and at_place.type == "LOC":
                owner = at_place.id
            elif location is None:
                location = at_place.id
        return owner, location
