"""English project stages: the words of building or opening that make a project (lang/en/
project_stages.tsv), before the project's noun ("the opening of a branch", "will build a plant")
or after it ("the plant was commissioned"), where the project's phrase ends (np_end), and the stage their
form and their governing verb say ("opened" -> completed, "will open" -> announced, "is building" -> in_progress)."""
from __future__ import annotations

from ...doc import Doc, Sent, Token
from ...nlp.frames import upos
from ...nlp.match import fold
from ..projects import another_word, project_words
from .clause import mention_at
from .project_deals import MONTHS
from .project_spans import (begun_of_which, ceremony_of, committed_before, dated_between, financing_before, invested_before,
                            phrase_before, set_off_end, prenominal_participle, stage_at, work_before)


def tense_stage(toks: list[Token], k: int) -> str:
    t = toks[k]
    low = fold(t.text)
    prev = [fold(x.text) for x in toks[max(0, k - 3):k]]
    if k >= 3 and prev[-1] == "to" and toks[k - 2].lemma in ("plan", "intention") \
            and (m := stage_at(toks, k - 3)) is not None and m.value == "cancelled":
        return "cancelled"        # "scrapped plans to build": the plan dropped
    if any(p in ("the", "a", "an") for p in prev[-1:]) or "to" in prev[-2:]:
        return "announced"        # "the launch of": a noun; "to be built by X": still to come
    if low.endswith("ing") and any(p in ("is", "are", "was", "were") for p in prev) or "being" in prev[-1:]:
        return "in_progress"      # "is building", "is being built"
    if t.feats.get("Tense") == "Past" or low.endswith("ed"):
        return "completed"
    return "announced"


def owned_plan(toks: list[Token], trig: int) -> bool:
    """"to discuss the company's plans to build a refinery": the plans someone has (a possessive
    before a plan noun, lang/en/project_words.tsv "owned_plan") are news, whatever the talks decide."""
    plans = project_words("en", "owned_plan")
    return any(fold(toks[k].text) in plans and (toks[k - 1].text in ("'s", "’s") or fold(toks[k - 1].text)
                                                 in ("its", "their")) for k in range(max(1, trig - 3), trig))


def discussed(toks: list[Token], trig: int) -> bool:
    """Is the nearest verb before the trigger one of talking about it ("discussed", "considered"),
    or the trigger's governor itself ("proposed building a plant")?"""
    discuss = project_words("en", "discuss")
    if toks[trig].pos == "VERB" and toks[trig].lemma in discuss:
        return True
    if [fold(t.text) for t in toks[trig + 1:trig + 3]] == ["of", "which"]:
        return False      # "reviewed the plant, construction of which began": the clause tells a fact
    for k in range(trig - 1, -1, -1):
        t = toks[k]
        if fold(t.text) in ("that", "which"):
            return False      # "discussed the wind farm that X is building": the clause tells its own stage
        if t.pos == "VERB" and t.feats.get("Tense") == "Past" or t.pos == "VERB" and fold(t.text).endswith("s"):
            return t.lemma in discuss or fold(t.text).rstrip("eds") in discuss
    return False


def governor(toks: list[Token], trig: int, end: int) -> int:
    """"has completed the construction of", "construction of a plant began": the verb that
    governs a stage noun says the stage."""
    own = stage_at(toks, trig)
    if own is not None and own.value == "in_progress" and trig > 0 and toks[trig - 1].pos == "AUX":
        return trig           # "construction is underway on a plant financed by X": the verb after is the plant's
    if own is not None and own.value in ("in_progress", "completed"):
        k = trig - 1          # "laid the foundation stone": the noun says work has begun, whatever the verb's tense
        while k >= 0 and toks[k].pos in ("DET", "ADJ"):
            k -= 1
        if k >= 0 and stage_at(toks, k) is not None and stage_at(toks, k).value == "tense":
            return trig
    k = trig - 1
    while k >= 0 and toks[k].pos in ("DET", "ADJ"):
        k -= 1
    if k >= 0 and stage_at(toks, k) and toks[k].pos == "VERB" and (stage_at(toks, k).value == "cancelled" or not (
            own is not None and own.end - own.start > 1 and toks[trig].lemma in project_words("en", "owned_plan"))):
        return k          # "has completed the construction of", "began building"; not "unveiled plans for"
    n = end
    while n < len(toks) and toks[n].pos in ("AUX", "ADV"):
        n += 1
    if n < len(toks) and stage_at(toks, n) and toks[trig].pos != "VERB" and (toks[n].pos == "VERB" or n > end and toks[
            n - 1].pos == "AUX" and stage_at(toks, n).value in ("in_progress", "completed")):
        return n          # "construction of the plant began", "... is underway"
    return trig


