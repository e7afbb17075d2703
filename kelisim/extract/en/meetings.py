"""The English reader of the meeting stage (meetings.py): talks, negotiations, receptions, calls.

When a trigger tells a meeting is decided in meeting_cues.py; who sat across the table, and
whether one sentence tells one meeting per counterpart, in counterparts.py. A sentence no trigger
of the lexicon makes a meeting is read from the parse by the shared frame rules (meeting_frames.py).
Participants are the subject and the counterparts, else the persons of the sentence and groups
next to the trigger; the place is read by the shared rules (meeting_place.py, meeting_setting.py). Talks the article refers back to but never tells are implied; "the two leaders"
are the pair it names. A summit, told by who attends it rather than by a meeting verb, is one
meeting of all it puts at it (summits.py).
"""
from __future__ import annotations

from ...doc import Doc, Entity, Event, Sent
from ...nlp.match import Match, fold
from ..context import body_sents, evidence, in_headline, mentions_in, modality_matcher, protagonist
from ..meeting_envoys import credentials
from ..meeting_frames import discussion, partner_meeting
from ..history import told_as_history
from ..meeting_place import sentence_place
from ..meetings import MeetingReader, enough_sides, meeting, meeting_words, mode, triggers
from ..quantities import find_dates
from .clause import chain_start, entity_at, in_quote, modality, subject_before
from .bloc_sides import office_states
from .delegations import heads_after
from .groups import counted_holders
from .home_state import guessed
from .counterparts import (bodies_met, counterparts, delegation_members, is_delegation, head_named_before, object_span,
                           one_per_counterpart, resolve_sides)
from .meeting_cues import (between_at, body_visited, calls_on, calls_to_act, clauses, held, meets_someone, near, pair,
                           receives_person, verb_after, verb_form)
from .chaired import chaired_meetings
from .cosigned import cosigned, signed_by
from .summits import counted_after, joint_purpose, setting_only, summits, together

