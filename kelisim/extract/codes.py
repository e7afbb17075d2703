"""PLOVER event types and CAMEO codes for every event, from one table (kelisim/data/codes.tsv).

| event                              | PLOVER   | CAMEO | CAMEO name                              |
|------------------------------------|----------|-------|-----------------------------------------|
| meeting, in person                 | CONSULT  | 040   | consult, not specified below            |
| meeting by phone                   | CONSULT  | 041   | discuss by telephone                    |
| meeting by video                   | CONSULT  | 040   | consult (CAMEO has no video code)       |
| visit, seen from the visitor       | CONSULT  | 042   | make a visit                            |
| visit, seen from the host          | CONSULT  | 043   | host a visit                            |
| talks / negotiations               | CONSULT  | 046   | engage in negotiation                   |
| meeting planned, not yet held      | CONSULT  | 036   | express intent to meet or negotiate     |
| agreement signed                   | AGREE    | 057   | sign formal agreement                   |
| agreement planned                  | AGREE    | 030   | express intent to cooperate             |
| statement, generic                 | —        | 010   | make statement                          |
| statement of support / praise      | SUPPORT  | 051   | praise or endorse                       |
| statement of intent to cooperate   | COOPERATE| 030   | express intent to cooperate             |
| statement of readiness for ties    | COOPERATE| 031   | express intent to engage in material cooperation |
| appeal / call                      | REQUEST  | 020   | make an appeal or request               |
| condemnation / criticism           | ACCUSE   | 111   | criticize or denounce                   |
| condolences, congratulations       | SUPPORT  | 018   | make empathetic comment                 |
| rejection, denial                  | REJECT   | 013   | make pessimistic comment (denial: 014)  |
| project announced or agreed        | COOPERATE| 061   | cooperate economically                  |
| project completed (opened)         | COOPERATE| 061   | cooperate economically                  |
| project funded                     | AID      | 071   | provide economic aid                    |

PLOVER has no plain "make a statement" type; a generic statement carries the closest type
its content supports, or COOPERATE (CAMEO 010) when nothing narrower is clear.
"""
from __future__ import annotations

from functools import cache

from ..data import table


@cache
def _codes() -> dict[str, dict[str, tuple[str, str]]]:
    """kelisim/data/codes.tsv: event -> kind -> (PLOVER, CAMEO)."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for r in table("codes"):
        out.setdefault(r["event"], {})[r["kind"]] = (r["plover"], r["cameo"])
    return out


def codes(pair: tuple[str, str]) -> dict[str, str]:
    return {"plover": pair[0], "cameo": pair[1]}


def meeting_codes(mode: str | None, kind: str, modality: str) -> dict[str, str]:
    meeting = _codes()["meeting"]
    if modality != "asserted":
        return codes(meeting["planned"])
    if mode == "phone":
        return codes(meeting["phone"])
    return codes(meeting.get(kind) or meeting["in_person"])


def statement_codes(kind: str) -> dict[str, str]:
    return codes(_codes()["statement"].get(kind) or _codes()["statement"]["generic"])


def agreement_codes(modality: str) -> dict[str, str]:
    return codes(_codes()["agreement"]["signed" if modality == "asserted" else "planned"])


def project_codes(kind: str) -> dict[str, str]:
    return codes(_codes()["project"]["fund" if kind == "fund" else "default"])
