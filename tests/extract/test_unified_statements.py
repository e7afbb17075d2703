"""Direct speech read by one quote loop (statements.SpeechReader.quoted_speech) in every
language: a reader gives the attribution of a quote and where its statement begins; the loop
keeps quotes of three words or more not told before, tells the span, and moves the speaker who
goes on. Words opened by a dialogue dash end where statements.dialogue_end says."""
from __future__ import annotations

import pytest

from kelisim.doc import Doc, Entity
from kelisim.extract.statements import SpeechReader, dialogue_end, said
from tests.conftest import events

SPEAKER = Entity(id="P1", type="PER", name="Speaker")


class Stub(SpeechReader):
    """A reader whose every quote is attributed to SPEAKER, its evidence from its opening mark."""

    def __init__(self, reread: bool = False, besides: bool = False):
        super().__init__()
        self.reread_taken, self.besides = reread, besides

    def attribution(self, doc, qa, qb, para_end):
        return SPEAKER, "generic", para_end

    def said_besides(self, doc, qb, start, end, speaker):
        return [said(doc, start, end, speaker, "generic", False, "besides")] if self.besides else []


def quotes_of(text: str) -> list[tuple[int, int]]:
    """The spans inside «» or "" of text, in order."""
    out, at = [], 0
    for op, cl in (("«", "»"), ('"', '"')):
        at = 0
        while (a := text.find(op, at)) >= 0:
            b = text.find(cl, a + 1)
            out.append((a + 1, b))
            at = b + 1
    return sorted(out)


TEXTS = [
    ("ru", "«Мы откроем три новых консульства», – сказал Арман Тлеуов. «Да», – добавил он."),
    ("en", '"We will open three new consulates," Arman Tleuov said. "Yes," he added.'),
    ("kk", "«Біз үш жаңа консулдық ашамыз», – деді Арман Тілеуов. «Иә», – деді ол."),
]


@pytest.mark.parametrize("lang, text", TEXTS)
def test_unified_statements_quote_of_three_words_or_more_is_speech(lang, text):
    doc, taken, reader = Doc(text=text, lang=lang), [], Stub()
    found = reader.quoted_speech(doc, quotes_of(text), len(text), taken)
    qa, qb = quotes_of(text)[0]
    assert [v.attrs["text"] for v in found] == [text[qa:qb].strip(" ,")]
    assert found[0].evidence[0].start == 0 and found[0].attrs["direct"] is True
    assert reader.last_speaker is SPEAKER and taken == [(1, len(text))]


@pytest.mark.parametrize("lang, text", TEXTS)
def test_unified_statements_a_quote_told_before_is_read_only_by_a_reader_that_rereads(lang, text):
    qs = quotes_of(text)[:1]
    for reread, expected in ((False, 0), (True, 1)):
        found = Stub(reread).quoted_speech(Doc(text=text, lang=lang), qs, len(text), [(0, len(text))])
        assert len(found) == expected


@pytest.mark.parametrize("lang, text", TEXTS)
def test_unified_statements_what_the_attribution_says_besides_follows_the_quote(lang, text):
    found = Stub(besides=True).quoted_speech(Doc(text=text, lang=lang), quotes_of(text), len(text), [])
    assert [(v.attrs["direct"], v.attrs["text"] == "besides") for v in found] == [(True, False), (False, True)]


@pytest.mark.parametrize("body, speaker, opening", [
    ("«Мы откроем три новых консульства в регионе», – сказал министр Арман Тлеуов.", "Арман Тлеуов", "«"),
    ("– Мы откроем три новых консульства в регионе, – сказал министр Арман Тлеуов.", "Арман Тлеуов", "–"),
    ('"We will open three new consulates in the region," Minister Arman Tleuov said.', "Arman Tleuov", '"'),
    ('Minister Arman Tleuov said: "We will open three new consulates in the region."', "Arman Tleuov", "M"),
    ("«Біз өңірде үш жаңа консулдық ашамыз», – деді министр Арман Тілеуов.", "Арман Тілеуов", "«"),
])
def test_unified_statements_every_reader_through_the_one_loop(extract, body, speaker, opening):
    rec = extract(body)
    direct = [v for v in events(rec, "statement") if v["direct"]]
    by_id = {e["id"]: e["name"] for e in rec["entities"]}
    assert [by_id[v["speaker"]] for v in direct] == [speaker]
    assert direct[0]["evidence"][0]["text"][:1] == opening


@pytest.mark.parametrize("line, words", [
    ("– Мы построим два моста до весны, – сказал губернатор Олжас Бекенов.", "Мы построим два моста до весны"),
    ("– Біз көктемге дейін екі көпір саламыз, – деді әкім Олжас Бекенов.", "Біз көктемге дейін екі көпір саламыз"),
    ("– Мы готовы, – ответил он. – Но не раньше осени, – добавил он.", "Мы готовы, – ответил он. – Но не раньше осени"),
])
def test_unified_statements_dialogue_words_end_at_the_last_dash_before_the_verb(line, words):
    assert line[2:dialogue_end(line, 2, len(line))] == words


@pytest.mark.parametrize("line", ["– Мы построим два моста до весны.", "– Біз екі көпір саламыз."])
def test_unified_statements_dialogue_words_with_no_attribution_have_no_end(line):
    assert dialogue_end(line, 2, len(line)) is None