class EnglishTalks(MeetingReader):
    def sentence(self, doc: Doc, sent: Sent, n: int) -> list[Event]:
        return self._sentence(doc, sent)

    def visits(self, doc: Doc, found: list[Event]) -> list[Event]:
        return summits(doc, found) + cosigned(doc, found) + chaired_meetings(doc, found)

    def settled(self, doc: Doc, events: list[Event]) -> list[Event]:
        # a summit is read after the sentences, but told where its first sentence stands
        return resolve_sides(doc, sorted(events, key=lambda v: v.evidence[0].start))

    def _sentence(self, doc: Doc, sent: Sent) -> list[Event]:
        toks = sent.tokens
        parts, told, found_here = clauses(sent), [], []
        for m in triggers("en").finditer(toks):
            part = next(c for c in parts if c[0] <= m.start < c[1])
            if told and (part in told or len(parts) == 1):
                continue
            self.clause = (toks[part[0]].start, toks[part[1] - 1].end) if len(parts) > 1 else (sent.start, sent.end)
            kind, how, code = m.value
            i = m.start
            if kind == "noun" and how == "phone" and fold(toks[i].text) in meeting_words("en", "phone_verb"):
                kind = "host"       # "X called Y": the verb of the phone call, its object the other side
            if in_quote(doc, toks[i].start):
                continue
            if kind in ("verb", "host") and not verb_form(toks[i]):
                continue
            if kind == "host" and not receives_person(doc, sent, m.end):
                continue
            if calls_on(toks, m.start, m.end) and calls_to_act(sent, m.end):
                continue      # "called on X to ...": an appeal (speech.tsv)
            if kind == "verb" and fold(toks[i].text) in meeting_words("en", "meet") \
                    and not meets_someone(doc, sent, m.end):
                continue      # "to meet the demand"
            if kind == "verb" and m.end == i + 1 and m.end < len(toks) and not pair(doc, sent, i) \
                    and fold(toks[m.end].text) in meeting_words("en", "topic_after"):
                continue      # "officials now talk about 2027": what they say, not a meeting
            if kind == "noun" and not held(doc, sent, m.start, m.end):
                continue
            if kind == "pair" and not (verb_form(toks[i]) and pair(doc, sent, i)):
                continue
            if kind == "pair" and i + 2 < len(toks) and fold(toks[i + 1].text) == "to" \
                    and toks[i + 2].lemma in ("meet", "hold", "visit"):
                continue      # "A and B agreed to meet again": the meeting they plan, read at its own verb
            events = self._event(doc, sent, m.start, m.end, kind, how, code)
            if events:
                told.append(part)
                found_here.extend(events)
        self.clause = None
        if found_here:
            return found_here
        found = self._from_frames(doc, sent)
        return [found] if found is not None else []

    def _from_frames(self, doc: Doc, sent: Sent) -> Event | None:
        """"During his meeting with X", "after talks with the Kazakh president", "The president
        discussed trade with X": a meeting noun or a verb of discussion with a partner, read by the
        shared frame rules (meeting_frames.py); a partner named by office alone is its state; envoys
        handing their credentials (meeting_envoys.py)."""
        found = None if in_headline(doc, sent.start) else \
            partner_meeting(doc, sent, _offices, among=True) or discussion(doc, sent) or credentials(doc, sent, {})
        if found is None:
            return None
        people, i = found
        # "held talks with several counterparts on the sidelines of the X Forum": not the forum
        people = [e for e in people if e.type == "PER" or not setting_only(doc, sent, e)]
        toks = sent.tokens
        if not enough_sides(doc.lang, people):
            return None
        if in_quote(doc, toks[i].start) or near(toks, "ahead", i - 4, i) or near(toks, "asked", i - 4, i) \
                or near(toks, "hindered", i - 3, i):
            return None       # "ahead of the talks with X": not held yet; "Asked about the talks with X": a topic;
            # "which had held up talks for years": talks in general, none told
        if told_as_history(doc, sent, i):
            return None       # "Three years ago, X held talks with Y": history, as a verb's meeting is
        dates = find_dates(sent.text, "en", doc.date)
        return meeting(doc, sent, people, sentence_place(doc, sent, people), modality(doc, sent, i),
                       mode(doc, sent, "in_person"), "in_person", dates[0].value if dates else None)

    def implied(self, doc: Doc) -> Event | None:
        """"... signed a treaty. The ceremony took place following talks in Baku.": the article
        refers to talks it never reports as such; they were held by the two persons who act
        together first (different states, outside quotes)."""
        back = None
        for sent in body_sents(doc):
            for m in triggers("en").finditer(sent.tokens):
                if m.value[0] == "noun" and m.value[2] != "visit" and not in_quote(doc, sent.tokens[m.start].start) \
                        and near(sent.tokens, "back", m.start - 3, m.start) \
                        and modality(doc, sent, m.start) == "asserted":       # not "during the next meeting"
                    back = back or (sent, m)
        if back is None:
            back = self._cosigned(doc)
        if back is None:
            return None
        for sent in body_sents(doc):
            people = []
            for mm, e in mentions_in(doc, sent.start, sent.end, ("PER",)):
                if e not in people and not in_quote(doc, mm.start):
                    people.append(e)
            countries = {e.country for e in people if e.country}
            if len(people) >= 2 and (len(countries) >= 2 or not countries):
                bsent, m = back
                v = meeting(doc, sent, people[:2], sentence_place(doc, bsent, people), modality(doc, bsent, m.start),
                            m.value[1], m.value[2])
                v.evidence.append(evidence(doc, bsent.start, bsent.end))
                return v
        return None

    @staticmethod
    def _cosigned(doc: Doc):
        """"Tajik Energy Minister A and Uzbek Energy Minister B signed an agreement": two persons of
        two states who sign together have met; the signing verb stands for the meeting."""
        from ..agreements import documents
        from .agreements import _is_signing
        for sent in body_sents(doc):
            toks = sent.tokens
            for i, t in enumerate(toks):
                if not _is_signing(t):
                    continue
                # "A ceremony was held in the presence of A and B"; not "signed by ministers A and B in
                # the presence of the presidents": the signers named, the leaders only watch a ceremony
                together = near(toks, "witness", i, len(toks)) and not signed_by(doc, sent, i) \
                    or t.pos == "VERB" and t.feats.get("Tense") == "Past" \
                    and len({e.country for e in subject_before(doc, sent, chain_start(toks, i))
                             if e.type == "PER" and e.country}) >= 2 \
                    and any(True for _ in documents("en").finditer(toks[i:]))
                if together and modality(doc, sent, i) == "asserted":
                    return sent, Match(i, i + 1, ("verb", "in_person", "in_person"))
        return None

    def _event(self, doc: Doc, sent: Sent, a: int, b: int, kind: str, how: str, code: str) -> list[Event]:
        toks = sent.tokens
        # "the foreign ministers of A and B met": the group of offices sits as the states it names;
        # "the three ministers met": as the three persons so titled
        participants = [s for e in self._participants(doc, sent, a, b)
                        for s in (office_states(doc, e) or counted_holders(doc, e) or [e])]
        visitor = _visitor(doc, sent, a) if code == "visit" else []
        teller = []       # "He recalled that X paid a visit to Rome": not the one who tells of it
        if visitor:
            after = {e.id for _, e in mentions_in(doc, toks[a].start, sent.end)}
            teller = [e for e in participants if e not in visitor and e.id not in after]
            participants = [e for e in participants if e not in teller]
        others, (x, y) = self._counterparts(doc, sent, b, kind)
        # a group in the object ("the foreign ministers of Spain") is told by its states
        hosts = [e for e in participants if e not in others
                 and not (e.group and others and any(x <= m.start < y for m in e.mentions))]
        # a body of the host's own state is his own side; a state only guessed for him is no evidence
        home = {e.country for e in hosts if e.country and e.type == "PER" and e.id not in guessed(doc)}
        others = [e for e in others if e.type == "PER" or e.country not in home]
        if len(hosts) + len(others) == 1:     # "the delegation was received by X": its head named before
            others += [e for e in head_named_before(doc, sent, toks[:a]) if e not in hosts + others]
        if len(hosts) + len(others) == 1 and a > 1 and toks[a - 1].lemma == "be":
            # "The Chilean president was received by X": the office in the subject, for its state
            others += [e for e in counterparts(doc, sent, 0, a - 1) if e not in hosts + others]
        hero = protagonist(doc)
        if hero is not None and hero.country and hero not in hosts + others:
            # "the Kazakh delegation held talks with X": the article's protagonist led his state's delegation
            hosts = [hero if e.group and e.country == hero.country and is_delegation(e) else e for e in hosts]
        if len(hosts) + len(others) == 1 and hero is not None and hero not in others + teller \
                and not in_headline(doc, sent.start) \
                and not any(e.type == "PER" for e in subject_before(doc, sent, a)) \
                and not any(e.group and fold(e.name).split()[-1] in meeting_words("en", "sides")
                            for e in hosts + others):
            hosts.insert(0, hero)
        participants = hosts + [e for e in others if e not in hosts]
        participants = [e for n, e in enumerate(participants) if all(e.id != o.id for o in participants[:n])]
        if len(participants) == 1 and participants[0].type == "PER" and kind in ("noun", "verb"):
            participants += body_visited(doc, sent, b)    # "held talks at Mongolia's Ministry of Energy"
        if kind == "noun" and not any(e.type == "PER" for e in participants):
            participants = heads_after(doc, sent) or participants      # the sides' heads, named next
        if not enough_sides(doc.lang, participants):
            return []
        if told_as_history(doc, sent, a if kind != "noun" or toks[a].head < 0 else toks[a].head):
            return []         # "In 2011, X met with Y": years before the article, history
        mod = modality(doc, sent, a)
        if mod == "asserted" and kind == "noun":
            # "The talks between A and B will take place in May": the verb after the noun decides
            k = verb_after(toks, b)
            while k is not None and k + 1 < len(toks) and toks[k].pos in ("AUX", "PART", "ADV"):
                k += 1        # "will take place": the modal stands before the main verb
            if k is not None:       # "the visit has been postponed": the verb's own sense counts too
                own = modality_matcher("en").match_at(toks, k)
                mod = own.value if own is not None and own.value in ("planned", "negated") else modality(doc, sent, k)
        how, location = mode(doc, sent, how), sentence_place(doc, sent, participants, code == "visit")
        dates = find_dates(sent.text, "en", doc.date)
        end = object_span(sent, b)[1] if b < len(toks) else b
        groups = [participants]
        separate = near(toks, "separate", a - 3, b + 2)
        # "on the sidelines of the summit, X held bilateral talks with A and B": the words of the
        # meetings themselves say they were separate, whatever joint event they were held at
        joint = together(toks, a - 3, end) or joint_purpose(toks, end) or counted_after(doc, sent, len(participants))
        if one_per_counterpart(hosts, others, joint and not separate, separate):
            groups = [hosts + [e] for e in others]
        return [meeting(doc, sent, group, location, mod, how, code, dates[0].value if dates else None)
                for group in groups]

    @staticmethod
    def _counterparts(doc: Doc, sent: Sent, b: int, kind: str) -> tuple[list[Entity], tuple[int, int]]:
        """The object of "met (with) X", "received X", "a meeting with X", and its offsets."""
        toks = sent.tokens
        if b >= len(toks):
            return [], (0, 0)
        with_ = fold(toks[b - 1].text) == "with" or fold(toks[b].text) == "with"
        k = between_at(toks, b) if kind == "noun" else None
        if k is not None:       # "Talks were held between A and the Foreign Minister of Oman": both sides
            x, y = object_span(sent, k + 1)
            return counterparts(doc, sent, x, y), (toks[x].start, toks[y - 1].end) if x < y else (0, 0)
        meet = kind == "verb" and fold(toks[b - 1].text) in meeting_words("en", "meet")
        if not with_ and not (kind == "host" or meet):
            return [], (0, 0)
        x, y = object_span(sent, b)
        if kind == "noun" and toks[0].pos in ("ADP", "SCONJ"):
            # "In the talks with Vargas, the Bulgarian premier stressed": the phrase ends at the comma
            y = next((k for k in range(x, y) if toks[k].text == ","), y)
        if x >= y:
            return [], (0, 0)
        sides = counterparts(doc, sent, x, y) or delegation_members(doc, sent, x, y) \
            or (bodies_met(doc, sent, x, y) if kind == "verb" else [])
        return sides, (toks[x].start, toks[y - 1].end)

    def _participants(self, doc: Doc, sent: Sent, a: int, b: int) -> list[Entity]:
        toks = sent.tokens
        out: list[Entity] = []
        near = set(e.id for e in subject_before(doc, sent, chain_start(toks, a)))
        v = toks[a].head
        if toks[a].rel == "obj" and 0 <= v < a and toks[v].pos == "VERB" and fold(toks[v + 1].text) in ("a", "an"):
            # "the three ministers held a trilateral meeting": the subject of the verb that holds one
            near |= {e.id for e in subject_before(doc, sent, chain_start(toks, v))}
        k = b if fold(toks[b - 1].text) == "with" else b + 1 if b < len(toks) and fold(toks[b].text) == "with" else None
        if k is not None and k < len(toks):
            while k < len(toks) and toks[k].pos == "DET":
                k += 1
            e = entity_at(doc, toks[k]) if k < len(toks) else None
            if e is not None:
                near.add(e.id)
        # "..., according to a readout issued by spokesperson X": the source of the news is not at the table
        source = next((t.start for n, t in enumerate(toks[b:-1], b) if fold(t.text) == "according"
                       and fold(toks[n + 1].text) == "to"), sent.end)
        a_, b_ = getattr(self, "clause", None) or (sent.start, sent.end)      # the trigger's clause (_sentence)
        for m, e in mentions_in(doc, max(a_, sent.start), min(b_, sent.end)):
            if e in out or in_quote(doc, m.start) or m.start >= source and e.id not in near:
                continue
            if e.type == "PER" or e.group and e.id in near:
                out.append(e)
        if not out:
            for m, e in mentions_in(doc, sent.start, sent.end, ("GPE", "ORG")):
                if e.id in near and e not in out:
                    out.append(e)
        return out


def _offices(doc: Doc, sent: Sent, tokens: tuple[int, ...]) -> list[Entity]:
    """A partner the parse gives without a name: the state of its office ("the Kazakh president")."""
    return counterparts(doc, sent, tokens[0], tokens[-1] + 1)


def _visitor(doc: Doc, sent: Sent, a: int) -> list[Entity]:
    """The subject of the verb a visit is paid with ("X paid a visit to Rome"): one side of the
    visit; the other is the host it names after it."""
    toks = sent.tokens
    verb = next((k for k in range(a - 1, -1, -1) if toks[k].pos == "VERB"), None)
    return subject_before(doc, sent, chain_start(toks, verb)) if verb is not None else []

