"""Projects a document or an understanding covers. One already reached: "Была подчеркнута важность реализации
договоренностей, достигнутых на высшем уровне, в том числе по строительству ГЭС «Ёвон»" - the
plant is agreed and told as a fact, though the sentence stresses only the importance of carrying
the understanding out (lang/ru/modality.tsv reads "важность" as possible). One only drafted:
"процедуры по проекту Соглашения о создании Совместной инвестиционной компании" - the company is
planned with the document."""
from __future__ import annotations

from ..doc import Doc, Event
from ..lang import words
from .context import children
from .ru_project_words import stage_word


def reached_understanding(doc: Doc, projects: list[Event]) -> None:
    """A project still announced or only possible, whose noun follows in its sentence a noun of
    understanding (lang/ru/project_stages.tsv "agreed") that a past participle of reaching
    (lang/ru/reached.txt) qualifies, the act on it next with no finite verb between, is agreed
    and asserted."""
    reached = words(doc.lang, "reached.txt")
    for v in projects:
        sent = doc.sent_at(v.evidence[0].start)
        if sent is None or v.attrs["stage"] != "announced" or v.modality not in ("asserted", "possible"):
            continue
        toks = sent.tokens
        for k, t in enumerate(toks):
            if t.pos != "NOUN" or stage_word(doc.lang, t) != "agreed" or not any(
                    toks[c].feats.get("VerbForm") == "Part" and toks[c].feats.get("Tense") == "Past"
                    and toks[c].lemma in reached for c in children(sent, k)):
                continue
            # the act on the project after it ("по строительству"), with no clause of its own between
            act = next((j for j in range(k + 1, len(toks)) if toks[j].pos == "NOUN"
                        and stage_word(doc.lang, toks[j]) in ("announced", "tense")), None)
            if act is not None and not any(x.pos in ("VERB", "AUX") and x.feats.get("VerbForm") == "Fin"
                                           for x in toks[k:act]):
                v.attrs["stage"], v.modality = "agreed", "asserted"
                break


def drafted(doc: Doc, projects: list[Event]) -> None:
    """A project named in the title of a draft document ("проекту Соглашения о создании X":
    lang/ru/drafts.txt before a document of agreements.tsv) that no asserted document of the
    article sets up is planned with it."""
    from ..nlp.match import fold
    from .agreements import documents
    drafts = words(doc.lang, "drafts.txt")
    for v in projects:
        sent = doc.sent_at(v.evidence[0].start)
        if sent is None or v.attrs.get("agreement") is not None or v.modality != "asserted":
            continue
        toks = sent.tokens
        name = [fold(w)[:4] for w in v.attrs["name"].split() if w[:1].isalpha()]
        for m in documents(doc.lang).finditer(toks):
            if m.start == 0 or toks[m.start - 1].lemma not in drafts:
                continue
            after = [fold(t.text)[:4] for t in toks[m.end:m.end + 8]]
            if name and all(w in after for w in name):
                v.modality = "planned"
                break
