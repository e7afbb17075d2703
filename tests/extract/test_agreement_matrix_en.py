"""Construction matrix of English agreements: how news reports that a document was signed.

Each case is an invented sentence; the expectation is what the gold would hold: the
modality, doc_type and parties of the agreement, or NONE (no asserted agreement: a signing
recalled, refused or only initialled). Pass rates: see agreement_matrix_README.md.
"""
from __future__ import annotations

import pytest

from tests.extract.agreement_matrix_support import NONE, check, record

pytestmark = pytest.mark.slow

A, P = "asserted", "planned"

CASES = [
    # voices and verbs of signing
    ("Armenia and Georgia signed a memorandum of understanding on tourism cooperation.",
     (A, "memorandum", ["AM", "GE"])),
    ("A roadmap on trade development was signed between Kazakhstan and Vietnam.",
     (A, "roadmap", ["KZ", "VN"])),
    ("Uzbekistan and Tajikistan inked a framework agreement on energy cooperation.",
     (A, "agreement", ["UZ", "TJ"])),
    ("Kyrgyzstan and Mongolia sealed a loan agreement worth $200 million.",
     (A, "agreement", ["KG", "MN"])),
    ("Armenia and Georgia concluded an agreement on air services.", (A, "agreement", ["AM", "GE"])),
    ("Armenia and Georgia exchanged memoranda on digital cooperation.", (A, "memorandum", ["AM", "GE"])),
    ("The foreign ministers of Armenia and Georgia adopted a joint declaration on strategic partnership.",
     (A, "declaration", ["AM", "GE"])),
    ("Kazakhstan and Vietnam adopted an action plan for 2027-2028.", (A, "action_plan", ["KZ", "VN"])),
    ("Kazakhstan signed a memorandum of understanding with Vietnam on digital technologies.",
     (A, "memorandum", ["KZ", "VN"])),
    ("A joint statement was adopted by Armenia and Georgia.", (A, "joint_statement", ["AM", "GE"])),
    ("An agreement on visa-free travel was signed between Uzbekistan and Tajikistan.",
     (A, "agreement", ["UZ", "TJ"])),
    ("The President of Armenia held talks with the President of Georgia. The sides signed a "
     "protocol on consultations.", (A, "protocol", ["AM", "GE"])),
    ("Armenia and Georgia signed a package of documents, including a roadmap on transport and a "
     "memorandum on education.", (A, "roadmap", ["AM", "GE"])),
    ("Armenia and Georgia signed a package of documents, including a roadmap on transport and a "
     "memorandum on education.", (A, "memorandum", ["AM", "GE"])),
    ("The Presidents of Armenia and Georgia signed a treaty of friendship.", (A, "agreement", ["AM", "GE"])),
    ("An intergovernmental agreement on air services was signed by Kyrgyzstan and Mongolia.",
     (A, "agreement", ["KG", "MN"])),
    ("Armenia and Georgia have signed a joint declaration on the Black Sea.",
     (A, "declaration", ["AM", "GE"])),
    ("The defence ministers of Uzbekistan and Tajikistan signed a plan of military cooperation for 2027.",
     (A, "action_plan", ["UZ", "TJ"])),
    ("Kazakhstan and Vietnam signed a contract for the supply of grain.", (A, "contract", ["KZ", "VN"])),
    ("The Ministry of Energy of Kazakhstan and Nord Solar signed a contract to build a solar plant.",
     (A, "contract", ["Nord Solar"])),
    ("Altyn Tau and Siberia Metal signed a memorandum on building a smelter.",
     (A, "memorandum", ["Altyn Tau", "Siberia Metal"])),
    ("Following the talks, Armenia and Georgia signed a protocol on consular matters.",
     (A, "protocol", ["AM", "GE"])),
    # lists, presence, counts, banks, signers in the passive, sides from the talks
    ("In the presence of the two presidents, Armenia and Georgia signed agreements on air services "
     "and on tourism.", (A, "agreement", ["AM", "GE"])),
    ("A total of 12 documents were signed, including a memorandum on digital cooperation between "
     "Kazakhstan and Vietnam.", (A, "memorandum", ["KZ", "VN"])),
    ("The Eurasian Development Bank and the Government of Kyrgyzstan signed a $50 million loan agreement.",
     (A, "agreement", ["Eurasian Development Bank", "KG"])),
    ("The memorandum was signed by Armenian Energy Minister David Sargsyan and Georgian Energy "
     "Minister Levan Chankotadze.", (A, "memorandum", ["AM", "GE"])),
    ("The President of Uzbekistan held talks with the President of Tajikistan in Dushanbe. The two "
     "countries also signed a roadmap on trade.", (A, "roadmap", ["UZ", "TJ"])),
    ("Armenia and Georgia signed three agreements, on air services, tourism and education.",
     (A, "agreement", ["AM", "GE"])),
    ("Armenia and Georgia agreed to sign a roadmap on transport by the end of the year.",
     (P, "roadmap", ["AM", "GE"])),
    ("The signing of a memorandum between Kazakhstan and Vietnam was postponed.", NONE),
    ("Armenia and Georgia may sign an agreement on air services.", NONE),
    # more voices, firms, a sentence-initial state name that is also a word
    ("The agreement between Armenia and Georgia on transit was signed in Yerevan.", (A, "agreement", ["AM", "GE"])),
    ("Kazakhtelecom and Vietnam's Viettel signed a memorandum of cooperation.",
     (A, "memorandum", ["Kazakhtelecom", "Viettel"])),
    ("The documents signed include a roadmap on trade between Kazakhstan and Vietnam.", (A, "roadmap", ["KZ", "VN"])),
    ("Kazakhstan and Vietnam are set to sign a memorandum on digital cooperation.", (P, "memorandum", ["KZ", "VN"])),
    ("Armenia and Georgia approved a joint action plan for 2027.", (A, "action_plan", ["AM", "GE"])),
    ("Georgia and Armenia signed an agreement on air services in Tbilisi on Monday.", (A, "agreement", ["AM", "GE"])),
    # planned
    ("Armenia and Georgia will sign an agreement on air services next month.",
     (P, "agreement", ["AM", "GE"])),
    ("Kazakhstan and Vietnam are expected to sign a roadmap on trade.", (P, "roadmap", ["KZ", "VN"])),
    ("Uzbekistan and Tajikistan plan to sign a memorandum on energy cooperation.",
     (P, "memorandum", ["UZ", "TJ"])),
    ("A loan agreement between Kyrgyzstan and Mongolia is to be signed in May.",
     (P, "agreement", ["KG", "MN"])),
    # recalled, negated, initialled: no asserted agreement
    ("Armenia and Georgia are implementing the agreement signed in 2019.", NONE),
    ("The sides discussed the memorandum signed between Kazakhstan and Vietnam in 2021.", NONE),
    ("Armenia and Georgia did not sign the agreement on air services.", NONE),
    ("Uzbekistan and Tajikistan failed to sign the roadmap.", NONE),
    ("Armenia and Georgia initialled a free trade agreement.", NONE),
    # firms joined to a firm (branch enproj)
    ("Altyn Tau and Baikal Metal signed an agreement on supplies of copper concentrate.",
     (A, "agreement", ["Altyn Tau", "Baikal Metal"])),
    ("Samruk Energo and Turkey's Kalyon signed a memorandum on a wind farm.",
     (A, "memorandum", ["Samruk Energo", "Kalyon"])),
]


@pytest.mark.parametrize("body, expected", CASES)
def test_agreement_matrix_en(extractor, body, expected):
    check(record(extractor, "en", body), expected)
