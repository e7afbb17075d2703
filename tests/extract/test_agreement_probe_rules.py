"""Agreements: the rules a combinatorial probe (signer x act x document x topic/term, with
negatives) found missing, stated over a reduced product of invented sentences.

- ru: signers named right before the verb whose parse lost its subject ("В присутствии глав
  правительств ... АО «X» и японская корпорация Y подписали"): the words describing a name
  ("японская корпорация") do not end the list of signers (agreement_signers.named_before).
- en: a document's own name gives its signing no modality ("An action plan was signed");
  "The signing of X by A and B was postponed" is not asserted even when the parser loses the
  predicate; the one document of a sentence takes a term told after its title; a state's
  adjective and a common noun after a body's "and" start a second signer ("the Ministry of
  Energy and French company TotalEnergies").
- kk: "алмасты" exchanges the document right before it, in the instrumental; "пікір алмасты"
  exchanges views, no document.
Second round (a probe with fresh signers, verbs and documents):
- ru: a passive whose subject is the document ("Соглашение подписано вице-премьером X и министром
  Y") signs by the agents in the instrumental after the verb (agreement_signers.passive_agents).
- en: "for the period up to 2035" is a term; "concern", "consortium", "conglomerate" head firms' names.
- kk: "іс-шаралар жоспары" (and the plan's other names) is an action plan; a firm's noun after
  its name ("Pegasus Airlines әуе компаниясы") ends the side before an "X туралы" title.
"""
from __future__ import annotations

import itertools

import pytest

from tests.extract.agreement_matrix_support import NONE, record, summary
from tests.matrix_support import one_each

pytestmark = pytest.mark.slow

A = "asserted"


def _party(entities: dict, want: str, ref: str) -> bool:
    from tests.extract.agreement_matrix_support import _party as party
    return party(entities, want, ref)


def check(rec: dict, expected) -> None:
    """expected: NONE, or (doc_type, [parties], deadline or None) of an asserted agreement."""
    got = summary(rec)
    if expected is NONE:
        assert not [g for g in got if g[0] == A], got
        return
    doc_type, parties, deadline = expected
    entities = {e["id"]: e for e in rec["entities"]}
    ok = [v for v in rec["events"] if v["type"] == "agreement" and v.get("modality", A) == A
          and v.get("doc_type") == doc_type
          and one_each(parties, v.get("parties") or [], lambda w, r: _party(entities, w, r))
          and (deadline is None or str(v.get("deadline") or "").startswith(deadline))]
    assert ok, (got, [v.get("deadline") for v in rec["events"] if v["type"] == "agreement"])


RU_SIGNERS = [("АО «Казатомпром» и японская корпорация Marubeni", ["Казатомпром", "Marubeni"]),
              ("Министерство энергетики Казахстана и французская компания TotalEnergies",
               ["Министерство энергетики", "TotalEnergies"])]
RU_OPENERS = ["В присутствии глав правительств двух стран", "В присутствии премьер-министров обеих стран"]
RU_DOCS = [("меморандум о взаимопонимании", "memorandum"), ("дорожную карту по развитию транспорта", "roadmap"),
           ("кредитное соглашение", "agreement")]
RU = [(f"{o} {s} подписали {d}.", (dt, parties, None))
      for (s, parties), o, (d, dt) in itertools.product(RU_SIGNERS, RU_OPENERS, RU_DOCS)]

EN_SIGNERS = [("Kazakh Foreign Minister Yermek Kosherbayev and Uzbek Foreign Minister Bakhtiyor Saidov", ["KZ", "UZ"]),
              ("Kazakhstan's Ministry of Energy and French company TotalEnergies", ["Ministry of Energy", "TotalEnergies"])]
EN_PLANS = [("An action plan", None), ("A joint action plan for cooperation in energy", None),
            ("An action plan for 2026-2028", "2028")]
EN = [(f"{d} was signed by {s}.", ("action_plan", parties, dl))
      for (s, parties), (d, dl) in itertools.product(EN_SIGNERS, EN_PLANS)]
EN += [(f"{s} signed {d}.", (dt, parties, None)) for (s, parties), (d, dt) in itertools.product(
    [("Kazakhstan's Ministry of Energy and French company TotalEnergies", ["Ministry of Energy", "TotalEnergies"]),
     ("The Ministry of Energy of Kazakhstan and Italian company Eni", ["Ministry of Energy", "Eni"])],
    [("a memorandum of understanding", "memorandum"), ("a protocol on cooperation in energy", "protocol")])]
