"""Projects: concrete things to be built, opened, launched or funded, with owner, place and stage,
read the same way in every language. The stage goes through an article sentence by sentence; a
project noun (lang/<xx>/projects.tsv: кампус, plant, зауыт ...) becomes a project when a word of
building or opening (lang/<xx>/project_stages.tsv) takes it. The stage comes from that word and
its tense ("запустили", "opened" -> completed; "will open" -> announced) and no further than the
modality allows (held_back); a project named in a document signed in the article is agreed and
linked to it. One project told several times is one event at its furthest stage (project_merge). A
language gives a reader (ru_projects.py, en/projects.py, kk/projects.py; a Reader) with
  sentences(doc)                          the sentences it reads,
  projects(doc, sent, agreements, found)  the projects a sentence tells (`found`: those before),
  gathered(doc, found)                    the projects once the article is read (told again, owners),
  merge(doc, found)                       one event for each project told several times,
  complete(doc, projects, agreements)     what the article around them adds;
each builds its events with project_event().
"""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Event, Sent
from ..lang import lexicon, words
from ..nlp.match import PhraseMatcher, fold, lexicon_matcher, word_keys
from .codes import project_codes
from .context import evidence
from .project_merge import merge_same
from .readers import reader_for

def project_nouns(lang: str) -> PhraseMatcher:
    return lexicon_matcher(lang, "projects.tsv")


def project_words(lang: str, kind: str, name: str = "project_words.tsv") -> frozenset[str]:
    """The words of one kind in lang/<lang>/project_words.tsv (or in `name`, e.g. project_owners.tsv)."""
    return words(lang, name, kind)


@cache
def stage_words(lang: str) -> dict[str, str]:
    """The words of building or opening (lang/<lang>/project_stages.tsv) and the stage each says
    ("tense": the verb's form decides); every language's reader reads them from here."""
    return {r[0]: r[1] for r in lexicon(lang, "project_stages.tsv")}


def held_back(stage: str, mod: str, unsure: tuple[str, ...] = ("planned",), going: bool = False) -> str:
    """Work begun or done that is only planned ("строительство начнется в следующем году", "will
    begin in April") is announced; work planned to go on (`going`: "средства пойдут на продолжение
    строительства", "will continue building") is under way now."""
    if going:
        return "in_progress" if stage == "announced" else stage
    return "announced" if mod in unsure and stage in ("completed", "in_progress") else stage


def goes_on(lang: str, toks: list) -> bool:
    """Is one of `toks` a word of going on with a work (lang/<xx>/project_words.tsv "continue")?"""
    return any(word_keys(t.text, lang) & project_words(lang, "continue") for t in toks)


def another_word(lang: str, toks: list, start: int) -> bool:
    """"another plant", "построить еще одну фабрику": a word just before a project's name
    (lang/<xx>/project_another.txt) makes it one more of its kind, not the one told before."""
    return bool({fold(t.text) for t in toks[max(0, start - 3):start]} & words(lang, "project_another.txt"))


def project_event(doc: Doc, sent: Sent, kind: str, name: str, mod: str, stage: str, owner: str | None,
                  location: str | None, sectors: list[str], money: list, agreement: Event | None = None,
                  **internal) -> Event:
    """A project told in `sent`; `money` the sums found for it (the first is its value);
    `internal` attributes the merge reads and FinalizeEvents drops."""
    return Event(id="", type="project", evidence=[evidence(doc, sent.start, sent.end)], modality=mod,
                 codes=project_codes(kind),
                 attrs={"kind": kind, "name": name, "owner": owner, "location": location, "stage": stage,
                        "sectors": sectors, "value": money[0].value if money else None, "agreement": agreement,
                        "date": doc.date, **internal})


class Reader:
    """What a language's reader does where it says nothing else."""

    @staticmethod
    def sentences(doc: Doc) -> list[Sent]:
        return doc.sents

    @staticmethod
    def gathered(doc: Doc, found: list[Event]) -> list[Event]:
        return found

    @staticmethod
    def merge(doc: Doc, found: list[Event]) -> list[Event]:
        return merge_same(doc, found)

    @staticmethod
    def complete(doc: Doc, projects: list[Event], agreements: list[Event]) -> None:
        return None


class Projects:
    """The project stage; it runs after the agreements, whose documents agree projects."""
    name = "projects"
    requires = ("entity_ids", "agreements")
    assigns = ("projects",)
    langs = ("ru", "en", "kk")

    def __call__(self, doc: Doc) -> Doc:
        reader = reader_for("projects", doc.lang)()
        agreements = [v for v in doc.events if v.type == "agreement"]
        found: list[Event] = []
        for sent in reader.sentences(doc):
            for v in reader.projects(doc, sent, agreements, found):
                found.append(v)       # at once: the sentence's next project looks back at it
        projects = reader.merge(doc, reader.gathered(doc, found))
        reader.complete(doc, projects, agreements)
        doc.events.extend(projects)
        return doc