def participle_end(toks: list[Token], b: int) -> int:
    """"the cable linking Sumgait and Kuryk will be laid": a participle with its names after the
    project's noun is skipped to reach the verb that says the stage (b when there is none)."""
    if b >= len(toks) or not fold(toks[b].text).endswith("ing") or toks[b].pos != "VERB" or stage_at(toks, b):
        return b
    k = b + 1
    # "a plant producing nickel sulphate for batteries will be launched": its object, too
    while k < len(toks) and k - b <= 8 and (toks[k].text[:1].isupper() or toks[k].pos in ("NOUN", "ADJ", "NUM")
                                             or fold(toks[k].text) in project_words("en", "link")
                                             or fold(toks[k].text) in ("for", "of", "the", "a", "and")):
        k += 1
    return k if k < len(toks) and toks[k].pos == "AUX" and k > b + 1 else b


def stage_verb_of_subject(toks: list[Token], a: int, b: int) -> int | None:
    """"A cement plant with a capacity of one million tonnes was commissioned": where the parse
    makes the project's noun the subject of a stage verb further on, that verb says the stage."""
    for n in range(a, b):
        h = toks[n].head
        if toks[n].rel in ("nsubj", "nsubj:pass") and h > n and upos(toks[h]) == "VERB" and stage_at(toks, h) \
                and not any(t.head == h and t.rel == "obj" for t in toks):     # "the fund will finance ventures"
            return h
    return None


def investing_verb(toks: list[Token], trig: int) -> int | None:
    """"will invest $600 million in building": the verb of investing whose "in" leads to the
    stage word; its form, not the gerund's, says whether the work is under way."""
    if trig < 2 or fold(toks[trig - 1].text) not in ("in", "into"):
        return None
    for k in range(trig - 2, max(-1, trig - 8), -1):
        if toks[k].lemma in project_words("en", "invest") or fold(toks[k].text) in project_words("en", "invest"):
            return k
        if toks[k].text in (",", ";") or toks[k].pos == "VERB":
            return None
    return None


def another_project(toks: list[Token], start: int, trig: int) -> bool:
    """"another plant", "also plans to build a plant": one more project of its kind, which the
    article's earlier one does not absorb (lang/en/project_another.txt)."""
    also = start > 0 and fold(toks[start - 1].text) in ("a", "an") \
        and "also" in {fold(t.text) for t in toks[max(0, min(trig, start) - 4):min(trig, start)]}
    return another_word("en", toks, start) or also


def acts_on_object(toks: list[Token], a: int, k: int) -> bool:
    """"The fund will finance joint ventures": a stage verb after the noun in the active voice
    with an object of its own says what the noun does, not what is done to it (unlike "the plant
    was commissioned", "the plant will open in May")."""
    passive = any(fold(t.text) in ("be", "is", "are", "was", "were", "been", "being") for t in toks[a:k])
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    obj = nxt is not None and (nxt.pos in ("DET", "ADJ", "NOUN", "NUM") or fold(nxt.text).endswith("ing"))
    return not passive and obj and fold(nxt.text) not in ("next", "this", "last")


def planned_word(toks: list[Token], k: int) -> bool:
    """"planned", "expected", "scheduled", "due" after "is": a word of plans between the project's
    noun and its stage verb (lang/en/modality.tsv)."""
    from ..context import modality_matcher
    m = modality_matcher("en").match_at(toks, k)
    return m is not None and m.value == "planned" and m.end == k + 1


def share_done(toks: list[Token], k: int) -> bool:
    """"is 60 percent complete", "80% of the work is done": a share of the work done (short of
    all of it) in the project's own clause says the work is under way, whatever "construction" or
    "complete" alone would say."""
    for n in range(k, len(toks)):
        if toks[n].text in (",", ";", ":"):
            return False      # "..., where 30 percent of the land is ready": another clause's share
        num = fold(toks[n].text).rstrip("%")
        if not num.replace(".", "").isdigit() or float(num) >= 100:
            continue
        rest = [fold(t.text) for t in toks[n + 1:n + 7]]
        if not toks[n].text.endswith("%"):
            if not rest or rest[0] not in project_words("en", "share"):
                continue
            rest = rest[1:]
        if any(w in project_words("en", "done") for w in rest):
            return True
    return False


