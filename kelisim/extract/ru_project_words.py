"""The Russian project reader's word tables: the sector a kind of project implies, the nouns named
in the plural, and the stage a word or a verb's tense gives."""
from __future__ import annotations

from functools import cache

from ..doc import Token
from ..lang import lexicon
from ..nlp.match import lookup
from .projects import stage_words

# the sector a kind of project belongs to when its name says no more
KIND_SECTORS = {"campus": ("education",), "school": ("education",), "university": ("education",),
                "research_centre": ("science",), "plant": ("industry",), "mine": ("critical_minerals",),
                "infrastructure": ("transport_logistics",), "fund": ("investment",)}


@cache
def plural_names(lang: str) -> frozenset[str]:
    """Head nouns of projects named in the plural (third column of projects.tsv: "очистные сооружения")."""
    return frozenset(r[0].split()[-1] for r in lexicon(lang, "projects.tsv") if len(r) > 2 and r[2] == "plural")


def stage_word(lang: str, tok: Token) -> str | None:
    return lookup(stage_words(lang), tok.text, lang)


def tense_stage(tok: Token) -> str:
    if tok.feats.get("Tense") == "Past" or tok.feats.get("VerbForm") == "Part" and tok.feats.get("Tense") == "Past":
        return "completed"
    if tok.feats.get("Tense") == "Pres" and tok.feats.get("Aspect") == "Imp":
        return "in_progress"
    return "announced"
