"""Grammatical number as the dictionary allows it. The tagger calls a word it does not know plural
now and then ("построит ветропарк": Number=Plur); a word the dictionary reads only in the singular
is singular whatever the tagger guessed."""
from __future__ import annotations

from .normalize import parse


def can_be_plural(word: str) -> bool:
    """May the dictionary read the word as plural?"""
    return any("plur" in p.tag for p in parse(word.lower()))
