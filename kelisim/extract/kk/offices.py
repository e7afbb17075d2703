"""Kazakh offices. For office_holders.py: an office named by its state alone ("Жапонияның Қазақстандағы
Төтенше және өкілетті елшісін қабылдады") is named as the state and the office word in the
nominative, its possessive kept ("Жапония елшісі"): the state's own name, not its genitive, and
neither where the envoy serves nor his rank. For coref.py: whether an office a description names fits one held."""
from __future__ import annotations

from ...doc import Doc, Entity
from ...nlp.kazakh import fold, stem_keys, strip_case


def office_name(doc: Doc, sent, tokens: list[int], head: int, states: list[Entity]) -> str:
    word = strip_case(sent.tokens[head].text)[0]
    return f"{states[0].name} {word.lower()}" if states else word.lower()


def fits_office(canonical: str, offices: set[str]) -> bool:
    """An office a description names: the same, or one word of it ("Әкім" an "облыс әкімі", "Облыс
    әкімі" an "әкім"); "вице-премьер|премьер-министрдің орынбасары" lists one office's names."""
    head = stem_keys(canonical.split()[-1])
    if fold(canonical) in offices or " " in canonical and any(_ends_with(o, canonical) for o in offices):
        return True
    return any(stem_keys(o.split()[-1]) & (stem_keys(canonical) if " " in o else head)
               for o in offices if " " in o or " " in canonical)


def _ends_with(office: str, canonical: str) -> bool:
    """"сыртқы істер министрінің орынбасары" ends with "министрдің орынбасары", word by word on
    stems: a deputy minister of any ministry is a "вице-министр"."""
    ow, cw = office.split(), canonical.split()
    return len(ow) >= len(cw) and all(stem_keys(a) & stem_keys(b) for a, b in zip(ow[-len(cw):], cw))