BEFORE = 10
AFTER = 4


def relative_clause(doc: Doc, sent: Sent, b: int) -> int | None:
    """The stage word of a relative clause right after the project's phrase, which tells its own stage."""
    toks = sent.tokens
    # "the plant in Kentau that is under construction": a relative clause after the phrase
    # and with its own subject: "the wind farm that Najm Renewables is building"
    # (also past a comma: "the railway, which began last year", "the plant, which Kyrgyzstan,
    # Kazakhstan and Uzbekistan are building together")
    k = np_end(doc, sent, b)
    if (begun := begun_of_which(toks, k)) is not None:
        return begun
    k += k + 3 < len(toks) and toks[k].text == "," and fold(toks[k + 1].text) == "which"
    if k + 2 < len(toks) and fold(toks[k].text) in ("that", "which"):
        j = k + 1
        while j < min(len(toks), k + 10) and (toks[j].pos in ("DET", "PROPN") or mention_at(doc, toks[j]) is not None
                                              or toks[j].text == "," or fold(toks[j].text) == "and"):
            j += 1
        if j + 1 < len(toks) and toks[j].pos == "AUX" and stage_at(toks, j + 1) \
                and (j > k + 1 or stage_at(toks, j + 1).value != "tense"):
            return j + 1
        if j + 2 < len(toks) and toks[j].pos == "AUX" and fold(toks[j + 1].text) == "being" and stage_at(toks, j + 2):
            return j + 2      # "a concentrator, which is being built by X": under way
        if j == k + 1 and toks[j].pos == "VERB" and toks[j].feats.get("Tense") == "Past" \
                and (m := stage_at(toks, j)) is not None and m.value == "in_progress":
            return j      # "the railway, which began last year": work under way
    return None


