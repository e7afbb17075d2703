"""The shipped Kazakh entity model (kelisim/models/kk_ner/): it loads offline from the package,
carries its card, and finds persons, organisations, states and titles in news sentences."""
import pytest

from kelisim.doc import Doc
from kelisim.nlp.kazakh import KazakhNLP
from kelisim.nlp.kk_ner import MODEL_DIR, card, load


def ner_spans(text: str) -> set[tuple[str, str]]:
    doc = KazakhNLP()(Doc(text=text, lang="kk"))
    return {(s.type, s.text) for s in doc.spans if s.source == "ner"}


def test_kk_model_ships_with_its_card():
    meta = card()
    assert meta["license"] == "CC BY 4.0"
    assert "KazNERD" in meta["sources"][0]["name"]
    assert set(meta["kelisim"]["kaznerd_test"]) == {"PER", "ORG", "LOC", "POSITION"}
    assert (MODEL_DIR / "README.md").is_file()
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 30_000_000      # a wheel's worth: the hash tables are most of it


def test_kk_model_loads_once():
    assert load() is load()


@pytest.mark.parametrize("text, expected", [
    ("Президент Қасым-Жомарт Тоқаев Ақордада Өзбекстан Сыртқы істер министрі Бахтиёр Саидовты қабылдады.",
     {("PER", "Қасым-Жомарт Тоқаев"), ("PER", "Бахтиёр Саидовты")}),
    ("Қазақстан мен Қытай арасындағы сауда көлемі өткен жылы айтарлықтай өсті.",
     {("GPE", "Қазақстан"), ("GPE", "Қытай")}),
    # model 1.1.0 reads this short sentence as one long title, a known miss of the model alone
    # (the Kazakh rules still find the bank); strict, so a model that finds it again says so
    pytest.param("Бүгін Ұлттық банк базалық мөлшерлемені өзгеріссіз қалдырды.", {("ORG", "Ұлттық банк")},
                 marks=pytest.mark.xfail(strict=True, reason="kk_ner 1.1.0 tags the sentence as one POSITION")),
])
def test_kk_model_finds_entities(text, expected):
    assert expected <= ner_spans(text)


def test_kk_model_finds_a_title_before_a_name():
    found = ner_spans("Қазақстан Республикасының Премьер-Министрі Олжас Бектенов жиын өткізді.")
    assert any(kind == "POSITION" and "Премьер-Министрі" in text for kind, text in found)
    assert ("PER", "Олжас Бектенов") in found


def test_kk_model_spans_fall_on_token_bounds():
    text = "Ресей Президенті Владимир Путинмен телефон арқылы сөйлесті."
    doc = KazakhNLP()(Doc(text=text, lang="kk"))
    starts = {t.start for t in doc.sents[0].tokens}
    ends = {t.end for t in doc.sents[0].tokens}
    assert all(s.start in starts and s.end in ends for s in doc.spans)
