"""Which code reads each language for a stage written once: entity spans, roles, groups, coreference, meetings,
statements, agreements and projects ask `reader_for(stage, lang)`; a part several stages share
asks `part_for(part, lang)` (office_holders.py: how to name an office in the nominative). A
language's module is imported when the first document in that language comes, as each pulls in
its own lexicons and rules."""
from __future__ import annotations

from importlib import import_module
from typing import Any

READERS = {
    "entity_spans": {"ru": "spans:RussianSpans", "en": "en.entities:EnglishEntitySpans", "kk": "kk.spans:KazakhSpans"},
    "roles": {"ru": "roles:russian_roles", "en": "en.roles:english_roles", "kk": "kk.roles:kazakh_roles"},
    "groups": {"ru": "groups:russian_groups", "en": "en.groups:english_groups"},
    "coref": {"ru": "ru_coref:russian_coref", "en": "en.coref:english_coref", "kk": "kk.coref:kazakh_coref"},
    "meetings": {"ru": "ru_meetings:RussianTalks", "en": "en.meetings:EnglishTalks",
                 "kk": "kk.meetings:KazakhTalks"},
    "statements": {"ru": "ru_statements:RussianSpeech", "en": "en.statements:EnglishSpeech",
                   "kk": "kk.statements:KazakhSpeech"},
    "agreements": {"ru": "ru_agreements:RussianSigning", "en": "en.agreements:EnglishSigning",
                   "kk": "kk.agreements:KazakhSigning"},
    "projects": {"ru": "ru_projects:RussianProjects", "en": "en.projects:EnglishProjects",
                 "kk": "kk.projects:KazakhProjects"},
}


# Parts written once that more than one stage uses, with a small reader per language
PARTS = {
    "office_name": {"ru": "groups:office_name", "en": "en.lone_offices:office_name", "kk": "kk.offices:office_name"},
}


def reader_for(stage: str, lang: str) -> Any:
    """The function (roles, coref) or Reader class (the events) that reads `lang` for `stage`."""
    module, name = READERS[stage][lang].split(":")
    return getattr(import_module(f"{__package__}.{module}"), name)


def part_for(part: str, lang: str) -> Any:
    """The function that reads `lang` for a shared part (PARTS)."""
    module, name = PARTS[part][lang].split(":")
    return getattr(import_module(f"{__package__}.{module}"), name)
