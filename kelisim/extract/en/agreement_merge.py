"""One English document told several times is one agreement: "signed agreements worth $5
billion" and later "we have signed agreements ... for $5 billion"; "the agreement" told again.
Documents whose sides have nothing in common (no signer, no state) stay two."""
from __future__ import annotations

from ...doc import Doc, Event
from ...nlp.match import fold
from ..agreements import absorb


def merge_same(doc: Doc, events: list[Event]) -> list[Event]:
    """"signed agreements worth $5 billion" then "we have signed agreements ... for $5 billion": one."""
    out: list[Event] = []
    for v in events:
        twin = next((o for o in out if o.attrs["doc_type"] == v.attrs["doc_type"] and o.modality == v.modality
                     and o.evidence[0].start != v.evidence[0].start and _same(doc, o, v)), None)
        if twin is None:
            out.append(v)
        else:
            absorb(twin, v)
    return out


def _same(doc: Doc, earlier: Event, later: Event) -> bool:
    if earlier.attrs["value"] and earlier.attrs["value"] == later.attrs["value"]:
        return True
    if _other_sides(doc, earlier, later):
        return False      # "X and Y signed an agreement ... Z and W signed an agreement": two documents
    words_ = fold(later.attrs["title"]).split()
    if fold(earlier.attrs["title"]) == fold(later.attrs["title"]) or len(words_) <= 2 \
            and set(words_[:-1]) <= set(fold(earlier.attrs["title"]).split()):
        return True       # "agreements" told again; not "the intergovernmental agreement" after another
    lp, ep = set(later.attrs["parties"]), set(earlier.attrs["parties"])
    return bool(lp) and lp <= ep and not earlier.attrs["value"] and not later.attrs["value"] \
        and set(words_[:-1]) <= set(fold(earlier.attrs["title"]).split())


def _other_sides(doc: Doc, a: Event, b: Event) -> bool:
    """Both documents have sides and none of one's is the other's, by itself or by its state."""
    sa, sb = [[doc.entity(i) for i in v.attrs["parties"]] for v in (a, b)]
    sa, sb = [e for e in sa if e is not None], [e for e in sb if e is not None]
    return bool(sa and sb) and not any(x.id == y.id or x.country and x.country == y.country for x in sa for y in sb)