def trigger(doc: Doc, sent: Sent, a: int, b: int) -> int | None:
    toks = sent.tokens
    rel = relative_clause(doc, sent, b)
    if rel is not None:
        return rel
    # before: "the opening of a branch", "will build a new plant", "launched a programme"
    k = a - 1
    # a hyphen joins two words into one ("a 178-kilometer section of the A-380 highway"): it takes
    # no place of the window
    while k >= 0 and a - k - sum(x.text in ("-", "–") for x in toks[k:a]) <= BEFORE:
        t = toks[k]
        if stage_at(toks, k):
            return k
        if fold(t.text) == "and" and k > 0 and stage_at(toks, k - 1) and toks[k - 1].pos == "NOUN":
            return k - 1      # "the joint construction and operation of the plants": the first act
        if fold(t.text) == "and" and k > 0 and toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper():
            k -= 1        # "the Yavan and Fondarya hydropower plants": two names of one kind
            continue
        if fold(t.text) == "and" and 0 < k < b - 3 and toks[b - 1].feats.get("Number") != "Plur" \
                and all(x.pos in ("NOUN", "ADJ") and x.text.islower() for x in (toks[k - 1], toks[k + 1])):
            k -= 1        # "a fruit and vegetable processing plant", "an ammonia and urea production complex": one plant
            continue
        if fold(t.text) in ("for", "of") and ceremony_of(toks, k) is not None:
            return ceremony_of(toks, k)   # "a groundbreaking ceremony was held on Monday for a smelter"
        if fold(t.text) == "on" and k > 0 and stage_at(toks, k - 1) and toks[k - 1].pos == "VERB":
            return k - 1      # "construction has begun on a hospital", "work started on the terminal"
        if (fold(t.text) in ("on", "for") or t.pos == "NOUN") and (p := next((j for j in range(max(0, k - 4), k) if (
                m := stage_at(toks, j)) is not None and m.end == k + 1), None)) is not None:
            return p          # "to speed up work on the railway", "plans for a wind farm", "has put into operation
            #                   a plant": a stage phrase ending right before the project's words
        if (w := work_before(toks, k)) is not None:
            return w          # "construction is underway on a plant"
        if fold(t.text) == "for" and (f := financing_before(doc, toks, k)) is not None:
            return f          # "secured $500 million in financing (from the X Bank) for a plant"
        if (c := committed_before(toks, k) if fold(t.text) in ("to", "for") else invested_before(toks, k)) is not None \
                and not any(x.lemma == "venture" for x in toks[a:b]):     # a stake in a firm is no project
            return c          # "has committed $12.5 million to a mapping program", "will invest $N in a hospital"
        if fold(t.text) in ("on", "for") and (w := phrase_before(toks, k)) is not None:
            return w          # "broke ground on the plant": a stage phrase of a verb and its object
        if fold(t.text) in ("on", "for") and k > 0 and toks[k - 1].lemma in project_words("en", "document"):
            return k - 1      # "an implementation agreement on a solar plant", "a contract for a plant": agreed
        if fold(t.text) in ("on", "for") and k > 2 and fold(toks[k - 2].text) == "of" \
                and toks[k - 3].lemma in project_words("en", "document"):
            return k - 3      # "a memorandum of understanding on the development of a deposit"
        if not (fold(t.text) in project_words("en", "phrase") or t.pos in ("ADJ", "NOUN", "PROPN", "NUM")
                or dated_between(toks, k)     # "the opening in September of the X campus"
                or t.text in ("-", "–", "’s", "'s")
                or t.text in ("$", "€", "£", "¥", "US$") or toks[k + 1].text in ("’s", "'s")
                or t.pos == "VERB" and t.feats.get("VerbForm") == "Ger" and (fold(t.text) == "leading" or k == a - 1)
                or t.pos == "VERB" and ("-" in t.text or k > 0 and toks[k - 1].text in ("-", "–"))     # "a coal-fired plant"
                or prenominal_participle(toks, k)
                or t.rel == "compound" and k < t.head < b):     # "a car assembly plant" ("assembly" taken for an adverb)
            break
        if mention_at(doc, t) is not None and mention_at(doc, t)[1].type == "PER":
            break
        k -= 1
    # after: "the plant was commissioned", "a campus will be opened", also past a participle
    # ("the cable linking A and B will be laid") or the phrase's place ("the terminal in Termez is")
    for after in dict.fromkeys((participle_end(toks, b), np_end(doc, sent, b), set_off_end(toks, b))):
        for k in range(after, min(len(toks), after + AFTER + 2)):
            if toks[k].pos in ("AUX", "PART") or fold(toks[k].text) in ("be", "been", "being", "to") \
                    or k == after and toks[k].text == "," and k + 2 < len(toks) \
                    and (fold(toks[k + 2].text) == "by" or fold(toks[k + 1].text) == "to") \
                    or k > after and toks[k - 1].pos == "AUX" and planned_word(toks, k):
                continue      # "is planned to be built", "is expected to be commissioned", "the hub, to be built"
            if stage_at(toks, k) and (toks[k].pos == "VERB" or fold(toks[k].text).endswith("ed")
                                       or k > b and toks[k - 1].pos == "AUX"):      # "was put into operation"
                if acts_on_object(toks, after, k):
                    break     # "the fund will finance joint ventures": the noun does it, it is not done
                return k
            break
    return stage_verb_of_subject(toks, a, b)


def np_end(doc: Doc, sent: Sent, b: int) -> int:
    """The project's phrase runs on through "of ...", names, "in <place>" and "that will produce ..."."""
    toks = sent.tokens
    end = b
    while end < len(toks):
        t = toks[end]
        w = fold(t.text)
        if w == "in" and end + 1 < len(toks) and fold(toks[end + 1].text) in MONTHS:
            break         # "a plant in Navoi region in August": the month is no part of the name
        if w in ("of", "in", "at", "for") and end + 1 < len(toks):
            end += 1
            continue
        k = end + 1 + (end + 1 < len(toks) and fold(toks[end + 1].text) in ("will", "would", "is", "to"))
        if w in ("that", "which") and k < len(toks) - 1 and fold(toks[k].text) in project_words("en", "makes"):
            end = k + 1       # "an enterprise that will produce polyethylene": what it makes names it
            continue
        if w in ("next", "this", "last", "by", "until", "within", "worth", "valued", "costing") \
                or w in ("in", "by") and end + 1 < len(toks) and toks[end + 1].pos == "NUM":
            break         # "in Tashkent next year": time is not part of the name
        if t.pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and w not in ("and",) or t.text in ("’s", "'s", "-"):
            end += 1
            continue
        break
    while end > b and fold(toks[end - 1].text) in ("of", "in", "at", "for", "the", "a"):
        end -= 1
    return end

