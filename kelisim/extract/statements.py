"""Statements: direct quotes and reported speech, each with its speaker, read the same way in
every language. The stage goes through an article in steps: direct quotes paragraph by
paragraph; quotes that run on over paragraphs (quote_runs.py: reopened with « or left open with
straight marks); an intro ending in ":" carried into the next paragraph; reported speech
sentence by sentence; then words quoted inside reported speech. Transcript turns ("В.Путин: ...") are
read before reported speech (transcripts.py). A language gives a reader
(ru_statements.py, en/statements.py, kk/statements.py) with
  direct(doc, a, b, taken)          the quotes of a paragraph and their speakers,
  attribution(doc, qa, qb, end)     (speaker, kind, end) of the quote text[qa:qb],
  quote_start(doc, qa, qb, end)     (evidence start, told start) of an attributed quote
                                    (SpeechReader.quoted_speech, the quote loop the readers share),
  introduced(doc, sent)             (speaker, kind) of an intro sentence ending in ":", or None,
  reported(doc, sent, taken)        the reported speech of a sentence,
  fragment_words, fragment_lower    which quotes inside reported speech are words, not names;
its words (verbs and nouns of speech, those who only carry the news) are data under lang/<xx>/.
"""
from __future__ import annotations

import re

from ..doc import Doc, Entity, Event
from ..nlp.frames import find_quotes
from .codes import statement_codes
from .quote_names import named_before, names_a_thing, word_noun_before
from .context import body_sents, evidence, headline_end, mentions_in
from .readers import reader_for
from .speakers import DASHES, speech_kind

OPENING = ('"', "“", "«", "'")
CLOSING = ('"', "”", "»", "'")


def said(doc: Doc, start: int, end: int, speaker: Entity, kind: str, direct: bool, text: str,
         codes: dict | None = None) -> Event:
    """A statement of `speaker` with evidence text[start:end]; `codes` carried from another one."""
    return Event(id="", type="statement", evidence=[evidence(doc, start, end)],
                 codes=dict(codes) if codes is not None else statement_codes(kind),
                 attrs={"speaker": speaker.id, "direct": direct, "text": text})


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(x <= offset < y for x, y in spans)


class SpeechReader:
    """What a language's reader of statements need not change: the speaker who goes on
    (last_speaker) and the loop over a paragraph's quotes (quoted_speech), with its defaults."""
    fragment_names: str | None = None   # lang/<xx>/ nouns after a quote that make it a name, no words
    inline_intros = False     # "X said: <words>" inside one paragraph (colon_speeches)
    reread_taken = False      # a quote inside a span told before in its paragraph is read too

    def __init__(self) -> None:
        self.last_speaker: Entity | None = None

    def quoted_speech(self, doc: Doc, quotes: list[tuple[int, int]], para_end: int,
                      taken: list[tuple[int, int]]) -> list[Event]:
        """The direct speech of a paragraph's quotes text[qa:qb]: each of three words or more, not
        told yet, whose attribution (the reader's) names a speaker; quote_start gives where its evidence and
        the span it tells begin, said_besides what else the attribution says."""
        text = doc.text
        out: list[Event] = []
        for qa, qb in quotes:
            if len(text[qa:qb].split()) < 3 or not self.reread_taken and inside(qa, taken):
                continue
            speaker, kind, end = self.attribution(doc, qa, qb, para_end)
            if speaker is None:
                continue
            start, told = self.quote_start(doc, qa, qb, end)
            taken.append((told, end))
            self.last_speaker = speaker
            out.append(said(doc, start, end, speaker, kind, True, text[qa:qb].strip(" ,")))
            out.extend(self.said_besides(doc, qb, start, end, speaker))
        return out

    def quote_start(self, doc: Doc, qa: int, qb: int, end: int) -> tuple[int, int]:
        """The evidence of a quote opens at its quote mark; the span it tells, at its words."""
        return (qa - 1 if doc.text[qa - 1:qa] in "«“\"" else qa), qa

    def said_besides(self, doc: Doc, qb: int, start: int, end: int, speaker: Entity) -> list[Event]:
        return []


def dialogue_end(text: str, q0: int, b: int, gap: str = r"\s*") -> int | None:
    """Where words opened by a dialogue dash at q0 end: at the punctuation of the last ", – "
    before a word in text[q0:b] ("– Мы готовы, – сказал X", "– Біз дайынбыз, – деді ол"), or None."""
    last = None
    for last in re.finditer(rf"[,.!?]\s*[–—-]{gap}(?=\w)", text[q0:b]):
        pass
    return q0 + last.start() if last is not None else None


def body_paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """The paragraphs after the headline (the date line and the headline hold no statements)."""
    hl = headline_end(doc)
    return [(max(a, hl), b) for a, b in doc.paragraphs() if b > hl + 1]


