"""Projects: concrete things to be built, opened, launched or funded, with owner, place and stage.

A project noun (lang/ru/projects.tsv: кампус, школа, завод, центр искусственного интеллекта,
...) becomes a project when a word of building or opening (lang/ru/project_stages.tsv) governs
it or stands just before it. The stage comes from that word and its tense ("объявлено об
открытии" -> announced, "запустили" -> completed); a project named in the title of a document
signed in the article is agreed and linked to that agreement.
"""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Entity, Event, Sent, Span, Token
from ..lang import lexicon
from ..nlp.match import PhraseMatcher, fold, word_keys
from .codes import project_codes
from .context import ancestors, evidence, is_locative, mentions_in, modality
from .quantities import find_money
from .sectors import ORDER, sectors_of

# the sector a kind of project belongs to when its name says no more
KIND_SECTORS = {"campus": ("education",), "school": ("education",), "university": ("education",),
                "research_centre": ("science",), "plant": ("industry",), "mine": ("critical_minerals",),
                "infrastructure": ("transport_logistics",), "fund": ("investment",)}
STAGE_ORDER = ("announced", "agreed", "in_progress", "completed", "cancelled")
NEAR = 4
DECREES = {"постановление", "решение", "указ", "распоряжение"}


@cache
def project_nouns(lang: str) -> PhraseMatcher:
    return PhraseMatcher(lang).add_all((r[0], r[1]) for r in lexicon(lang, "projects.tsv"))


@cache
def stage_words(lang: str) -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon(lang, "project_stages.tsv")}


def _stage_word(lang: str, tok: Token) -> str | None:
    words = stage_words(lang)
    for k in word_keys(tok.text, lang):
        if k in words:
            return words[k]
    return None


def _tense_stage(tok: Token, mod: str) -> str:
    if tok.feats.get("Tense") == "Past" or tok.feats.get("VerbForm") == "Part" and tok.feats.get("Tense") == "Past":
        return "completed"
    if tok.feats.get("Tense") == "Pres" and tok.feats.get("Aspect") == "Imp":
        return "in_progress"
    return "announced"


