"""Language identification by script and function words."""
import pytest

from kelisim.nlp.langid import detect


@pytest.mark.parametrize("text, lang", [
    ("Глава МИД РК встретился с депутатами парламента Великобритании в Лондоне.", "ru"),
    ("Kazakh Foreign Minister held talks with his British counterpart in London on Tuesday.", "en"),
    ("Мемлекет басшысы Қазақстан мен Моңғолия арасындағы сауда байланыстарын кеңейту қажет екенін айтты.", "kk"),
    ("Президент України і уряд провели зустріч, що була також важливою.", "uk"),
    # Kazakh "та"/"те" (also) and "і" are Ukrainian function words too; ә ғ қ ң ө ұ ү һ are not Ukrainian
    ("Мұнай бағасы АҚШ-та та, Еуропада да өсті.", "kk"),
    ("Ресей та, АҚШ та бірге жұмыс істейтінін айтты.", "kk"),
    ("Der Präsident und die Regierung haben sich in Berlin getroffen.", "de"),
    ("Le président est à Paris pour la réunion avec les ministres.", "fr"),
    ("١٢٣ الرئيس في الرياض", "ar"),
    ("12345 --- !!!", "und"),
])
def test_langid_detects(text, lang):
    assert detect(text) == lang