def quoted_fragments(doc: Doc, reported: list[Event], taken: list[tuple[int, int]], min_words: int,
                     lower: bool, names: str | None = None) -> list[Event]:
    """Words quoted inside reported speech are the speaker's own as well ('заявил, что обстановка
    «развивается в сторону стабилизации»', 'called the plant "a milestone for the region"'): a
    direct statement too, for each speaker of the sentence. Where `lower`, a quote that starts with
    a capital is a name ("«Газпром»"), no one's words; elsewhere `min_words` keeps names out. A
    quote right before a noun of the lexicon `names` (lang/<xx>/<names>) names a thing: "«жасыл
    дәліз» режимін" (the «green corridor» regime) is no one's words."""
    told = list(taken)
    out: list[Event] = []
    framed: list[Event] = []
    for v in list(reported):
        ev = v.evidence[0]
        frame = v.attrs.pop("frame", False)      # a reader's mark: the verb only frames a quote ("called X")
        # a quote opened in the sentence may close past it: '...: "Дефицит достигает 15%. Нужны ..."'
        stop = next((b for a, b in doc.paragraphs() if a <= ev.start < b), ev.end)
        for qa, qb in [] if v.attrs["direct"] else [q for q in find_quotes(doc.text, ev.start, stop) if q[0] < ev.end]:
            words = doc.text[qa:qb].split()
            # (a capital after a colon opens a quoted sentence: 'приоритет: "В зимний период ..."')
            if inside(qa, told) or len(words) < min_words and not (len(words) == 1 and word_noun_before(doc, qa)) \
                    or names and names_a_thing(doc, qb, names) \
                    or named_before(doc, qa) \
                    or lower and not words[0][:1].islower() and not doc.text[:qa].rstrip(" " + "".join(OPENING)).endswith(":") \
                    or _owner(doc, reported, v, qa) is not v:
                continue
            out.append(said(doc, ev.start, ev.end, doc.entity(v.attrs["speaker"]), "", True,
                            doc.text[qa:qb].strip(" ,"), codes=v.codes))
            if frame or _only_frame(v.attrs.get("text") or "", doc.text[qa:qb]):
                framed.append(v)      # 'described the visit as "a new page ..."': the quote is all he said
                break
    for v in framed:        # (dropped once every quote has found its owner among all the verbs)
        reported.remove(v)
    return out


def _told_at(doc: Doc, v: Event) -> int:
    """Where the reported words of v begin (right after its verb of speech), or its sentence's start."""
    ev, text = v.evidence[0], v.attrs.get("text") or ""
    at = doc.text.find(text[:40], ev.start, ev.end) if text else -1
    return at if at >= 0 else ev.start


def _owner(doc: Doc, reported: list[Event], v: Event, qa: int) -> Event | None:
    """"X заявил, что визит «вызывает сожаление», а Y отметил, что он «ранит чувства»": of the
    reported speech in one sentence, a quote belongs to the speaker whose words it stands in, the
    last one told before it (the first one where it comes before them all)."""
    ev = v.evidence[0]
    same = sorted((v2 for v2 in reported if not v2.attrs["direct"] and v2.evidence[0].start == ev.start
                   and v2.evidence[0].end == ev.end), key=lambda v2: _told_at(doc, v2))
    before = [v2 for v2 in same if _told_at(doc, v2) <= qa]
    owner = before[-1] if before else same[0]
    # another verb of speech between the owner's words and the quote, whose speaker was not found,
    # brings in the quote: it is nobody's we know ("..., а глава МИДа отметил, что ... «...»")
    sent = doc.sent_at(qa)
    told = _told_at(doc, owner)
    toks = sent.tokens if sent is not None else []
    if before and told > ev.start and any(
            told < t.start < qa and t.pos == "VERB" and t.feats.get("VerbForm") not in ("Conv", "Part", "Ger", "Inf")
            and speech_kind(doc.lang, t.text) and any(x.head == k and x.rel.startswith("nsubj") for x in toks)
            for k, t in enumerate(toks)):
        return None       # (a verb of the same speaker with no subject of its own, "заявив", "и поставил", is his)
    return owner


def _only_frame(content: str, quote: str) -> bool:
    """Is the reported content a few words that only frame the quote closing it as what a thing is
    ("described the visit as")? Then the speaker said the quoted words and nothing of his own; a
    clause ("отметил, что страны «...»") is his own report besides."""
    at = content.find(quote.strip(" ,.")[:30])
    frame = re.findall(r"\w+", content[:at]) if at >= 0 else []
    return 2 <= len(frame) <= 4 and frame[-1].lower() in ("as", "как", "ретінде") \
        and not re.search(r"\w", content[at + len(quote.strip(" ,.")):])


def plain_speech(doc: Doc, a: int, b: int, speaker: Entity) -> bool:
    """Whether paragraph text[a:b] goes on with words given without quote marks after an intro
    ("The Minister said:" and then paragraphs of his, as government releases print a statement):
    a run of sentences that quotes no one else and names the speaker neither by name nor by his
    title, since narration about him ("The Minister will return to ...") or a heading ends it."""
    text = doc.text[a:b].strip()
    if not text.endswith((".", "!", "?", "…")):
        return False
    if any(len(doc.text[x:y].split()) >= 3 for x, y in find_quotes(doc.text, a, b)):
        return False
    if any(e is speaker for _, e in mentions_in(doc, a, b, ("PER",))):
        return False
    low = " " + text.lower()
    # "the Foreign Secretary will return": his title, the name left out, tells of him
    return not any(f" the {r.title.lower()} " in low for r in speaker.roles if r.title)


