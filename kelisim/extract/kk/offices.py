"""Kazakh, for office_holders.py: an office named by its state alone ("Жапонияның Қазақстандағы
Төтенше және өкілетті елшісін қабылдады") is named as the state and the office word in the
nominative, its possessive kept ("Жапония елшісі"): the state's own name, not its genitive, and
neither where the envoy serves nor his rank."""
from __future__ import annotations

from ...doc import Doc, Entity
from ...nlp.kazakh import strip_case


def office_name(doc: Doc, sent, tokens: list[int], head: int, states: list[Entity]) -> str:
    word = strip_case(sent.tokens[head].text)[0]
    return f"{states[0].name} {word.lower()}" if states else word.lower()
