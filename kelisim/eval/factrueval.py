"""factRuEval-2016: read its gold annotations and score kelisim's records against them.
This module runs kelisim and natasha and puts the figures together; reading is in
factrueval_corpus, scoring in factrueval_entities and factrueval_facts.

Reading (`load_factrueval`). A document ``book_N`` is a text plus tokens, spans, object
mentions, coreference and facts (the data folder's README). An object's mention runs from
the first character of its first span to the last character of its last span, and over
the closing quote when its opening quote is inside ("ЗАО «Ренова»", not "ЗАО «Ренова"). Person
becomes PER, Org ORG, Location and LocOrg LOC; Project and Facility are left out. Fact
arguments name a coreference chain (``obj3417``: every mention of that object counts) or
a span (``span89437``: a job title); both are resolved to character spans and names. The
reader checks every token's offset against the text and, if they disagree, tries the
usual culprits (a BOM, ``\\r\\n``) before giving up with `EvalError`.

Scoring. Counts are summed over documents (micro-averaged); precision, recall and F1 are 0
where there is nothing to divide by.

- **Entities**: exact span match, and the type must agree (GPE counts as LOC). Only named
  mentions are scored on both sides: a gold mention needs a name span (name, surname,
  patronymic, nickname, org_name, loc_name), so descriptor-only ("делегация") and
  geo-adjective-only ("российской") mentions are skipped, as the 2016 track skipped them;
  a predicted mention needs a capital letter or digit and must not be a pronoun ("Он"),
  so kelisim's coreference mentions are not counted as NER output.
- **Actors** (fact arguments): a predicted entity is the gold argument when one of its
  mentions overlaps one of the argument's spans (an object's own words: not a geo adjective
  or a state inside it, "российской" or "РФ" in "МИД РФ"), or when their names match
  leniently: the word stems (first five letters, lower case, ё as е, one-letter initials
  dropped) of one name are all among those of the other, which has at most one word more
  ("Путин" ~ "Владимир Путин", "Вертинского" ~ "Вертинский Александр", and, leniently,
  "Россия" ~ "МИД России"; but not "Россия" ~ "российская Кремниевая долина").
- **Occupation**: a predicted (person, role title, role org) matches a gold fact when the
  person is the Who, the title shares a content word with the Job (same lemma or same first
  five letters; vacuous when the gold has no Job) and, when the gold has a Where, the role
  org is the Where. A role without an org stands for the person's country: the article's
  GPE entity with that country, if there is one.
- **Meeting / Deal**: a predicted meeting (its participants) or agreement (its parties and
  signers) matches a gold fact when its actors can be paired one-to-one with at least
  ``min(2, n)`` of the fact's ``n`` participants.

Per document, a prediction matches at most one gold fact, and a gold fact may be matched by
several predictions: recall counts the gold facts matched (a largest one-to-one pairing),
precision the predictions that match a gold fact (``tp_pred``).

What follows the official track-3 scorer (dialogue-evaluation/factRuEval-2016,
scripts/t3_eval.py and scripts/dialent/, in its default "easy" mode, the mode of the published
figures): several predictions may share a gold fact (task3/eval.py, Optimizer and Cluster);
the job slot is "Job" or "Position" (objects/argument.py renames one to the other);
facts marked "Сложность повышенная" are ignored, on both sides (task3/eval.py, Optimizer);
every modality stays, "отрицание" too, so kelisim's negated events are predictions as well
(objects/fact.py, easymode_modality_values; only -m drops them); "Фаза" is not scored.
What does not: the official scorer gives a matched pair partial credit, the share of its
arguments that agree (weight 0.5 for the job), lets a pair match on a single argument, and
compares argument strings by a small edit distance; here a pair matches or not, on the slots
above, and the actors match as described above. The partial credit is reported beside it
("facts_credit", kelisim/eval/factrueval_credit.py), the figure to set against 2016's.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from ..errors import EvalError
from .factrueval_corpus import FreDoc
from .factrueval_credit import credit, occupation_args, participant_args
from .factrueval_entities import Counts, Typed, gold_spans, record_spans, score_entities
from .factrueval_facts import (
    FACT_TYPES, event_actors, gold_facts, occupation_matches, occupations,
    participants_match, score_facts,
)

BEST_2016 = {"entities": 0.809, "facts": 0.508, "Meeting": 0.234, "Deal": 0.301}


def natasha_spans(texts: Iterable[str]) -> Iterator[set[Typed]]:
    """The baseline: natasha's NewsNERTagger alone (its types are already PER/ORG/LOC)."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        yield {(s.start, s.stop, s.type) for s in doc.spans}


def kelisim_records(docs: Sequence[FreDoc], extractor=None, batch_size: int = 32) -> list[dict]:
    from ..pipeline import Extractor
    from ..read.article import Article
    extractor = extractor or Extractor()
    articles = [Article(d.text, source=d.name, id=d.name) for d in docs]
    records = list(extractor.records(articles, batch_size=batch_size))
    if len(records) != len(docs):
        raise EvalError(f"kelisim returned {len(records)} records for {len(docs)} documents")
    return records


def evaluate(docs: Sequence[FreDoc], records: Sequence[dict] | None = None,
             baseline: Sequence[set[Typed]] | None = None) -> dict:
    """The figures for kelisim's records and natasha's spans (either may be None)."""
    named = sum(m.named for d in docs for m in d.mentions)
    report: dict = {
        "corpus": {"documents": len(docs), "tokens_checked": sum(d.tokens for d in docs),
                   "texts_adjusted": dict(Counter(d.adjusted for d in docs if d.adjusted)),
                   "gold_mentions": named,
                   "gold_mentions_skipped_unnamed": sum(len(d.mentions) for d in docs) - named},
        "entities": {}, "entities_name_extent": {}, "facts": {}, "facts_credit": {},
        "best_2016": BEST_2016,
    }
    golds = [gold_spans(d) for d in docs]
    cores = [gold_spans(d, "name") for d in docs]
    systems: dict[str, list[set[Typed]]] = {}
    if records is not None:
        pairs = [record_spans(r, d.text) for r, d in zip(records, docs, strict=True)]
        systems["kelisim"] = [p for p, _ in pairs]
        report["kelisim_mentions_left_out"] = dict(sum((s for _, s in pairs), Counter()))
        every = [record_spans(r, d.text, named_only=False)[0] for r, d in zip(records, docs)]
        report["kelisim_every_mention"] = {
            t: c.as_json() for t, c in score_entities(golds, every).items()}
    if baseline is not None:
        systems["natasha"] = list(baseline)
    for name, preds in systems.items():
        report["entities"][name] = {t: c.as_json() for t, c in score_entities(golds, preds).items()}
        report["entities_name_extent"][name] = {
            t: c.as_json() for t, c in score_entities(cores, preds).items()}
    for ftype in FACT_TYPES:
        gold = [gold_facts(d, ftype) for d in docs]
        if records is None:
            report["facts"][ftype] = Counts(gold=sum(map(len, gold))).as_json() | {"pred": None}
            continue
        if ftype == "Occupation":
            preds = [occupations(r) for r in records]
            counts = score_facts(zip(gold, preds), occupation_matches)
            args = [[occupation_args(o) for o in p] for p in preds]
        else:
            kind = "meeting" if ftype == "Meeting" else "agreement"
            preds = [event_actors(r, kind) for r in records]
            counts = score_facts(zip(gold, preds), participants_match)
            args = [[participant_args(a) for a in p] for p in preds]
        report["facts"][ftype] = counts.as_json()
        report["facts_credit"][ftype] = credit(zip(gold, args)).as_json()
    return report