def inline_speech(doc: Doc, a: int, b: int, introduced, taken: list[tuple[int, int]]
                  ) -> tuple[Event, tuple[Entity, str]] | None:
    """"The Minister said: The floods have ...": words after an intro's colon inside the paragraph,
    without quote marks, are the speaker's direct speech up to the paragraph's end (and run on
    in plain paragraphs); the statement and the intro's (speaker, kind), or None."""
    c = doc.text.find(":", a, b)
    rest = doc.text[c + 1:b].strip() if c >= 0 else ""
    if len(rest.split()) < 3 or rest.startswith(OPENING) or any(x < b and a < y for x, y in taken):
        return None
    sent = doc.sent_at(c)
    intro = introduced(doc, sent) if sent is not None and sent.tokens else None
    if intro is None:
        return None
    start = b - len(doc.text[c + 1:b].lstrip())
    taken.append((start, b))
    return said(doc, start, b, intro[0], intro[1], True, rest), intro


def colon_speeches(doc: Doc, paragraphs: list[tuple[int, int]], introduced, taken: list[tuple[int, int]],
                   inline: bool = False) -> list[Event]:
    """An intro ending in ":" at the end of a paragraph ("Президент подчеркнул:", "Closing the
    briefing, the Minister said:") carries on: the next paragraph is the speaker's words, quoted
    or not, and so is each further one that opens with a quote mark and names no person of its
    own. Where the first paragraph after the intro has no quote marks, the words run on in plain
    paragraphs too (plain_speech). They are direct speech (GOLD.md). `introduced(doc, sent)` is
    the reader's (speaker, kind) for the sentence of the intro, or None. Where `inline` (a reader
    whose `introduced` takes only a verb of speech right before the colon), the words may follow
    the colon inside the intro's paragraph too (inline_speech)."""
    out: list[Event] = []
    intro, first, plain = None, False, False      # first: the paragraph right after the intro
    for a, b in paragraphs:
        text = doc.text[a:b].strip()
        if intro is not None and first and text[:1] in DASHES and text[1:2] == " " and not text.endswith("?"):
            text = text[2:]   # "Министр сказал:" then "— Мы видим ...": a dialogue line, his words
        if intro is not None and len(text.split()) >= 3 and text[:1] not in DASHES \
                and (first or text.startswith(OPENING) or plain and plain_speech(doc, a, b, intro[0])) \
                and not any(x < b and a < y for x, y in taken):
            if not first and text.startswith(OPENING) and (any(e.type == "PER" for _, e in mentions_in(doc, a, b))
                                                           or plain and not text.endswith(CLOSING)):
                intro = None      # a paragraph naming someone, or speaking after its quote, tells its own attribution
                continue
            plain = not text.startswith(OPENING) if first else plain
            start = a + len(doc.text[a:b]) - len(doc.text[a:b].lstrip())
            out.append(said(doc, start, b, intro[0], intro[1], True, text.strip('"“”«» ')))
            taken.append((start, b))
            first = False
            continue
        sent = doc.sent_at(doc.text.rindex(":", a, b)) if text.endswith(":") else None
        intro = introduced(doc, sent) if sent is not None and sent.tokens else None
        first, plain = intro is not None, False
        if intro is None and inline and (told := inline_speech(doc, a, b, introduced, taken)) is not None:
            out.append(told[0])
            intro, plain = told[1], True
    return out


class Statements:
    """The statement stage; `taken` holds the spans already told, which no later step reads again."""
    name = "statements"
    requires = ("entity_ids",)
    assigns = ("statements",)
    langs = ("ru", "en", "kk")

    def __call__(self, doc: Doc) -> Doc:
        from .quote_runs import carried_on, continued_quotes, reopened_runs   # they build on said()
        from .transcripts import transcript_turns
        reader = reader_for("statements", doc.lang)()
        taken: list[tuple[int, int]] = []
        events: list[Event] = []
        paragraphs = body_paragraphs(doc)
        for a, b in paragraphs:
            events.extend(reader.direct(doc, a, b, taken))
        events.extend(reopened_runs(doc, paragraphs, reader.attribution, taken))
        runs = continued_quotes(doc, paragraphs, reader.attribution, taken)
        events += runs + carried_on(doc, paragraphs, events + runs, taken)
        events.extend(colon_speeches(doc, paragraphs, reader.introduced, taken, reader.inline_intros))
        events.extend(transcript_turns(doc, paragraphs, taken))
        # who spoke in quotes, and where: "По его словам" after a quote goes on with its speaker
        reader.spoken = [(v.evidence[0].start, doc.entity(v.attrs["speaker"])) for v in events if v.attrs.get("direct")]
        reported = [v for sent in body_sents(doc) for v in reader.reported(doc, sent, taken)]
        events += reported + quoted_fragments(doc, reported, taken, reader.fragment_words, reader.fragment_lower,
                                              reader.fragment_names)
        doc.events.extend(sorted(events, key=lambda v: v.evidence[0].start))
        return doc
