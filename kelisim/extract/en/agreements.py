"""The English reader of agreements (agreements.py runs it).

A document noun (lang/en/agreements.tsv) in a sentence that signs or adopts (lang/en/signing.tsv)
is one agreement, unless the sentence only refers back to it ("under the agreement",
lang/en/refers_back.txt). A plural noun over a list ("agreements in the fields of healthcare and
transportation", "memorandums on the opening of X and the launch of Y") gives one per item. Parties come from "between
X and Y", from the states in the title (a quoted name counts: 'the Joint Statement
“Uzbekistan and the United States of America: ...”'), from who signs, from state adjectives in
the title, and, for documents signed at the meeting the article reports ("bilateral agreements
were signed"), from the states of its participants.
"""
from __future__ import annotations

from ...doc import Doc, Entity, Event, Sent, Span, Token
from ...lang import words
from ...nlp.match import fold
from ..agreement_docs import planned_documents
from ..agreement_sides import named_between, side_words
from ..agreements import LIST_MARKS, Reader, agreement, documents, is_signing, sectors_told
from ..context import unique
from ..gazetteer import gazetteer
from ..quantities import find_deadlines, find_money
from ..sectors import ORDER, sectors_of
from .agreement_sides import (by_agent, firm_of, for_states, gathering_states, headline_states, meeting_states, our_side,
                              recalled, signers_before, with_object)
from .clause import chain_start, governing_modality, in_quote, mention_at, modality, same_quote, subject_before
from .project_deals import purpose_sectors
from .document_refs import (any_document, counted, exchange_of_other, for_passing, list_follows, list_opens,
                            nested_document, new_deal, parties_again, passive_signing, refers_back, signed_again,
                            that_year)
from .title_commas import comma_goes_on
from .supply_sides import lent_under, per_lender, struck_deal, supplied_to
from .bloc_sides import bloc_states, co_sides, office_states


def _is_signing(tok: Token) -> bool:
    return is_signing("en", tok)


