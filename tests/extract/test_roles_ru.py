"""Roles in Russian news: titles before the name, titles set off after it, and whose they are."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def roles_of(record: dict, surname: str) -> list[tuple[str, str | None]]:
    names = {e["id"]: e["name"] for e in record["entities"]}
    found = [e for e in record["entities"] if e["type"] == "PER" and surname in e["name"]]
    assert found, f"no person {surname!r} in {[e['name'] for e in record['entities']]}"
    return [(r["title"], names.get(r.get("org"))) for r in found[0].get("roles") or []]


@pytest.mark.parametrize("sentence, surname, title", [
    # a comma after the name, the title up to the next comma
    ("Об этом сообщил Андрей Соколов, генеральный директор компании «Северный ветер».",
     "Соколов", "генеральный директор компании «Северный ветер»"),
    # a dash after the name, in a list of speakers
    ("На форуме выступят Ольга Белова - директор Института истории РАН, Пётр Зуев - директор "
     "Центра прикладной экономики.", "Белова", "директор Института истории РАН"),
    ("На форуме выступят Ольга Белова - директор Института истории РАН, Пётр Зуев - директор "
     "Центра прикладной экономики.", "Зуев", "директор Центра прикладной экономики"),
    # an instrumental apposition after an instrumental name
    ("Министр провёл переговоры с Виктором Орбаном, премьер-министром Венгрии.", "Орбан", "премьер-министр"),
    # an occupation, not an office of state
    ("Вчера Игорь Лебедев, солист группы «Полюс», дал концерт в Казани.", "Лебедев", "солист группы «Полюс»"),
    ("Как отметил координатор движения «Зелёный город» Семён Орлов, акция прошла спокойно.",
     "Орлов", "координатор движения «Зелёный город»"),
    # an organisation named in Latin letters
    ("Своим мнением поделятся Анна Сомова - директор Urban Culture Lab, Игорь Лис - руководитель "
     "проекта Green works (Канада).", "Сомова", "директор Urban Culture Lab"),
    ("Как заявил директор Urban Culture Lab Пётр Осин, проект продолжится.", "Осин", "директор Urban Culture Lab"),
    # prepositions inside an office: a region, a body attached to another
    ("Посол Евросоюза на Южном Кавказе Пьер Манье призвал к диалогу.", "Манье",
     "посол Евросоюза на Южном Кавказе"),
    ("Об этом сообщил официальный представитель Следственного комитета при прокуратуре Олег Жуков.",
     "Жуков", "официальный представитель Следственного комитета при прокуратуре"),
    # an abbreviation in brackets right before the name belongs to the org, not the title
    ("Председатель Комитета национальной безопасности (КНБ) Ерлан Сагинов провёл совещание.",
     "Сагинов", "председатель Комитета национальной безопасности"),
])
def test_roles_title_before_or_after_the_name(extract, sentence, surname, title):
    assert title in [t for t, _ in roles_of(extract(sentence), surname)]


@pytest.mark.parametrize("sentence, surname, not_title", [
    # the title after one name is not the title of the next name in the list
    ("На форуме выступят Ольга Белова - директор Института истории РАН, Пётр Зуев - директор "
     "Центра прикладной экономики.", "Зуев", "директор Института истории РАН"),
    ("Концерт дали Игорь Лебедев, солист группы «Полюс», и Антон Рыжов.", "Рыжов", "солист группы «Полюс»"),
    # a title that runs into the next name is that person's: "министр обороны" is Белоусов's
    ("На встрече были глава МИД Сергей Лавров, министр обороны Андрей Белоусов и другие.",
     "Лавров", "министр обороны"),
    # plural offices set off by commas are the others in a list, not this person's office
    ("В церемонии приняли участие его друзья, представители федеральной власти, глава Тверской "
     "области Игорь Руденко, руководители соседних регионов.", "Руденко", "представители федеральной власти"),
    ("В церемонии приняли участие его друзья, представители федеральной власти, глава Тверской "
     "области Игорь Руденко, руководители соседних регионов.", "Руденко", "руководители соседних регионов"),
])
def test_roles_an_apposition_belongs_to_one_name(extract, sentence, surname, not_title):
    assert not_title not in [t for t, _ in roles_of(extract(sentence), surname)]


def test_roles_organisation_named_in_a_quoted_title(extract):
    rec = extract("Заявление сделал советник руководителя партии «Новый путь» Артём Гусев.")
    assert roles_of(rec, "Гусев") == [("советник руководителя партии «Новый путь»", "Новый путь")]


def test_roles_quoted_list_item_does_not_join_the_title(extract):
    rec = extract("Они требуют «прямых выборов глав регионов», «роспуска городской думы», отставки "
                  "тверского губернатора Игоря Руденко.")
    assert [t for t, _ in roles_of(rec, "Руденко")] == ["тверской губернатор"]
