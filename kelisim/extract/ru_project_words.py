"""The Russian project reader's word tables: the sector a kind of project implies, the nouns named
in the plural, and the stage a word, a verb's tense or the words above it give."""
from __future__ import annotations

from functools import cache

from ..doc import Sent, Token
from ..lang import lexicon
from ..nlp.match import lookup
from .context import ancestors, children
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


def starts_operating(lang: str, sent: Sent, verb: int) -> bool:
    """"фабрика начала работу": the verb of beginning takes a word of operating as its object."""
    toks = sent.tokens
    return any(toks[c].rel == "obj" and stage_word(lang, toks[c]) == "operation" for c in children(sent, verb))


def settled_start(lang: str, sent: Sent, trig: int, stage: str) -> str:
    """"Мы договорились начать строительство моста": a start still to come that an act of agreeing
    governs is agreed, not only announced."""
    if stage != "announced":
        return stage
    toks = sent.tokens
    return "agreed" if any(stage_word(lang, toks[k]) == "agreed" for k in ancestors(sent, trig, 3)) else stage


def being_built(lang: str, sent: Sent, head: int) -> bool:
    """"строящийся в области завод будет введён в 2027 году", "возводимый компанией терминал": a
    present participle of building on the project says it is under way now, whatever the verb
    tells of its end."""
    toks = sent.tokens
    return any(toks[c].pos == "VERB" and toks[c].feats.get("VerbForm") == "Part" and toks[c].feats.get("Tense") == "Pres"
               and stage_word(lang, toks[c]) in ("tense", "in_progress", "announced") for c in children(sent, head))
