"""The Russian reader of statements (statements.py runs it): direct quotes and reported speech.

Direct: words in «», "", “” or after a dialogue dash, attributed by a verb of speech next to them ("..., –
сказал Ермек Кошербаев", "X заявил: «...»"). Reported: a verb of speech or evaluation (lang/ru/speech.tsv)
whose subject is a person or a group, a pronoun resolved by coreference, or no subject at all (the speaker
of the sentence before goes on). A ministry or agency that only reports the news is a source, not a speaker.
"""
from __future__ import annotations

import re

from ..doc import Doc, Entity, Event, Sent
from ..nlp.match import fold, word_keys
from .statements import SpeechReader, dialogue_end, inside, said
from .statement_frames import (according, body_head, body_office, body_said_in, frame_statements, said_in_text,
                               words_passed_on)
from .context import children, entity_of_token, has_subject, lemma_in, token_index, mentions_in, protagonist, subject_entities
from ..nlp.frames import find_quotes
from .ru_speaker_gender import agreed_at, agreeing
from .salience import commentator_named
from .ru_speech_labels import labelled
from .collective import plural_office_object
from .ru_speech_shapes import (INNER_ATTRIBUTION, after_quoted_outlet, first_person_before, impersonal_author,
                               in_nominative_first, is_dialogue, is_question, lost_subject, named_after, named_at_start,
                               named_subject, only_quoted, possessor, pronoun_subject, says_nothing, subject_before, verb_before_colon)
from .speakers import (DASHES, bare_comment, celebrates, credits_news, greets, phrase_kind, quote_verb, reporting, sources,
                       speaker_ok, speaker_ok_body, speech_kind)


