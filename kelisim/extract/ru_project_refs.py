"""Russian projects told again (ru_projects.py): a later sentence that names a project by its head
noun, as "проект" or by a word that refers back (lang/ru/project_refs.txt) adds a stage, an owner, an
operator or a place to the project told before it. `trigger` and `stage` are the reader's own
readings of an act and of its stage."""
from __future__ import annotations

from ..doc import Doc, Event, Sent
from ..lang import words
from ..nlp.match import fold
from .context import evidence, modality, subtree
from .project_actors import doer, operator_of, place_of
from .project_merge import advance
from .ru_project_words import bare_act, plural_ref


def refer_back(doc: Doc, told: list[tuple[Event, str, Sent, int, int]], trigger, stage) -> None:
    """A project told again by its head noun or as "проект" ("Строительство центра идет по графику",
    "Проект будет реализован обществом X") gets a stage, an owner or a place from it."""
    refs = words(doc.lang, "project_refs.txt")
    for sent in doc.sents:
        toks = sent.tokens
        taken = {k for _, _, s, a, b in told if s is sent for k in range(a, b)}
        before = [(ev, head) for ev, head, s, _, _ in told if s.end <= sent.start]
        here = [(b, ev, head) for ev, head, s, _, b in told if s is sent]
        if not before and not here:
            continue
        for i, t in enumerate(toks):
            # "объявляла о строительстве завода, однако проект был заморожен": a project told
            # earlier in the same sentence is the last one told
            earlier = before + [(ev, head) for b, ev, head in sorted(here, key=lambda x: x[0]) if b <= i]
            if not earlier:
                continue
            # "Стоимость проекта ..., его реализует компания X": "его" is the project just told
            pron = t.pos == "PRON" and fold(t.text) in ("его", "ее") and t.rel == "obj"
            if i in taken or t.pos != "NOUN" and not pron or t.case == "Ins" or t.feats.get("Number") == "Plur" \
                    and not plural_ref(doc, sent, i) \
                    or not pron and taken & set(subtree(sent, i)):
                continue      # "приостановила проект строительства терминала": that one's own name
            lemma = "проект" if pron or bare_act(doc, sent, i, earlier[-1][0]) else fold(t.lemma or t.text)
            # "Объект введен в эксплуатацию": a word that refers back (project_refs.txt) is the last one
            target = earlier[-1][0] if lemma == "проект" or lemma in refs else \
                next((ev for ev, head in reversed(earlier) if head == lemma), None)
            if target is None:
                continue
            operator = operator_of(doc, sent, i)
            if operator is not None and (target.attrs["owner"] is None or target.attrs.get("owner_guessed")):
                # "Оператором проекта станет совместное предприятие X"
                target.attrs["owner"], target.attrs["owner_guessed"] = operator, False
                target.evidence.append(evidence(doc, sent.start, sent.end))
                continue
            trig = i if lemma == "проект" and not pron and t.lemma != "проект" else trigger(doc, sent, i)
            if trig is None or trig not in (t.head, i):
                continue      # "подготовка ТЭО проекта завершена": the act must be the project's own
            mod = modality(doc, sent, trig)
            if mod == "possible":
                continue
            advance(target, stage(doc, sent, trig, mod))
            target.attrs["owner"] = target.attrs["owner"] or doer(doc, sent, trig, i)
            target.attrs["location"] = target.attrs["location"] or place_of(doc, sent, trig, i, i + 1)
            target.evidence.append(evidence(doc, sent.start, sent.end))
