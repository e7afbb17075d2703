"""Held-out article sets: invented articles whose gold (spec/GOLD.md) was written and committed
before kelisim first ran on them, scored the way `kelisim eval gold` scores the dev set. Each
folder's README.md tells what its articles are and what the first run scored (the honest estimate
for unseen news). After the rules were corrected on them they guard against regressions: the
floors below sit a little under what the rules reach (a set of six to thirty articles moves by
about 0.02-0.2 per event, so each floor allows about one lost item).

The rules each set prompted are specified with invented sentences in their own modules
(tests/extract/test_heldout*_rules*.py, tests/en/test_heldout4_en.py, ...).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kelisim.eval.gold import KINDS
from tests.heldout_support import assert_every_article_annotated_and_extracted, score_heldout

pytestmark = pytest.mark.slow

TESTS = Path(__file__).resolve().parent
EVENT_KINDS = ("meetings", "statements", "agreements", "projects")

# folder under tests/, language, articles at least, headline floor,
# floors for persons, meetings, statements, agreements, projects
SETS = {
    "data/heldout_ru":     ("ru", 30, 0.95, (0.95, 0.95, 0.95, 0.90, 0.85)),
    "extract/heldout_ru":  ("ru", 10, 0.94, (0.95, 0.90, 0.95, 0.85, 0.75)),
    "extract/heldout_ru2": ("ru", 20, 0.96, (0.97, 0.93, 0.94, 0.93, 0.90)),
    "extract/heldout_ru3": ("ru", 8, 0.90, (0.96, 0.92, 0.93, 0.90, 0.55)),
    "extract/heldout_ru4": ("ru", 6, 0.80, (0.95, 0.80, 0.95, 0.80, 0.45)),
    "extract/heldout_ru5": ("ru", 8, 0.95, (0.96, 0.90, 0.95, 0.85, 0.80)),
    "extract/heldout_ru6": ("ru", 8, 0.97, (0.97, 0.97, 0.94, 0.97, 0.95)),
    # meetings 0.92: its 274 says co-signers did not meet; the dev set's annotators (and ru4 243,
    # ru9 284) count two sides signing together as their meeting (tests/extract/test_cosigners.py)
    "extract/heldout_ru7": ("ru", 6, 0.94, (0.97, 0.92, 0.97, 0.97, 0.80)),
    "extract/heldout_ru8": ("ru", 6, 0.95, (0.97, 0.93, 0.93, 0.90, 0.90)),
    "extract/heldout_ru9": ("ru", 6, 0.90, (0.97, 0.90, 0.97, 0.97, 0.65)),
    "extract/heldout_ru10": ("ru", 6, 0.95, (0.95, 0.85, 0.93, 0.90, 0.93)),
    # projects 0.70: three of its 14 gold projects have neither owner nor name, which the scorer
    # cannot match (README.md)
    "extract/heldout_ru11": ("ru", 6, 0.88, (0.96, 0.88, 0.93, 0.77, 0.70)),
    # agreements 0.90: 701's "Государственной транспортной лизинговой компанией" is no entity, so its
    # memorandum gets a wrong party; projects 0.80: 703's loan project is named otherwise than its gold
    # name, 704's plant finished two years before the article is history (history.GAP)
    "extract/heldout_ru12": ("ru", 6, 0.90, (0.96, 0.90, 0.95, 0.85, 0.70)),
    "extract/heldout_ru13": ("ru", 6, 0.95, (0.96, 0.92, 0.95, 0.85, 0.90)),
    "extract/heldout_ru14": ("ru", 6, 0.97, (0.97, 0.97, 0.95, 0.97, 0.95)),
    "extract/heldout_ru15": ("ru", 6, 0.93, (0.97, 0.90, 0.97, 0.83, 0.85)),
    "extract/heldout_ru16": ("ru", 6, 0.87, (0.97, 0.97, 0.97, 0.90, 0.45)),
    "extract/heldout_ru17": ("ru", 6, 0.94, (0.97, 0.97, 0.95, 0.97, 0.80)),
    "extract/heldout_runeg": ("ru", 6, 0.94, (0.95, 0.97, 0.82, 0.97, 0.95)),   # near-negatives
    "extract/heldout_ru18": ("ru", 6, 0.78, (0.92, 0.97, 0.93, 0.45, 0.50)),   # projects, business
    # projects 0.90: 754's project of a bank's money "будет направлена на" is not found, and 753's
    # power line told as "линия электропередачи" and "ЛЭП" stays two (README.md)
    "extract/heldout_ru19": ("ru", 6, 0.96, (0.95, 0.93, 0.95, 0.85, 0.90)),   # six outlets of the region
    "extract/heldout_ru20": ("ru", 6, 0.95, (0.97, 0.92, 0.95, 0.90, 0.92)),   # federal and business press
    "extract/heldout_ru21": ("ru", 6, 0.95, (0.97, 0.92, 0.95, 0.90, 0.90)),   # Central Asian news sites
    "extract/heldout_ru23": ("ru", 6, 0.95, (0.97, 0.95, 0.95, 0.95, 0.93)),   # business press: deals, projects
    # meetings 0.92: 784's recalled "встреча лидеров стран Содружества" names no one at the table,
    # yet gets the article's two persons (collective.py's fallback; README.md)
    "extract/heldout_ru24": ("ru", 6, 0.96, (0.97, 0.92, 0.95, 0.90, 0.90)),   # summits and councils
    "extract/heldout_ru26": ("ru", 6, 0.96, (0.97, 0.95, 0.95, 0.95, 0.95)),   # aggregators, mirrors and regional sites
    "extract/heldout_ru25": ("ru", 6, 0.96, (0.97, 0.95, 0.95, 0.95, 0.95)),   # a regional feed's everyday mix
    # projects 0.70: 805's schools are told in the plural ("строительства российских школ"), 804's
    # "создание КАМАЗом ... сборочного производства" has a broken parse (README.md)
    "extract/heldout_ru28": ("ru", 6, 0.93, (0.97, 0.95, 0.95, 0.95, 0.70)),   # federal and CIS press on the region
    "extract/heldout_ru22": ("ru", 6, 0.95, (0.97, 0.92, 0.95, 0.90, 0.90)),   # Russian-language web news, ru22
    "extract/heldout_ru27": ("ru", 6, 0.95, (0.93, 0.92, 0.94, 0.93, 0.86)),   # KG, TJ, UZ outlets in their manner
    "extract/heldout_ru29": ("ru", 6, 0.97, (0.97, 0.97, 0.97, 0.97, 0.90)),   # leaders' calls and messages
    # meetings 0.75: 816's "глава ЕНУ принял" is not the rector named by the university's full name, 820's
    # foreign minister's earlier visit to a building site is a meeting with the host state (README.md)
    "extract/heldout_ru30": ("ru", 6, 0.89, (0.97, 0.72, 0.97, 0.95, 0.75)),   # education, science, culture, regions
    # agreements 0.71: 828's "контракт между ОАО «X» и АО «Y»" with no verb of signing, the nested quotes of
    # "АО «НК «Қазақстан темір жолы»" (827); projects 0.76: 831's deal "зашли в тупик" (README.md)
    "extract/heldout_ru32": ("ru", 6, 0.83, (0.95, 0.83, 0.93, 0.68, 0.74)),   # business and interregional news
    # agreements 0.88: 822's package "подписаны соглашения ... на общую сумму" is a third document beside the
    # two it names; projects 0.80: 821's training centre "при заводе" and 825's logistics centre lose (README.md)
    "extract/heldout_ru31": ("ru", 6, 0.92, (0.93, 0.97, 0.97, 0.88, 0.80)),   # Central Asian government releases
    "en/heldout":          ("en", 9, 0.86, (0.95, 0.90, 0.93, 0.75, 0.70)),
    "en/heldout2":         ("en", 10, 0.95, (0.97, 0.93, 0.95, 0.95, 0.90)),
    "en/heldout3":         ("en", 10, 0.89, (0.97, 0.97, 0.97, 0.77, 0.74)),
    "en/heldout4":         ("en", 6, 0.82, (0.93, 0.97, 0.82, 0.54, 0.86)),
    "en/heldout5":         ("en", 8, 0.96, (0.97, 0.97, 0.95, 0.99, 0.99)),
    "en/heldout6":         ("en", 8, 0.95, (0.97, 0.97, 0.90, 0.97, 0.93)),
    "en/heldout7":         ("en", 8, 0.94, (0.97, 0.97, 0.97, 0.97, 0.80)),
    "en/heldout8":         ("en", 6, 0.97, (0.97, 0.97, 0.97, 0.97, 0.95)),
    "en/heldout9":         ("en", 6, 0.90, (0.97, 0.90, 0.97, 0.78, 0.85)),
    "en/heldout10":        ("en", 6, 0.82, (0.97, 0.90, 0.95, 0.55, 0.75)),
    "en/heldout11":        ("en", 6, 0.95, (0.97, 0.90, 0.95, 0.90, 0.85)),
    "en/heldout12":        ("en", 6, 0.96, (0.97, 0.95, 0.97, 0.93, 0.93)),
    "en/heldout13":        ("en", 6, 0.92, (0.97, 0.93, 0.91, 0.93, 0.75)),
    "en/heldout14":        ("en", 6, 0.93, (0.97, 0.92, 0.95, 0.87, 0.76)),
    "en/heldout15":        ("en", 6, 0.92, (0.97, 0.95, 0.95, 0.95, 0.66)),
    "en/heldout16":        ("en", 6, 0.96, (0.97, 0.92, 0.95, 0.90, 0.85)),
    "en/heldout17":        ("en", 6, 0.84, (0.91, 0.80, 0.95, 0.95, 0.50)),
    "en/heldout18":        ("en", 6, 0.92, (0.95, 0.93, 0.95, 0.80, 0.83)),   # readouts, firms' deals
    "en/heldout19":        ("en", 6, 0.93, (0.95, 0.93, 0.95, 0.93, 0.75)),   # receptions, calls, stages
    "en/heldout20":        ("en", 6, 0.89, (0.95, 0.88, 0.95, 0.80, 0.78)),   # summits, releases, background
    "en/heldout21":        ("en", 6, 0.88, (0.95, 0.95, 0.95, 0.68, 0.76)),   # receptions, forums, loans, wires
    "en/heldout23":        ("en", 6, 0.94, (0.95, 0.92, 0.92, 0.93, 0.80)),   # wires, summits, releases, readouts
    "en/heldout25":        ("en", 6, 0.66, (0.95, 0.70, 0.86, 0.50, 0.20)),   # partners: calls, energy deals, analysis, plants, WHO, postponed
    "en/heldout24":        ("en", 6, 0.87, (0.97, 0.97, 0.95, 0.64, 0.75)),   # credentials, receptions, consultations, trips, grants
    "en/heldout22":        ("en", 6, 0.89, (0.97, 0.90, 0.92, 0.86, 0.78)),   # visits, terse items, readouts
    "en/heldout26":        ("en", 6, 0.78, (0.86, 0.92, 0.95, 0.57, 0.54)),   # investor talks, a commission, a call, two talks in a day, a plant's phases, an envoy
    "kk/heldout":          ("kk", 10, 0.88, (0.95, 0.90, 0.90, 0.80, 0.80)),
    "kk/heldout2":         ("kk", 10, 0.95, (0.95, 0.95, 0.93, 0.95, 0.95)),
    "kk/heldout3":         ("kk", 8, 0.97, (0.95, 0.95, 0.94, 0.95, 0.95)),
    "kk/heldout4":         ("kk", 6, 0.92, (0.97, 0.97, 0.97, 0.97, 0.70)),
    "kk/heldout5":         ("kk", 6, 0.96, (0.97, 0.97, 0.97, 0.97, 0.95)),
    "kk/heldout6":         ("kk", 6, 0.96, (0.97, 0.97, 0.97, 0.97, 0.95)),
    "kk/heldout7":         ("kk", 6, 0.96, (0.97, 0.97, 0.94, 0.97, 0.95)),
    "kk/heldout8":         ("kk", 6, 0.96, (0.97, 0.97, 0.97, 0.97, 0.95)),
    "kk/heldout9":         ("kk", 6, 0.96, (0.97, 0.97, 0.97, 0.97, 0.95)),
    "kk/heldout10":        ("kk", 6, 0.91, (0.97, 0.97, 0.97, 0.77, 0.85)),
    "kk/heldout11":        ("kk", 6, 0.88, (0.97, 0.97, 0.97, 0.80, 0.63)),
    "kk/heldout12":        ("kk", 6, 0.91, (0.97, 0.97, 0.97, 0.63, 0.97)),
    "kk/heldout13":        ("kk", 6, 0.96, (0.97, 0.94, 0.95, 0.90, 0.90)),
    "kk/heldout14":        ("kk", 6, 0.96, (0.97, 0.94, 0.95, 0.90, 0.90)),   # senate, commission, analysts
    "kk/heldout15":        ("kk", 6, 0.96, (0.97, 0.94, 0.95, 0.94, 0.94)),   # signings watched, phases, works
    "kk/heldout16":        ("kk", 6, 0.95, (0.95, 0.89, 0.94, 0.97, 0.94)),   # envoy's farewell, deputies, greetings
    "kk/heldout17":        ("kk", 6, 0.94, (0.97, 0.87, 0.94, 0.88, 0.85)),   # a state visit, a corridor op-ed, a mill
    "kk/heldout18":        ("kk", 6, 0.95, (0.95, 0.85, 0.97, 0.80, 0.90)),   # credentials, a tally, a wrestler's words
}

# Events of a kind the gold has none of in that article, that kelisim still reports: known
# errors, listed so that a new one fails here and a fixed one is struck off.
KNOWN_INVENTIONS = {
    ("130_ru_saidov-wang-yi-phone", "projects"),
    ("202_ru_uz-minister-receives-ambassador", "projects"),
    ("230_ru_ambassador-interview-hungary", "projects"),   # "ведет переговоры о локализации производства"
    ("302_en_kz-deputy-fm-receives-envoy", "projects"),
    ("318_en_uz-kr-tashkent-hospital", "meetings"),
    ("325_en_kg-tj-presidents-phone", "projects"),
    ("333_en_kz-industrial-zone-turkistan", "agreements"),
    ("274_ru_interfax-kz-cn-wind-farm", "meetings"),             # co-signers: its gold alone says they did not meet
    ("631_kk_tokayev-receives-hungarian-fm", "projects"),         # a plant a government "supports"
    ("633_kk_kz-uz-energy-ministers-agreement", "projects"),      # a power station discussed
    ("727_ru_kursiv-pavlodar-sez-silicon", "agreements"),  # a contract "Уже подписан" before, told in a quote
    ("784_ru_trend-aliyev-cis-informal-summit-preview", "meetings"),  # "Предыдущая встреча лидеров стран ..." of no one named
    ("831_ru_rbc-rmk-koktau-deal-stalled", "projects"),  # a deposit and a plant of a deal "зашли в тупик", cancelled
    ("503_en_azernews-aliyev-tokayev-phone-call", "projects"),  # "the laying of an electricity cable" whose importance is highlighted
    ("511_en_24kg-japarov-mirziyoyev-phone-call", "projects"),  # "emphasized the importance of the timely implementation of the agreements ..., including the construction of X"
    # heldout_runeg (six near-negatives): none left; the first run invented a declaration "Тогда ...
    # приняли" recalled from a summit a year before (736), struck off by agreement_docs.recalled
}

# Articles whose gold has events of the kind, where a rule made sure nothing more is reported:
# a signing recalled from years before, a plant only "considered", a signing still planned.
NOTHING_BEYOND_GOLD = [
    ("en/heldout25", "504_en_dailysabah-bayraktar-ashgabat-energy-deals", "agreements"),  # a swap deal "signed ... in February"
    ("en/heldout25", "506_en_gulfnews-masdar-samarkand-solar-plant", "meetings"),  # a ceremony "attended by" officials
    ("en/heldout24", "497_en_akorda-tokayev-ambassadors-credentials", "meetings"),  # "reaffirmed the invitation to pay a state visit"
    ("en/heldout24", "500_en_kabar-japarov-working-visit-jalalabad", "meetings"),  # a working visit to a region, this one and one "Earlier", no meeting
    ("extract/heldout_ru5", "253_ru_az-it-socar-eni-memorandum", "agreements"),
    ("extract/heldout_ru5", "258_ru_am-fr-fm-lycee-yerevan", "agreements"),
    ("kk/heldout3", "621_kk_akorda-egypt-foreign-minister", "agreements"),
    ("kk/heldout3", "623_kk_turkistan-chinese-delegation", "projects"),
    ("kk/heldout9", "663_kk_turkistan-tashkent-region-khokim-agreement", "agreements"),   # a memorandum still planned
    ("en/heldout11", "392_en_daryo-adb-loan-karakalpakstan-highway", "agreements"),   # a loan the EBRD "would provide"
    ("extract/heldout_ru13", "711_ru_report-baku-investment-forum-documents", "agreements"),  # one "парафировано"
    ("extract/heldout_ru14", "717_ru_aa-turkey-turkmenistan-joint-statement", "agreements"),  # one "отложено"
    ("extract/heldout_ru15", "721_ru_kommersant-csto-dushanbe-sidelines", "agreements"),  # one "ратифицировала"
    ("extract/heldout_ru16", "726_ru_midural-governor-uzbek-ambassador", "agreements"),  # a regions' agreement only to be prepared
    ("extract/heldout_ru18", "747_ru_prime-kg-kz-interconnector", "agreements"),  # a memorandum recalled from 2024
    ("extract/heldout_ru19", "751_ru_government-by-turchin-kasymaliev-documents", "agreements"),  # one amended, two planned
    ("extract/heldout_ru19", "754_ru_khovar-rahmon-adb-president-grants", "agreements"),  # a loan agreement "ожидается"
    ("extract/heldout_ru30", "815_ru_tass-samgtu-branch-namangan-opened", "agreements"),  # one of 2024, one planned
    ("extract/heldout_ru30", "816_ru_kazinform-enu-rector-china-turkey-agreements", "agreements"),  # planned in Istanbul
    ("extract/heldout_ru30", "817_ru_omskinform-khotsenko-pavlodar-akim-logistics", "agreements"),  # 2019's, one planned
    ("extract/heldout_ru30", "818_ru_kazpravda-uzbek-culture-days-astana-museums", "agreements"),  # a programme still to sign
    ("extract/heldout_ru30", "819_ru_nauka-sibiri-joint-laboratory-uzbek-academy", "projects"),  # a centre that "может стать"
    ("extract/heldout_ru30", "820_ru_sputnik-kg-russian-schools-handed-over", "agreements"),  # the presidents' of 2023
    ("kk/heldout13", "689_kk_khabar-saudi-agriculture-minister-riyadh", "agreements"),  # one "қол қойған болатын"
    ("kk/heldout13", "689_kk_khabar-saudi-agriculture-minister-riyadh", "projects"),  # its terminal, recalled too
    ("kk/heldout14", "693_kk_abai-tokayev-japarov-phone-call", "meetings"),  # a meeting the sides "уағдаласты" to hold
    ("kk/heldout14", "696_kk_jasalash-energy-minister-rosatom", "projects"),  # "станцияның ... энергоблогы": the station again
    ("kk/heldout14", "696_kk_jasalash-energy-minister-rosatom", "statements"),  # "... түсіндірмеді": nothing said
    ("kk/heldout15", "699_kk_baq-tokayev-mirziyoyev-energy-memorandum", "agreements"),  # one "кейінге қалдырылды"
    ("kk/heldout15", "699_kk_baq-tokayev-mirziyoyev-energy-memorandum", "projects"),  # that one's station
    ("kk/heldout15", "700_kk_kazinform-pavlodar-aluminium-plant", "projects"),  # a supplier's plant named
    ("kk/heldout15", "701_kk_strategy2050-mangystau-desalination", "projects"),  # two more plants "салуға дайын"
    ("kk/heldout16", "704_kk_kazinform-tokayev-berdimuhamedov-birthday-call", "meetings"),  # a session "өткізуге келісті"
    ("kk/heldout16", "706_kk_aikyn-kyzylorda-chinese-glass-plant", "projects"),  # "Жаңа өндіріс орнын іске қосу рәсіміне"
    ("kk/heldout17", "710_kk_adyrna-middle-corridor-promises", "meetings"),  # ministers' meeting "өтеді деп күтілуде"
    ("kk/heldout17", "711_kk_baq-akkenzhenov-uae-ambassador", "meetings"),  # a working group's session "өткізуге келісті"
    ("kk/heldout17", "714_kk_ult-tokayev-erdogan-eid-call", "meetings"),  # a summit meeting "уағдаласты", a visit expected
    ("kk/heldout18", "715_kk_akorda-tokayev-meloni-call-credentials", "meetings"),  # a forum "пысықтауға келісті", a visit invited
    ("kk/heldout18", "716_kk_kazinform-zhambyl-chinese-fertilizer-plant", "projects"),  # "Екінші кезеңде ... цех салынады": the plant's part
    ("kk/heldout18", "717_kk_egemen-kaznu-foreign-universities-branch", "agreements"),  # a letter of intent "қол қойған болатын"
    ("extract/heldout_ru20", "758_ru_kommersant-tmh-andijan-loan", "agreements"),  # a contract recalled, a signing confirmed
    ("extract/heldout_ru20", "759_ru_rg-orenburg-aktobe-regions", "projects"),  # a centre only to be "проработать"
    ("extract/heldout_ru21", "764_ru_podrobno-uz-kg-heads-of-government-documents", "agreements"),  # one "решено перенести"
    ("extract/heldout_ru21", "765_ru_tengrinews-turkestan-akim-glass-plant", "projects"),  # a second plant "рассматривают возможность"
    ("extract/heldout_ru23", "773_ru_kapital-subsidiary-sulphuric-acid-plant", "projects"),  # a second phase at its study
    ("extract/heldout_ru23", "774_ru_inbusiness-shymkent-hospital-ppp-loan", "projects"),  # a second phase unfunded
    ("extract/heldout_ru23", "776_ru_economist-kg-crbc-road-agreement", "agreements"),  # a loan "планируется заключить"
    ("extract/heldout_ru23", "777_ru_edb-release-wind-farm-karakalpakstan", "agreements"),  # one "намерены подписать"
    ("extract/heldout_ru27", "797_ru_24kg-energy-minister-chinese-solar-plant", "projects"),  # a second plant only discussed
    ("extract/heldout_ru27", "799_ru_azattyk-kambarata-shares-not-agreed", "agreements"),  # one "так и не было подписано"
    ("extract/heldout_ru27", "800_ru_asiaplus-rahmon-aiib-kulob-road", "projects"),  # a plant and two lines, none merged
    ("extract/heldout_ru27", "802_ru_gazetauz-energy-ministry-acwa-wind-farm", "projects"),  # a plant only to "рассмотреть"
    ("extract/heldout_ru23", "778_ru_minenergo-kz-eni-projects-list", "projects"),  # a field only to be negotiated
    ("extract/heldout_ru24", "779_ru_tass-cis-summit-ashgabat-sidelines", "agreements"),  # "подписан пакет из 14 документов"
    ("extract/heldout_ru24", "780_ru_kazinform-tokayev-ots-gabala-summit", "meetings"),  # next summit, a family photo
    ("extract/heldout_ru24", "783_ru_kabar-kulubaev-csto-cfm-minsk", "agreements"),  # "Организации Договора о ..."
    ("extract/heldout_ru26", "791_ru_mirror-kremlin-putin-berdimuhamedov-talks", "meetings"),  # a call in "Читайте также"
    ("extract/heldout_ru26", "792_ru_bashinform-khabirov-uralsk-agreement-plant", "agreements"),  # contracts of 2024
    ("extract/heldout_ru26", "795_ru_rbc-gazprom-uzbekistan-gas-supply", "agreements"),  # the first contract recalled
    ("extract/heldout_ru25", "788_ru_interfax-pasler-tashkent-business-mission", "agreements"),  # the lead's contract again
    ("extract/heldout_ru25", "789_ru_ria-interparliamentary-commission-ru-kz", "meetings"),  # the next session planned
    ("extract/heldout_ru28", "803_ru_tass-putin-mirziyoyev-energy-week", "meetings"),  # the next contact "ожидается"
    ("extract/heldout_ru28", "804_ru_interfax-overchuk-zhumangarin-commission-protocol", "projects"),  # a venture "проработать"
    ("extract/heldout_ru28", "805_ru_ria-central-asia-russia-foreign-ministers", "meetings"),  # a summit, a meeting planned
    ("extract/heldout_ru28", "806_ru_kommersant-uralchem-uzkimyosanoat-nitrogen", "projects"),  # "рассматривают возможность"
    ("extract/heldout_ru28", "807_ru_vesti-putin-state-visit-astana", "agreements"),  # "пакет из одиннадцати документов"
    ("extract/heldout_ru29", "814_ru_podrobno-mirziyoyev-tokayev-call-summit-prep", "projects"),  # a company of a draft "проекту Соглашения"
    ("extract/heldout_ru29", "814_ru_podrobno-mirziyoyev-tokayev-call-summit-prep", "meetings"),  # a summit and a meeting planned
    ("extract/heldout_ru22", "767_ru_regional-kremlin-putin-rahmon-call", "meetings"),  # a meeting at a summit "не согласована"
    ("extract/heldout_ru31", "821_ru_primeminister-bektenov-company-plant-pavlodar", "agreements"),  # "Напомним, соглашение ... было подписано"
    ("extract/heldout_ru31", "824_ru_minenergo-wind-farm-zhambyl-commissioned", "meetings"),  # a ceremony "приняли участие", no talks
    ("extract/heldout_ru31", "826_ru_mfatj-muhriddin-japanese-ambassador-farewell", "agreements"),  # an order handed, no document
    ("extract/heldout_ru22", "768_ru_kazinform-2015-masimov-beijing", "agreements"),  # 25 agreements recalled from August
    ("extract/heldout_ru22", "769_ru_lenta-saidov-tv-interview-lavrov", "agreements"),  # one that "может быть подписан"
    ("extract/heldout_ru22", "772_ru_sputnik-kz-az-foreign-ministers", "meetings"),  # a state visit "предстоящий"
    ("en/heldout18", "462_en_trend-az-kz-caspian-cable-feasibility", "agreements"),  # a memorandum "expected to be signed"
    ("en/heldout18", "464_en_reuters-kyrgyzstan-turkish-copper-smelter", "projects"),  # a zone of a memorandum still to be signed
    ("en/heldout18", "466_en_eeas-eusr-central-asia-tashkent-visit", "agreements"),  # ratification "called for"
    ("en/heldout19", "468_en_uzdaily-mirziyoyev-aliyev-phone", "meetings"),  # a next meeting "agreed to hold"
    ("en/heldout19", "471_en_xinhua-xi-rahmon-talks-beijing", "agreements"),  # "more than 20 cooperation documents"
    ("en/heldout20", "474_en_timesca-tajik-uzbek-hydropower-deal", "agreements"),  # "the latest in a series of deals", a 2018 treaty
    ("en/heldout20", "475_en_prnewswire-nordvind-kyrgyz-wind-farm", "agreements"),  # "The investment agreement was signed": the lead's
    ("en/heldout20", "476_en_uzbek-ministry-hungary-commission-readout", "projects"),  # a trade house "readiness to open"
    ("en/heldout20", "477_en_bloomberg-kazakhstan-jiangxi-copper-smelter", "agreements"),  # one that "could be signed", a 2024 deal
    ("en/heldout20", "477_en_bloomberg-kazakhstan-jiangxi-copper-smelter", "projects"),  # a mine expansion completed in 2023
    ("en/heldout20", "478_en_eurasianet-kambarata-joint-company", "meetings"),  # talks "held up" for years
    ("en/heldout21", "484_en_reuters-uzbekistan-gazprom-pipeline", "agreements"),  # a memorandum of "that year", 2023
    ("en/heldout23", "492_en_ap-samarkand-central-asia-gulf-summit", "statements"),  # ", Uzbek officials said": a source
    ("en/heldout23", "494_en_eurasianet-kambarata-pledges", "agreements"),  # "no longer a declaration" quoted, a 2023 roadmap
    ("en/heldout23", "495_en_ebrd-uzbekistan-transmission-line-loan", "meetings"),  # co-signers of a signing during a visit
    ("en/heldout23", "496_en_govuk-pm-call-tokayev", "agreements"),  # "since the signing of the ... Agreement"
    ("en/heldout22", "485_en_astanatimes-korea-fm-visit-roadmap", "projects"),  # "called on Korean partners to take part in"
    ("en/heldout22", "486_en_24kg-kyrgyzstan-kazakhstan-water-agreement", "agreements"),  # "The agreement provides for the exchange of"
    ("en/heldout22", "488_en_menafn-trend-caspian-power-cable-memorandum", "agreements"),  # an agreement "in 2024"
    ("en/heldout22", "489_en_uzdaily-ministry-isdb-water-loan", "projects"),  # a bank "ready to consider financing"
    ("en/heldout22", "490_en_govuk-minister-doughty-saidov-readout", "meetings"),  # a next round "agreed to hold", a signing
]

_scores: dict[str, dict] = {}


@pytest.fixture
def scored(extractor):
    """folder -> its score, computed once per run."""
    def get(folder: str) -> dict:
        if folder not in _scores:
            _scores[folder] = score_heldout(extractor, TESTS / folder, SETS[folder][0])
        return _scores[folder]
    return get


def _gold_count(folder: str, name: str, kind: str) -> int:
    gold = json.loads((TESTS / folder / f"{name}.gold.json").read_text(encoding="utf-8"))
    return len(gold.get(kind) or [])


def test_every_held_out_folder_is_in_the_table():
    folders = {str(p.relative_to(TESTS)) for p in TESTS.glob("*/heldout*") if p.is_dir()}
    assert folders == set(SETS)


@pytest.mark.parametrize("folder", SETS)
def test_every_article_is_annotated_and_extracted(scored, folder):
    assert_every_article_annotated_and_extracted(scored(folder), TESTS / folder, at_least=SETS[folder][1])


@pytest.mark.parametrize("folder", SETS)
def test_headline_score_stays_above_its_floor(scored, folder):
    result = scored(folder)
    assert result["score"] >= SETS[folder][2], {k: result[k]["f1"] for k in KINDS}


@pytest.mark.parametrize("folder", SETS)
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_stays_above_its_floor(scored, folder, kind):
    floors = dict(zip(KINDS, SETS[folder][3]))
    assert scored(folder)[kind]["f1"] >= floors[kind], scored(folder)[kind]


@pytest.mark.parametrize("folder", SETS)
def test_an_article_without_events_of_a_kind_gets_none_but_the_known_errors(scored, folder):
    invented = {(name, kind) for name, row in scored(folder)["per_document"].items() for kind in EVENT_KINDS
                if row[kind][1] and not _gold_count(folder, name, kind)}
    known = {(name, kind) for name, kind in KNOWN_INVENTIONS if (TESTS / folder / f"{name}.txt").exists()}
    assert invented == known


@pytest.mark.parametrize("folder, name, kind", NOTHING_BEYOND_GOLD)
def test_what_did_not_happen_here_is_no_fact(scored, folder, name, kind):
    row = scored(folder)["per_document"][name]
    assert row[kind][1] == 0, row