class RussianSpeech(SpeechReader):
    """The Russian reader of the statement pipeline (statements.py)."""
    fragment_words, fragment_lower = 2, True    # a quote in reported words: "«развивается ...»"

    def __init__(self) -> None:
        super().__init__()
        self._guessed = False        # the speaker found last is the one who spoke before, no subject
        self.prev_para = ""

    def direct(self, doc: Doc, a: int, b: int, taken: list[tuple[int, int]]) -> list[Event]:
        """A paragraph's quotes, or the answer of an interview."""
        found = self._direct(doc, a, b, taken)
        if not found and is_question(self.prev_para) and is_dialogue(doc.text[a:b]):
            found = self._answer(doc, a, b, taken)
        self.prev_para = doc.text[a:b]
        return found

    def introduced(self, doc: Doc, intro: Sent) -> tuple[Entity, str] | None:
        """"Президент подчеркнул:": the speaker of the last verb of speech of an intro."""
        toks = intro.tokens
        verb = next((i for i in range(len(toks) - 1, -1, -1)
                     if toks[i].pos == "VERB" and speech_kind(doc.lang, toks[i].text)), None)
        speaker = self._speaker(doc, intro, verb) if verb is not None else None
        return (speaker, speech_kind(doc.lang, toks[verb].text) or "generic") if speaker else None

    # ------------------------------------------------------------------ direct
    def _direct(self, doc: Doc, a: int, b: int, taken: list[tuple[int, int]]) -> list[Event]:
        text = doc.text
        para = text[a:b]
        quotes = find_quotes(text, a, b)
        stripped = para.lstrip()
        if stripped[:1] in DASHES and stripped[1:2] == " ":
            # a dialogue paragraph: "– words, – сказал X."
            q0 = a + (len(para) - len(stripped)) + 2
            if (end := dialogue_end(text, q0, b, r"\s+")) is not None:
                quotes = [(q0, end + (1 if text[end] in "!?" else 0))] + quotes
        return self.quoted_speech(doc, quotes, b, taken)

    def quote_start(self, doc: Doc, qa: int, qb: int, end: int) -> tuple[int, int]:
        """A quote's statement opens at its quote mark or a dialogue dash before it; the span told
        opens at the verb that brings the quote in ("сказал: «...»"), which says nothing more."""
        text = doc.text
        start = qa - 1 if text[qa - 1:qa] in "«“„\"" else qa
        if text[start - 2:start] in ("– ", "— ", "- "):
            start -= 2
        return start, min(qa, self._verb_start or qa)

    def attribution(self, doc: Doc, qa: int, qb: int, para_end: int) -> tuple[Entity | None, str, int]:
        """The speaker, kind and end of a quote's attribution (_attribution with its verb's kind)."""
        speaker, end = self._attribution(doc, qa, qb, para_end)
        if speaker is not None:
            self.last_speaker = speaker
        return speaker, speech_kind(doc.lang, self._verb_word) or "generic", end

    def _answer(self, doc: Doc, a: int, b: int, taken: list[tuple[int, int]]) -> list[Event]:
        """An interview: "– Какие направления ...?" then "– Прежде всего ..." with nobody named is
        the answer of the person interviewed, the one the article is about."""
        text = doc.text
        qa = a + (len(text[a:b]) - len(text[a:b].lstrip())) + 2
        qb = len(text[:b].rstrip())
        speaker = protagonist(doc, before=a)
        if speaker is None or is_question(text[a:b]) or len(text[qa:qb].split()) < 3:
            return []
        taken.append((qa, qb))
        self.last_speaker = speaker
        return [said(doc, qa - 2, qb, speaker, "generic", True, text[qa:qb].strip())]

    def _attribution(self, doc: Doc, qa: int, qb: int, para_end: int) -> tuple[Entity | None, int]:
        """The speaker of a quote, from a verb of speech right after it or right before it."""
        text = doc.text
        self._verb_word = ""
        self._verb_start: int | None = None
        self._guessed = False
        after = text[qb:para_end]
        # "«...», – сказал X"; the dash is often left out after the comma ("«...», сказал X")
        m = re.match(r"[»”“\"]?\s*[,.!?]?\s*[–—-]+\s*(\w+)", after) or re.match(r"[»”“\"]\s*,\s*(\w+)", after)
        if m and (found := said_in_text(doc, qb + m.start(1), para_end)) is not None:
            return found       # "«...», – говорится в заявлении МИД"
        if m and quote_verb(doc.lang, m.group(1)):
            self._verb_word = m.group(1)
            vstart = qb + m.start(1)
            sent = doc.sent_at(vstart)
            send = min(sent.end if sent else para_end, para_end)
            speaker = self._after_quote(doc, sent, vstart, send, qa, qb)
            return agreed_at(doc, sent, vstart, self._guessed, speaker), send
        vstart = verb_before_colon(doc, qa)
        sent = doc.sent_at(vstart) if vstart is not None else None
        if sent is not None:
            self._verb_start = vstart
            i = next(k for k, t in enumerate(sent.tokens) if t.start >= vstart)
            self._verb_word = sent.tokens[i].text
            subj = [e for e in subject_entities(doc, sent, i) if speaker_ok(e) and not only_quoted(doc, sent, e)]
            end = min(max(qb + 1, sent.end), para_end)
            if subj:
                return agreeing(doc, sent.tokens[i], subj[0]), end
            # the parser hung the name on the quote's verb: "Наблюдатель депутат X сообщил: «Мы ...»"
            if fold(sent.tokens[i].text).endswith("ся"):
                return impersonal_author(doc, sent, i), end     # "сообщается в заявлении X:"
            named = named_at_start(doc, sent, i) or named_after(doc, sent, i)
            if named is not None or not has_subject(sent, i):
                self._guessed = named is None
                quoted = {e.id for _, e in mentions_in(doc, qa, qb, ("PER",))}
                return agreeing(doc, sent.tokens[i], named or self._fallback(doc, qa, quoted), self._guessed), end
        return self._split_by_attribution(doc, qa, qb)

    def _split_by_attribution(self, doc: Doc, qa: int, qb: int) -> tuple[Entity | None, int]:
        """"«Здоровье – наш приоритет, – подчеркнул Президент. – Государство ...»": the verb of
        speech stands inside the quote marks, between dashes; the quote is all of it. Else
        "Фамилия: «...»", "Посол: «...»": a label with no verb names the speaker (labelled)."""
        text = doc.text
        m = INNER_ATTRIBUTION.search(text, qa, qb)
        if m is None or not quote_verb(doc.lang, m.group(1)):
            return labelled(doc, qa), qb
        self._verb_word = m.group(1)
        vstart = m.start(1)
        sent = doc.sent_at(vstart)
        speaker = self._after_quote(doc, sent, vstart, m.end(), qa, m.start())
        return agreed_at(doc, sent, vstart, self._guessed, speaker), qb

    def _after_quote(self, doc: Doc, sent: Sent | None, vstart: int, send: int, qa: int, qb: int) -> Entity | None:
        """"«...», – сказал X": the subject of the verb after the quote; "– сообщает МИД",
        "– подчеркнули в Минфине": a state body that quotes its own words speaks. Never a person
        named inside the quote."""
        inside = {e.id for _, e in mentions_in(doc, qa, qb, ("PER",))}
        later = [e for _, e in in_nominative_first(doc, sent, mentions_in(doc, vstart, send, ("PER", "ORG")))
                 if e.id not in inside]
        person = words_passed_on(doc, vstart, send, qa, inside) or next((e for e in later if speaker_ok(e)), None) \
            or body_head(doc, vstart, send, qa, inside)
        if person is not None:
            return person
        body = next((e for e in later if e.type == "ORG" and speaker_ok_body(doc.lang, e)), None)
        if body is not None and sent is not None and not self._source_subject(doc, sent, vstart):
            return body
        return commentator_named(doc, vstart, qa, inside) or self._fallback(doc, qa, skip=inside)

    def _source_subject(self, doc: Doc, sent: Sent, offset: int) -> bool:
        """Is the subject of the verb at `offset` a press service or an outlet, a source?"""
        i = token_index(sent.tokens, offset)
        return i is not None and (credits_news(doc.lang, sent, i) or any(sent.tokens[c].rel.startswith("nsubj")
                                  and lemma_in(sent.tokens[c], sources(doc.lang)) for c in children(sent, i)))

    def _fallback(self, doc: Doc, offset: int, skip=frozenset()) -> Entity | None:
        self._guessed = True
        if self.last_speaker is not None and self.last_speaker.id not in skip:
            return self.last_speaker
        hero = protagonist(doc, before=offset)
        return hero if hero is not None and hero.id not in skip else None

    # ---------------------------------------------------------------- reported
    def reported(self, doc: Doc, sent: Sent, taken: list[tuple[int, int]]) -> list[Event]:
        toks = sent.tokens
        out, held = [], []
        done_subjects: set[str] = set()
        for i, t in enumerate(toks):
            kind = speech_kind(doc.lang, t.text) or phrase_kind(doc.lang, toks, i)
            if kind is None and according(doc.lang, toks, i):
                speaker = self._according_speaker(doc, sent, i)
                if speaker is not None and speaker.id not in done_subjects:
                    done_subjects.add(speaker.id)
                    self.last_speaker, self.last_at = speaker, sent.start
                    held.append(said(doc, sent.start, sent.end, speaker, "generic", False,
                                     doc.text[t.end:sent.end].strip(" ,:")))
                continue
            # "X уверен, что ...": a short adjective of conviction before its "что" clause speaks too
            if kind is None or t.pos != "VERB" and not (t.pos == "ADJ" and i + 2 < len(toks)
                                                        and toks[i + 1].text == "," and fold(toks[i + 2].text) == "что"):
                continue
            if t.feats.get("VerbForm") in ("Conv", "Part") or t.feats.get("Voice") == "Pass":
                continue
            if inside(t.start, taken):
                continue
            if celebrates(doc.lang, sent, i):
                continue      # "Мирзиёев отмечает 62-летие": he celebrates, he says nothing
            if greets(doc, sent, i) or bare_comment(doc, sent, i):
                continue      # "Участников форума приветствовал министр", "Новость прокомментировал X": no words
            if says_nothing(doc, sent, i):
                continue
            self._guessed = False
            speaker = agreeing(doc, t, self._speaker(doc, sent, i), self._guessed)
            if speaker is None or speaker.id in done_subjects or only_quoted(doc, sent, speaker):
                continue
            self.last_speaker, self.last_at = speaker, sent.start
            rest = doc.text[t.end:sent.end].strip(" ,:")
            if doc.text[t.end:sent.end].rstrip().endswith(":") and len(rest.split()) <= 1:
                continue      # "Дан заявил:": the intro of the words that follow, no statement itself
            done_subjects.add(speaker.id)
            cut = first_person_before(doc, sent, i)
            if cut is not None:
                # "Мы рассчитываем ..., сообщил X": unquoted words in the first person are his own
                out.append(said(doc, sent.start, sent.end, speaker, kind, True,
                                doc.text[sent.start:toks[cut].start].strip(" ,")))
                continue
            out.append(said(doc, sent.start, sent.end, speaker, kind, False, rest))
        # "по словам X, ...: «...»" tells the words before the colon
        return held + out + frame_statements(doc, sent, speaker_ok, done_subjects, taken)

    def _according_speaker(self, doc: Doc, sent: Sent, i: int) -> Entity | None:
        """The holder of "по словам X" / "по оценке министра X": the noun's own phrase; "по его
        мнению": the one who spoke last, else the person named last."""
        toks = sent.tokens
        if i > 0 and fold(toks[i - 1].text) in ("его", "ее", "её", "их"):
            from .salience import latest_speaker, salient_before
            return subject_before(doc, sent, (last := latest_speaker(self, sent.start))) or last \
                or next(iter(salient_before(doc, toks[i].start)), None)
        from ..nlp.frames import arg_tokens
        for k in list(arg_tokens(sent, i)) + list(range(i + 1, min(len(toks), i + 4))):
            e = entity_of_token(doc, toks[k])
            if k != i and speaker_ok(e):
                return e
        if i + 1 < len(toks) and not inside(toks[i].start, [(a, b) for a, b in find_quotes(doc.text, sent.start, sent.end)]):
            from .groups import holder_group
            return holder_group(doc, toks, i + 1)      # "по мнению сторон"
        return None

    def _speaker(self, doc: Doc, sent: Sent, i: int) -> Entity | None:
        toks = sent.tokens
        if self._source_subject(doc, sent, toks[i].start):
            return None       # "сообщила пресс-служба президента": the source, not the president
        named = named_subject(doc, sent, i)
        if named is not None:
            return named
        subj = subject_entities(doc, sent, i)
        ok = [e for e in subj if speaker_ok(e) and not possessor(doc, sent, i, e)]
        if ok:
            return pronoun_subject(doc, sent, i) or ok[0]
        told = after_quoted_outlet(doc, sent, i)
        if told is not None:
            return told
        if subj:
            # a ministry taking a position ("МИД выразил протест") speaks, one reporting news ("сообщили в
            # пресс-службе") is a source; its chair ("Председатель Меджлиса подчеркнула") speaks for it
            body = subj[0]
            held = body_office(doc, sent, i, body) if body.type == "ORG" else False
            if held is False and body.type == "ORG" and not body.group and toks[i].rel != "parataxis" \
                    and not word_keys(toks[i].text) & reporting(doc.lang) and speaker_ok_body(doc.lang, body):
                return body
            return None if held is False else held
        verb = toks[i]
        if has_subject(sent, i) or (verb.rel == "conj" and 0 <= verb.head < len(toks)
                                    and has_subject(sent, verb.head)):
            # a subject that is not an entity ("документ отмечает") or a pronoun coref missed
            for c in children(sent, i):
                if toks[c].rel.startswith("nsubj"):
                    e = entity_of_token(doc, toks[c])
                    return e if speaker_ok(e) else None
            return None
        if verb.rel == "acl:relcl" and 0 <= verb.head < len(toks) and 0 <= toks[verb.head].head < len(toks):
            # "министры приняли коммюнике, в котором подтвердили ...": the subject of the clause above
            ok = [e for e in subject_entities(doc, sent, toks[verb.head].head) if speaker_ok(e)]
            if ok:
                return ok[0]
        if (group := plural_office_object(doc, sent, i)) is not None:
            return group      # "Президенты с удовлетворением отметили": the parser's object
        if i > 0:
            # the parser lost the subject: "... Кая Каллас заявила" names the speaker right before
            e = entity_of_token(doc, toks[i - 1])
            if speaker_ok(e) and e.type == "PER" and toks[i - 1].case not in ("Dat", "Ins"):
                return e      # (not "Президенту доложили, что ...": the one told)
            e = named_at_start(doc, sent, i)
            if e is not None:
                return e
        if verb.feats.get("Number") == "Plur" or verb.feats.get("Person") in ("1", "2"):
            return body_said_in(doc, sent, i)   # "в МИД подчеркнули"; "сообщили в пресс-службе": nobody
        if verb.feats.get("VerbForm") == "Inf" or lost_subject(doc, sent, i):
            return None
        self._guessed = True
        return self.last_speaker

