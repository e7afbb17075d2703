"""Projects that only a signed document's title names, with no project noun: a development
bank's grant "по проекту развития профессионального образования в Согдийской области", a loan
"на модернизацию системы энергоучета". The words that open them are lang/<xx>/project_words.tsv
"titled"; a phrase in the genitive must follow, and a document that already agrees a project
told in the article adds none."""
from __future__ import annotations

from ..doc import Doc, Event
from ..nlp.match import fold, word_keys
from .context import mentions_in
from .projects import project_event, project_words

_BEFORE = {"по", "на", "о", "об"}


def titled_projects(doc: Doc, projects: list[Event], agreements: list[Event]) -> list[Event]:
    from .project_actors import builder, financier
    from .roles import nominative_title
    from .sectors import ORDER, sectors_of
    linked = {id(p.attrs["agreement"]) for p in projects if isinstance(p.attrs["agreement"], Event)}
    titled = project_words(doc.lang, "titled")
    out: list[Event] = []
    for v in agreements:
        a, b = v.attrs.get("title_span") or (0, 0)
        sent = doc.sent_at(a)
        if v.modality != "asserted" or id(v) in linked or sent is None:
            continue
        toks = [t for t in sent.tokens if a <= t.start and t.end <= b]
        k = next((k for k in range(1, len(toks) - 1) if fold(toks[k - 1].text) in _BEFORE
                  and word_keys(toks[k].text) & titled and toks[k + 1].pos == "NOUN" and toks[k + 1].case == "Gen"), None)
        if k is None:
            continue
        start, end = toks[k].start, toks[-1].end
        parties = v.attrs["parties"]
        # a bank's grant or loan: the bank pays for it and no builder is named
        owner = next((p for p in parties if financier(doc, doc.entity(p))), None) or (builder(doc, parties) if parties else None)
        places = [e for _, e in mentions_in(doc, start, end, ("LOC",))]
        kind = "programme" if fold(toks[k].lemma or "") == "проект" else "infrastructure"
        sectors = sorted(set(sectors_of(doc, start, end)), key=ORDER.index)
        out.append(project_event(doc, sent, kind, nominative_title(toks[k:]), "asserted", "agreed", owner,
                                 places[0].id if places else None, sectors, [], v))
    return out