class EnglishSigning(Reader):
    """The English reader of the agreement stage (agreements.py)."""

    def __init__(self) -> None:
        self.listing = False       # after "The parties signed:", items set off by a dash sign too
        self.told_at: int | None = None     # where the sentence before, if it signed, starts

    def signed(self, doc: Doc, sent: Sent, found: list[Event]) -> list[Event]:
        toks = sent.tokens
        listed = self.listing and bool(toks) and toks[0].text in LIST_MARKS
        if not listed:
            self.listing = list_opens(toks)
        sign_at = [i for i, t in enumerate(toks) if _is_signing(t) and not exchange_of_other(toks, i)
                   or struck_deal(toks, i)]
        follows = list_follows(doc, toks, self.told_at)      # "... 18 documents. Among them were X, Y and Z"
        self.told_at = sent.start if sign_at else None
        sign_at = sign_at or ([0] if listed or follows else [])
        if not sign_at:
            return []
        # "according to a statement": a verb's "-ing" form is no document noun ("accord")
        matches = [m for m in planned_documents("en", toks, list(documents("en").finditer(toks))) if not refers_back(toks, m.start)
                   and not self._inside_name(doc, toks, m.start) and not (m.end - m.start == 1 and fold(toks[m.start].text).endswith("ing"))]
        matches = [m for m in matches if not any_document(toks, m.start)]     # "every agreement": no one
        # '"This is no longer a declaration," X said after the signing': words quoted, the signing not theirs
        matches = [m for m in matches if not in_quote(doc, toks[m.start].start)
                   or any(in_quote(doc, toks[k].start) and same_quote(doc, toks[k].start, toks[m.start].start) for k in sign_at)]
        # "a Memorandum of Understanding (MoU) on ...": the short name in brackets is the same document
        matches = [m for n, m in enumerate(matches) if not (n > 0 and m.start == matches[n - 1].end + 1
                                                             and toks[m.start - 1].text == "(")]
        # "a protocol amending the 2004 treaty on ...": a document named in another's title
        matches = [m for n, m in enumerate(matches) if not (n > 0 and nested_document(toks, matches[n - 1].end, m.start))]
        # "more than 30 agreements worth $15 billion, including a deal to build ...": one of them
        matches = [m for n, m in enumerate(matches) if not (
            n > 0 and any(fold(t.text) == "including" for t in toks[matches[n - 1].end:m.start])
            and toks[matches[n - 1].end - 1].lemma != fold(toks[matches[n - 1].end - 1].text))]
        out: list[Event] = []
        for n, m in enumerate(matches):
            stop = matches[n + 1].start if n + 1 < len(matches) else len(toks)
            fa, fb, items = self._items(toks, m.start, m.end, stop)
            for item in items:
                ev = self._agreement(doc, sent, m.start, m.end, (fa, fb), item, m.value, sign_at,
                                     shared=len(matches) + len(items) > 2)
                before = (found + out)[-1:]
                again = before and parties_again(doc, toks, sign_at[0], toks[m.start:max(item[1], m.end)])
                if ev is not None and again == "ceremony":
                    # "signed at the same ceremony": the sides of the documents that ceremony signed so far
                    ev.attrs["parties"] = unique([p for v in found + out if v.modality == "asserted" for p in v.attrs["parties"]])
                elif ev is not None and again:
                    ev.attrs["parties"] = list(before[0].attrs["parties"])   # "The parties also signed"
                if ev is not None and counted(toks, m.start, m.end) and not any(
                        x < y and any(t.text not in ("and", ",") for t in toks[x:y]) for x, y in items):
                    ev.attrs["counted"] = True    # "signed 12 commercial agreements worth $3 billion"
                if ev is not None:
                    out.extend(per_lender(doc, ev, toks[m.end - 1]))
        return out

    def settle(self, doc: Doc, found: list[Event]) -> None:
        """"Companies signed 12 commercial agreements ... Among the documents, X and Y signed a
        contract": a count of documents it does not name is no one document where the article goes
        on to name those signed; alone, it stands for the signing."""
        later = [v for v in found if v.modality == "asserted"]
        found[:] = [v for v in found if not (v.attrs.pop("counted", False) and any(
            o.evidence[0].start > v.evidence[0].start for o in later))]

    @staticmethod
    def same(doc: Doc, earlier: Event, later: Event) -> bool:
        """"signed agreements worth $5 billion" then "we have signed agreements ... for $5 billion": one;
        not "X and Y signed an agreement ... Z and W signed an agreement"."""
        if earlier.evidence[0].start == later.evidence[0].start or _other_sides(doc, earlier, later):
            return False      # two documents listed in one sentence, or signed by other sides
        if earlier.attrs["value"] and earlier.attrs["value"] == later.attrs["value"]:
            return True
        if new_deal(doc, earlier, later):
            return False      # "Agreements worth $X were signed ... X and Y signed an agreement": one of them
        if signed_again(later):
            return True       # "X has signed a definitive agreement with Y ... The investment agreement was signed in Z by"
        words_ = fold(later.attrs["title"]).split()
        if fold(earlier.attrs["title"]) == fold(later.attrs["title"]) or len(words_) <= 2 \
                and set(words_[:-1]) <= set(fold(earlier.attrs["title"]).split()):
            return True       # "agreements" told again; not "the intergovernmental agreement" after another
        lp, ep = set(later.attrs["parties"]), set(earlier.attrs["parties"])
        return bool(lp) and lp <= ep and not earlier.attrs["value"] and not later.attrs["value"] \
            and set(words_[:-1]) <= set(fold(earlier.attrs["title"]).split())

    @staticmethod
    def _inside_name(doc: Doc, toks: list[Token], a: int) -> bool:
        hit = mention_at(doc, toks[a])
        return hit is not None and hit[1].type in ("ORG", "LOC")

    def _items(self, toks: list[Token], a: int, b: int, stop: int) -> tuple[int, int, list[tuple[int, int]]]:
        """The frame and the items of a title after its noun: "in the fields of" + [healthcare,
        transportation]; a singular noun or a short title has one item."""
        k = b
        # "agreements were signed in the fields of": the verb group is not part of the title
        while k < stop and (toks[k].pos == "AUX" or _is_signing(toks[k]) or fold(toks[k].text) in ("today", "yesterday")):
            k += 1
        verb_skipped = k > b
        end, quoted = k, False
        while end < stop:
            t, w = toks[end], fold(toks[end].text)
            if t.text in ("“", '"') and not quoted:
                quoted = True
            elif t.text in ("”", '"') and quoted:
                end += 1
                break
            elif not quoted:
                if w in ("by", "to", "for") and end + 1 < stop and toks[end + 1].pos == "NUM":
                    end += 2      # "roadmap to 2030", "memo for 2014-2016": a deadline in the title
                    continue
                # a comma goes on only into a list of fields or inside a side of "between"
                if w in words("en", "title_ends.txt") or t.text == "," and not comma_goes_on(toks, k, end, stop) \
                        or t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") != "Ger" and not _is_signing(t) \
                        and not (end + 1 < stop and toks[end + 1].text in ("'s", "’s")):     # "children's"
                    break
            end += 1
        if verb_skipped and end > k and (fold(toks[k].text) not in ("in", "on", "for", "of", "between", "“", '"')
                                         or fold(toks[k].text) == "in" and toks[k + 1].text[:1].isupper()
                                         or fold(toks[k].text) == "in" and k + 2 < end and fold(toks[k + 2].text) == "presence"):
            end = k       # "signed today in Astana", "was signed in Vienna", "in the presence of": no title after the verb
        noun = toks[b - 1]
        plural = noun.lemma != fold(noun.text)
        if plural and end - k >= 3:
            frame_end, items = self._split(toks, k, end)
            return k, frame_end, items
        return k, k, [(k, end)]

    @staticmethod
    def _split(toks: list[Token], k: int, end: int) -> tuple[int, list[tuple[int, int]]]:
        """"in the fields of healthcare and transportation" -> two items; "on the opening of X and the
        launch of Y" -> two items. A list of states ("between Kazakhstan and the UK") is one item."""
        frame_end = k
        for n in range(k, end):
            if fold(toks[n].text) in words("en", "topic_frames.txt") and n + 1 < end and fold(toks[n + 1].text) == "of":
                frame_end = n + 2
                break
        if frame_end == k and fold(toks[k].text) in ("on", "for", "in") and k + 1 < end:
            frame_end = k + 1
        cuts = []
        for n in range(frame_end, end):
            w = fold(toks[n].text)
            if w == "between":
                break
            if w in ("and", ",") and n + 1 < end:
                nxt = toks[n + 1]
                if nxt.pos == "PROPN" or fold(nxt.text) == "the" and n + 2 < end and toks[n + 2].pos == "PROPN" \
                        or fold(nxt.text) == "and":
                    continue          # "Kazakhstan and the UK": names, not items
                cuts.append(n)
        if not cuts:
            return k, [(k, end)]
        out = []
        bounds = [frame_end - 1] + cuts + [end]
        for x, y in zip(bounds, bounds[1:]):
            s = x + 1
            while s < y and toks[s].text in (",", "and"):
                s += 1
            if s < y:
                out.append((s, y))
        return frame_end, out

    def _agreement(self, doc: Doc, sent: Sent, a: int, b: int, frame: tuple[int, int], item: tuple[int, int],
                   doc_type: str, sign_at: list[int], shared: bool = False) -> Event | None:
        toks = sent.tokens
        x, y = item
        # modifiers before the noun belong to its title: "bilateral agreements", "a new roadmap"
        s = a
        while s > 0 and toks[s - 1].pos in ("ADJ", "NOUN", "PROPN", "VERB") and not _is_signing(toks[s - 1]) \
                and fold(toks[s - 1].text) not in ("million", "billion", "mln", "bln") \
                and (toks[s - 1].text[:1].islower() or toks[s - 1].pos == "PROPN" and mention_at(doc, toks[s - 1]) is None
                     and toks[s - 1].text.istitle()):
            s -= 1
        head = toks[s:b]
        frame_toks = toks[frame[0]:frame[1]]
        item_toks = toks[x:y]
        # "an agreement on visa-free travel and a memorandum ...": the next document's article goes
        while item_toks and (item_toks[-1].text in (",", ".") or fold(item_toks[-1].text) in ("and", "a", "an", "the", "as", "well")):
            item_toks = item_toks[:-1]
        pieces = [head] + ([frame_toks] if frame_toks and x >= frame[1] else []) + ([item_toks] if item_toks else [])
        title = " ".join(doc.text[p[0].start:p[-1].end] for p in pieces)
        span_toks = item_toks or head
        title_span = Span(span_toks[0].start, span_toks[-1].end, doc.text[span_toks[0].start:span_toks[-1].end])
        signer = min(sign_at, key=lambda i: abs(i - a))
        if recalled(sent, signer, doc.date, sign_at) or that_year(doc, sent, signer):
            return None       # "X reminded that the states signed the agreement": background
        if signer > 0 and fold(toks[signer - 1].text) == "been" and fold(toks[signer].text).endswith("ing"):
            return None       # "the Gulf states have been signing energy deals": a habit, no document
        mod = modality(doc, sent, signer, own=range(s, b))
        if mod == "asserted" and toks[signer].pos == "NOUN":
            mod = governing_modality(doc, sent, signer) or mod
        if s > 0 and fold(toks[s - 1].text) == "no":
            mod = "negated"       # "No agreement was signed", "no agreement ... is ready to be signed"
        if mod == "asserted" and toks[signer].pos == "NOUN" and for_passing(toks, signer):
            mod = "planned"   # "to prepare a roadmap for adoption at the next meeting": a purpose, not a deed
        lent = lent_under(doc, sent, b)      # a lender with no borrower named: the signers are the sides too
        parties = lent if len(lent) > 1 else unique(lent + self._parties(doc, sent, head + frame_toks + item_toks, signer))
        if len({e.country or e.id for e in parties}) < 2:
            # the sides of the meeting the sentence tells, else the pair the headline names
            fallback = unique(our_side(doc, sent) + meeting_states(doc, sent)) or headline_states(doc)
            parties = unique(parties + fallback) if parties == lent or all(any(
                e.id == f.id or e.country and e.country == f.country for f in fallback) for e in parties) else parties
        deadlines = find_deadlines(title_span.text, "en", doc.date) or find_deadlines(title, "en", doc.date)
        if not deadlines and not shared:
            # the one document of a sentence: a term told after its title is its own ("a loan
            # agreement to finance projects in education until 2030")
            deadlines = find_deadlines(doc.text[title_span.end:sent.end], "en", doc.date)
        money = find_money(sent.text, "en")
        if shared:
            # several documents in one sentence: a sum belongs to the one whose words hold it
            money = [f for f in money if title_span.start <= sent.start + f.start < title_span.end + 30]
        sectors = sectors_told(doc, sent, title_span.start, title_span.end, not shared)
        kind = set(sectors_of(doc, head[0].start, head[-1].end)) - set(sectors)     # "a loan agreement": finance
        kind |= set(purpose_sectors(doc, sent, title_span.end))
        sectors = [x for x in ORDER if x in kind | set(sectors)]
        return agreement(doc, sent, mod, doc_type, title[:1].upper() + title[1:], parties, sectors, title_span,
                         deadlines, money)

    def _parties(self, doc: Doc, sent: Sent, title: list[Token], signer: int) -> list[Entity]:
        named = named_between(doc, title)
        if named:
            return named
        subj = [e for e in subject_before(doc, sent, chain_start(sent.tokens, signer)) if e.type in ("GPE", "ORG", "PER")]
        wider = signers_before(doc, sent, chain_start(sent.tokens, signer))
        if len(wider) > len(subj):
            subj = wider      # "The Bank (EBRD) and the Emirati company "X" on Monday signed"
        if bloc := bloc_states(doc, sent.tokens[:chain_start(sent.tokens, signer)]):
            subj = co_sides(doc, sent.tokens[:chain_start(sent.tokens, signer)]) + bloc   # "The EU and the five Central Asian states sealed"
        toks = sent.tokens
        if passive_signing(toks, signer) or signer + 1 < len(toks) and fold(toks[signer + 1].text) == "by" \
                and toks[signer - 1].pos == "NOUN":     # "Under a loan agreement signed by X and Y"
            subj = by_agent(doc, sent, signer)    # "an agreement ... at the X Port was signed": X is its topic
        w = signer - 1 - (signer > 1 and fold(sent.tokens[signer - 1].text) == "the")
        if not subj and w >= 0 and {sent.tokens[w].lemma, fold(sent.tokens[w].text)} & {"witness", "witnessed", "attend"}:
            # "A and B witnessed the signing of ...": the leaders' states sign, each through his government
            subj = for_states(doc, [e for e in subject_before(doc, sent, chain_start(sent.tokens, w)) if e.type == "PER"])
        subj = unique([s for e in subj for s in (office_states(doc, e) or [e])])    # "the ministers of A and B"
        # "the parties", "the two ministers": a group of no state names no side; the sides of the
        # talks (the persons it means, each for his state) sign
        sides = [e for e in subj if e.group and (not e.country or fold(e.name).split()[-1] in side_words("en", "sides"))]
        subj = [e for e in subj if e not in sides]
        if sides and not subj and not any("two" in fold(e.name).split() for e in sides) \
                and (gathered := gathering_states(doc, sent)):      # not "the two leaders": a pair
            return gathered       # "the leaders adopted the declaration" of a summit: the states at it
        if subj and meeting_states(doc, sent) and all(e.type == "PER" for e in subj):
            subj = []         # "During the meeting with X, the sides signed": the meeting's sides sign
        if subj:
            subj = unique([firm_of(doc, e) or e for e in subj])       # a bank's chairman signs for the bank
            with_ = with_object(doc, sent, signer, subj) or supplied_to(doc, sent, signer)
            return unique(subj + with_)
        gaz = gazetteer("en")
        codes = [c for t in title for c in gaz.cues_in(t.text)]
        if len(set(codes)) >= 2:
            return unique([e for e in doc.entities if e.type == "GPE" and e.country in codes])
        return []


def _other_sides(doc: Doc, a: Event, b: Event) -> bool:
    """Both documents have sides and none of one's is the other's, by itself or by its state."""
    sa, sb = [[e for e in (doc.entity(i) for i in v.attrs["parties"]) if e is not None] for v in (a, b)]
    return bool(sa and sb) and not any(x.id == y.id or x.country and x.country == y.country for x in sa for y in sb)
