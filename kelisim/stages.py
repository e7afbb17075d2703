"""The default pipeline, stage by stage, in the order of DESIGN.md."""
from __future__ import annotations

from .doc import Doc
from .nlp.langid import detect

SUPPORTED = ("ru", "en", "kk")


class DetectLanguage:
    name = "lang"
    requires = ("text",)
    assigns = ("lang",)
    langs = None

    def __call__(self, doc: Doc) -> Doc:
        if not doc.lang:
            doc.lang = detect(doc.text)
        if doc.lang not in SUPPORTED:
            doc.warnings.append(f"language {doc.lang!r} is not supported yet: only the article's "
                                f"metadata is extracted (supported: {', '.join(SUPPORTED)})")
        return doc


def default_stages() -> list:
    from .extract.agreements import Agreements
    from .extract.coref import Coreference
    from .extract.finalize import FinalizeEvents
    from .extract.meetings import ImpliedMeetings, Meetings
    from .extract.projects import Projects
    from .extract.sectors import Sectors
    from .extract.statements import Statements
    from .extract.entities import BuildEntities, FinalizeEntities
    from .extract.groups import Groups
    from .extract.roles import Roles
    from .extract.spans import EntitySpans
    from .nlp.russian import RussianNLP
    from .nlp.kazakh import KazakhNLP
    from .nlp.english import EnglishNLP
    return [
        DetectLanguage(),
        RussianNLP(),
        KazakhNLP(),
        EnglishNLP(),
        EntitySpans(),
        BuildEntities(),
        Roles(),
        Groups(),
        Coreference(),
        FinalizeEntities(),
        Meetings(("ru",)),
        Statements(),
        # English and Kazakh meetings come after the statements: a statement and a meeting may both
        # make the entity of a state named by its adjective alone (en/counterparts.state_entity),
        # and the one read first gives it its id and its mention
        Meetings(("en", "kk")),
        Agreements(),           # after the meetings of every language: their sides sign
        ImpliedMeetings(),
        Projects(),             # after every stage that assigns agreements: a document sets a project up
        Sectors(),
        FinalizeEvents(),
    ]