EN += [("Kazatomprom JSC and Japan's Marubeni Corporation signed a loan agreement to finance projects in "
        "education until 2030.", ("agreement", ["Kazatomprom", "Marubeni"], "2030")),
       ("The Asian Development Bank and the Government of Kazakhstan signed a loan agreement to build "
        "rural roads until 2029.", ("agreement", ["Asian Development Bank"], "2029")),
       # "and" joining a body's field stays inside its name
       ("The Ministry of Energy and Mineral Resources signed a protocol with Chevron.",
        ("protocol", ["Ministry of Energy and Mineral Resources"], None))]
EN += [(f"The signing of {d} by {s} was postponed until next year.", NONE) for (s, _p), d in itertools.product(
    EN_SIGNERS, ["a memorandum of understanding", "a protocol on cooperation", "a loan agreement"])]

KK_LEAD = "Қазақстан Президенті Қасым-Жомарт Тоқаев Ташкентте Өзбекстан Президенті Шавкат Мирзиёевпен келіссөз жүргізді. "
KK_SIGNERS = [("«Қазатомөнеркәсіп» АҚ мен жапониялық Marubeni корпорациясы", ["Қазатомөнеркәсіп", "Marubeni"]),
              ("Тараптар", ["KZ", "UZ"])]
KK_DOCS = [("өзара түсіністік туралы меморандуммен", "memorandum"), ("көлік дәлізі жөніндегі жол картасымен", "roadmap"),
           ("ынтымақтастық туралы үкіметаралық келісіммен", "agreement")]
KK = [(f"{KK_LEAD}{s} {d} алмасты.", (dt, parties, None))
      for (s, parties), (d, dt) in itertools.product(KK_SIGNERS, KK_DOCS)]
KK += [(KK_LEAD + "Тараптар жол картасының орындалуы бойынша пікір алмасты.", NONE),
       (KK_LEAD + "Тараптар үкіметаралық келісімнің жобасы бойынша пікір алмасты.", NONE)]


# second round (a probe with fresh signers, verbs and documents)
# ru: a passive whose subject is the document signs by the agents in the instrumental after it
RU += [(f"{d} {pp} {s}.", (dt, parties, None)) for (s, parties), (d, pp, dt) in itertools.product(
    [("вице-премьером Казахстана Сериком Жумангариным и министром торговли Китая Ван Вэньтао", ["KZ", "CN"]),
     ("АО «Эйр Астана» и турецкой авиакомпанией Pegasus Airlines", ["Эйр Астана", "Pegasus Airlines"])],
    [("Соглашение о свободной торговле", "подписано", "agreement"), ("Комплексный план мероприятий", "подписан", "action_plan")])]
RU += [("Соглашение подписано Казахстаном и Китаем.", ("agreement", ["KZ", "CN"], None))]
# en: "for the period up to 2035" is a term; a "concern" heads a firm's name
EN += [(f"{s} inked {d} for the period up to 2035.", (dt, parties, "2035")) for (s, parties), (d, dt) in itertools.product(
    [("Kyrgyzstan's Ministry of Health and German concern Siemens Healthineers", ["Ministry of Health", "Siemens Healthineers"]),
     ("Air Astana JSC and Turkish carrier Pegasus Airlines", ["Air Astana", "Pegasus Airlines"])],
    [("a framework agreement", "agreement"), ("a joint action plan", "action_plan")])]
EN += [("The minister voiced concern about the Caspian Sea level. Kazakhstan and Azerbaijan signed a protocol.",
        ("protocol", ["KZ", "AZ"], None))]
# kk: "іс-шаралар жоспары" is an action plan; a firm's noun after its name ("әуе компаниясы",
# "концерні") ends the side before a document's "X туралы" title
KK += [(f"{s} {d} қол қойысты.", (dt, parties, None)) for (s, parties), (d, dt) in itertools.product(
    [("«Эйр Астана» АҚ мен түріктің Pegasus Airlines әуе компаниясы", ["Эйр Астана", "Pegasus Airlines"]),
     ("Қырғызстан Денсаулық сақтау министрлігі мен немістің Siemens Healthineers концерні",
      ["Денсаулық сақтау министрлігі", "Siemens Healthineers"])],
    [("еркін сауда туралы келісімге", "agreement"), ("2035 жылға дейінгі іс-шаралар жоспарына", "action_plan")])]


@pytest.mark.parametrize("lang, body, expected", [("ru", *c) for c in RU] + [("en", *c) for c in EN]
                         + [("kk", *c) for c in KK])
def test_agreement_probe_rules(extractor, lang, body, expected):
    check(record(extractor, lang, body), expected)