class Projects:
    name = "projects"
    requires = ("entity_ids", "agreements")
    assigns = ("projects",)
    langs = ("ru",)

    def __call__(self, doc: Doc) -> Doc:
        agreements = [v for v in doc.events if v.type == "agreement"]
        found: list[Event] = []
        for sent in doc.sents:
            toks = sent.tokens
            matches = list(project_nouns(doc.lang).finditer(toks))
            heads = {m.start for m in matches}
            for m in matches:
                if toks[m.start].head in heads:
                    continue      # "филиал казахстанского университета": the university is not a second project
                if doc.entity_at(toks[m.start].start, toks[m.end - 1].end) is not None and \
                        doc.entity_at(toks[m.start].start, toks[m.start].end).type in ("ORG",):
                    continue      # "Charterhouse School", "Казахский национальный университет": names
                trigger = self._trigger(doc, sent, m.start)
                if trigger is None:
                    continue
                found.append(self._project(doc, sent, m.start, m.end, m.value, trigger, agreements))
        doc.events.extend(merge_same(doc, found))
        return doc

    def _trigger(self, doc: Doc, sent: Sent, i: int) -> int | None:
        toks = sent.tokens
        for k in ancestors(sent, i, 3):
            if _stage_word(doc.lang, toks[k]):
                return k
        for k in range(max(0, i - NEAR), i):
            # a nearby word counts only when it names the act ("открытие ... кампуса"); a verb
            # must govern the project to say anything about it ("отказались уточнять ...")
            if _stage_word(doc.lang, toks[k]) in ("announced", "agreed") and toks[k].pos == "NOUN":
                return k
        return None

    def _project(self, doc: Doc, sent: Sent, a: int, b: int, kind: str, trig: int,
                 agreements: list[Event]) -> Event:
        toks = sent.tokens
        end = b
        while end < len(toks) and (toks[end].pos in ("ADJ", "NOUN", "PROPN", "X") or toks[end].text in (".", "им", "-")
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
        while start > 0 and toks[start - 1].pos == "ADJ":
            start -= 1
        name_span = Span(toks[start].start, toks[end - 1].end, doc.text[toks[start].start:toks[end - 1].end])
        owner, location = self._owner_location(doc, sent, name_span)
        mod = modality(doc, sent, trig)
        word = _stage_word(doc.lang, toks[trig])
        stage = _tense_stage(toks[trig], mod) if word == "tense" else word
        for k in ancestors(sent, trig, 2):
            # "началось строительство", "завершено строительство": the governing verb says how far
            above = _stage_word(doc.lang, toks[k])
            if above in ("in_progress", "completed", "cancelled"):
                stage = above
                break
        if mod in ("planned",) and stage == "completed":
            stage = "announced"
        link = None
        for v in agreements:
            ta, tb = v.attrs.get("title_span") or (0, 0)
            if ta <= name_span.start < tb:
                link, stage = v, "agreed"
                if owner is None and v.attrs["parties"]:
                    owner = v.attrs["parties"][0]
        if stage == "announced" and self._decreed(doc, sent):
            stage = "agreed"
        money = find_money(sent.text, doc.lang)
        sectors = sorted(set(sectors_of(doc, name_span.start, name_span.end)) | set(KIND_SECTORS.get(kind, ())),
                         key=ORDER.index)
        from .roles import nominative_title
        return Event(id="", type="project", evidence=[evidence(doc, sent.start, sent.end)],
                     modality="possible" if mod == "possible" else "asserted",
                     codes=project_codes(kind),
                     attrs={"kind": kind, "name": nominative_title(toks[start:end]), "owner": owner,
                            "location": location, "stage": stage, "sectors": sectors,
                            "value": money[0].value if money else None, "agreement": link,
                            "date": doc.date})

    def _owner_location(self, doc: Doc, sent: Sent, name: Span) -> tuple[str | None, str | None]:
        owner = location = None
        for mm, e in mentions_in(doc, name.start, min(sent.end, name.end + 2)):
            if e.type == "ORG" and owner is None and mm.start <= name.end + 1:
                owner = e.id
            elif e.type in ("LOC", "GPE") and location is None and is_locative(sent, mm.start):
                location = e.id
        return owner, location

    def _decreed(self, doc: Doc, sent: Sent) -> bool:
        """"Соответствующее постановление подписал ...": a decision taken makes it agreed."""
        a, b = sent.start, sent.end
        for s in doc.sents:
            if s.end < a - 400 or s.start > b + 400:
                continue
            keys = [word_keys(t.text) for t in s.tokens]
            if any(k & DECREES for k in keys) and any(k & {"подписать", "принять", "утвердить"} for k in keys):
                return True
        return False


def merge_same(doc: Doc, events: list[Event]) -> list[Event]:
    """One project told several times in an article is one event, at its furthest stage."""
    out: list[Event] = []
    for v in events:
        twin = None
        for o in out:
            if o.attrs["kind"] != v.attrs["kind"]:
                continue
            ow, vw = o.attrs["owner"], v.attrs["owner"]
            if ow and vw and ow != vw:
                continue
            ol, vl = o.attrs["location"], v.attrs["location"]
            if ol and vl and ol != vl and ow and vw:
                continue
            twin = o
            break
        if twin is None:
            out.append(v)
            continue
        for k in ("owner", "location", "agreement", "value"):
            twin.attrs[k] = twin.attrs[k] or v.attrs[k]
        if len(v.attrs["name"]) > len(twin.attrs["name"]):
            twin.attrs["name"] = v.attrs["name"]      # the fullest naming, usually the body's
        if STAGE_ORDER.index(v.attrs["stage"]) > STAGE_ORDER.index(twin.attrs["stage"]):
            twin.attrs["stage"] = v.attrs["stage"]
        twin.evidence.extend(v.evidence)
    return out
