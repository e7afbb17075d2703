"""How far a project is (stage words, lang/ru/project_stages.tsv), and one project told several
times in an article as one event at its furthest stage; distinct projects stay apart."""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Event, Token
from ..lang import lexicon
from ..nlp.match import lookup
from .sectors import ORDER

STAGE_ORDER = ("announced", "agreed", "in_progress", "completed", "cancelled")


@cache
def stage_words(lang: str) -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon(lang, "project_stages.tsv")}


def _stage_word(lang: str, tok: Token) -> str | None:
    return lookup(stage_words(lang), tok.text, lang)


def _tense_stage(tok: Token, mod: str) -> str:
    if tok.feats.get("Tense") == "Past" or tok.feats.get("VerbForm") == "Part" and tok.feats.get("Tense") == "Past":
        return "completed"
    if tok.feats.get("Tense") == "Pres" and tok.feats.get("Aspect") == "Imp":
        return "in_progress"
    return "announced"


def _same_sentence(doc: Doc, a: Event, b: Event) -> bool:
    """Two projects named in one sentence without a word in common are two ("X завершила
    строительство центра, а Y объявила о планах построить станцию"); "a metallurgical plant ...
    the plant" is one."""
    sa, sb = doc.sent_at(a.evidence[0].start), doc.sent_at(b.evidence[0].start)
    if sa is None or sa is not sb:
        return False
    return not set(a.attrs["name"].lower().split()) & set(b.attrs["name"].lower().split())


def _headline_state(doc: Doc, v: Event) -> bool:
    """A project the headline alone tells, owned by a state."""
    from .context import in_headline
    owner = doc.entity(v.attrs["owner"]) if v.attrs["owner"] else None
    return owner is not None and owner.type == "GPE" and all(in_headline(doc, e.start) for e in v.evidence)


def merge_same(doc: Doc, events: list[Event]) -> list[Event]:
    """One project told several times in an article is one event, at its furthest stage."""
    out: list[Event] = []
    for v in events:
        if v.attrs.get("another") and out:
            # "строительство второй очереди станции": the part is built by whom and where the first is
            first = next((o for o in reversed(out) if o.attrs["kind"] == v.attrs["kind"]), None)
            for k in ("owner", "location"):
                v.attrs[k] = v.attrs[k] or (first.attrs[k] if first is not None else None)
        twin = None
        for o in out:
            if o.attrs["kind"] != v.attrs["kind"] or v.attrs.get("another"):
                continue
            if _same_sentence(doc, o, v):
                continue      # "X завершила строительство центра, а Y объявила о планах построить станцию"
            ow, vw = o.attrs["owner"], v.attrs["owner"]
            if _headline_state(doc, o) and o.attrs["name"] == v.attrs["name"]:
                # "Азербайджан и Италия завершили строительство станции" over "Станцию построил
                # консорциум X": the headline names the states, the body the builder
                o.attrs["owner"], o.attrs["owner_guessed"] = None, False
                twin = o
                break
            if ow and vw and ow != vw and not (o.attrs.get("owner_guessed") or v.attrs.get("owner_guessed")):
                continue
            ol, vl = o.attrs["location"], v.attrs["location"]
            if ol and vl and ol != vl and ow and vw:
                continue
            twin = o
            break
        if twin is None:
            out.append(v)
            continue
        if twin.attrs.get("owner_guessed") and v.attrs["owner"] and not v.attrs.get("owner_guessed"):
            twin.attrs["owner"], twin.attrs["owner_guessed"] = v.attrs["owner"], False   # the one stated wins
        for k in ("owner", "location", "agreement", "value"):
            twin.attrs[k] = twin.attrs[k] or v.attrs[k]
        twin.attrs["sectors"] = [x for x in ORDER if x in set(twin.attrs["sectors"]) | set(v.attrs["sectors"])]
        if len(v.attrs["name"]) > len(twin.attrs["name"]):
            twin.attrs["name"] = v.attrs["name"]      # the fullest naming, usually the body's
        if STAGE_ORDER.index(v.attrs["stage"]) > STAGE_ORDER.index(twin.attrs["stage"]):
            twin.attrs["stage"] = v.attrs["stage"]
        if v.modality == "asserted":
            twin.modality = "asserted"    # "discussed building a plant ... the plant under construction"
        twin.evidence.extend(v.evidence)
    return out
