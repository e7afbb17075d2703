"""News pages written for the tests in the style of real news sites: navigation, a cookie
banner, scripts, share buttons, related links, comments and a footer around a known article
body, so how much of the body a reader keeps and how much boilerplate it lets in can be
measured. The articles are our own."""
from __future__ import annotations

import html

ARTICLES = [
    ("ru", "Министры иностранных дел Казахстана и Норвегии провели переговоры в Астане", "2026-03-12", [
        "Министр иностранных дел Казахстана Ерлан Сапаров провёл переговоры со своим норвежским коллегой "
        "Ингрид Хауге, прибывшей в Астану с официальным визитом.",
        "Стороны обсудили сотрудничество в области возобновляемой энергетики, морского транспорта и "
        "подготовки инженеров для нефтегазовой отрасли.",
        "«Норвегия остаётся одним из ключевых партнёров Казахстана в Европе», – отметил Сапаров.",
        "По итогам встречи министры подписали меморандум о взаимопонимании в сфере зелёной энергетики "
        "сроком до 2030 года.",
    ]),
    ("en", "Uzbekistan and Finland agree on a water management roadmap", "2026-04-02", [
        "Uzbekistan's Minister of Water Resources Timur Aliyev met Finnish Ambassador Kari Lehto in "
        "Tashkent on Wednesday to discuss irrigation and water treatment.",
        "The two sides signed a roadmap on water management that runs until 2028 and foresees pilot "
        "projects in the Fergana Valley.",
        "\"Finnish expertise will help us save water where it is scarcest,\" Aliyev said after the talks.",
        "Lehto said Finnish companies were ready to open a training centre for engineers in Samarkand.",
    ]),
    ("kk", "Қазақстан мен Оңтүстік Корея су ресурстары бойынша келісімге қол қойды", "2026-05-20", [
        "Қазақстанның Су ресурстары министрі Нұрлан Бекұлы Сеулде Корея Республикасының Қоршаған орта "
        "министрі Ким Сон Хомен кездесті.",
        "Тараптар су үнемдеу технологиялары мен суару жүйелерін жаңғырту мәселелерін талқылады.",
        "Кездесу қорытындысы бойынша екі елдің министрліктері арасында өзара түсіністік туралы "
        "меморандумға қол қойылды.",
    ]),
]

BOILERPLATE = [
    "Главная", "Политика", "Экономика", "Общество", "Спорт", "Войти", "Подписаться на рассылку",
    "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая, вы соглашаетесь с этим.",
    "Принять", "Поделиться", "Читайте также", "Курс тенге снова укрепился к доллару",
    "В Алматы открылся новый каток на Медеу", "Комментарии (3)",
    "Отличная новость, давно пора!", "А что с ценами на бензин?",
    "© 2026 Новости Степи. Все права защищены. Перепечатка только со ссылкой.",
]


def news_page(lang: str, title: str, date: str, paragraphs: list[str], *, related: list[str] | None = None,
              layout: str = "article") -> str:
    """A page around the article; `layout` "div" marks nothing up as <main> or <article>, as many
    older news sites do."""
    e = html.escape
    body = "".join(f"<p>{e(p)}</p>" for p in paragraphs)
    links = "".join(f'<li><a href="/news/{i}-related">{e(t)}</a></li>'
                    for i, t in enumerate(related or BOILERPLATE[11:13]))
    page = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{e(title)} | Новости Степи</title>
<meta property="og:title" content="{e(title)}">
<meta property="article:published_time" content="{date}T10:00:00+05:00">
<script>window.dataLayer=[];function track(){{dataLayer.push(arguments)}}</script>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{e(title)}"}}</script>
</head><body>
<div class="cookie-banner" id="cookies"><p>{BOILERPLATE[7]}</p><button>{BOILERPLATE[8]}</button></div>
<header class="site-header"><a href="/" class="logo">Новости Степи</a>
<nav class="menu"><ul><li><a href="/">{BOILERPLATE[0]}</a></li><li><a href="/category/politics">{BOILERPLATE[1]}</a></li>
<li><a href="/category/economy">{BOILERPLATE[2]}</a></li><li><a href="/category/society">{BOILERPLATE[3]}</a></li>
<li><a href="/category/sport">{BOILERPLATE[4]}</a></li></ul></nav>
<a href="/login">{BOILERPLATE[5]}</a> <a href="/subscribe">{BOILERPLATE[6]}</a></header>
<main><div class="breadcrumbs"><a href="/">{BOILERPLATE[0]}</a> / <a href="/category/politics">{BOILERPLATE[1]}</a></div>
<article class="news-item"><h1>{e(title)}</h1><div class="meta"><time datetime="{date}">{date}</time></div>
<div class="article-body">{body}</div>
<div class="share"><span>{BOILERPLATE[9]}</span> <a href="#">VK</a> <a href="#">Telegram</a></div>
</article>
<aside class="related"><h3>{BOILERPLATE[10]}</h3><ul>{links}</ul></aside>
<section class="comments" id="comments"><h3>{BOILERPLATE[13]}</h3>
<div class="comment"><b>Айдос</b><p>{BOILERPLATE[14]}</p></div>
<div class="comment"><b>Гость</b><p>{BOILERPLATE[15]}</p></div>
<form><textarea name="c"></textarea><button>Отправить</button></form></section>
</main>
<footer class="site-footer"><p>{BOILERPLATE[16]}</p><a href="/about">О нас</a> <a href="/contacts">Контакты</a></footer>
<script>track('page');</script></body></html>"""
    if layout == "div":
        for tag in ("main", "article", "header", "nav", "footer", "aside", "section"):
            page = page.replace(f"<{tag} ", "<div ").replace(f"<{tag}>", "<div>").replace(f"</{tag}>", "</div>")
    return page


def pages(layout: str = "article") -> list[tuple[str, str, list[str]]]:
    """(page html, title, body paragraphs) for each article."""
    return [(news_page(lang, title, date, body, layout=layout), title, body) for lang, title, date, body in ARTICLES]


COUNTRIES = ["Норвегии", "Финляндии", "Японии", "Кореи", "Индии", "Италии", "Испании", "Бразилии", "Египта",
             "Канады", "Мексики", "Чили", "Польши", "Австрии", "Венгрии", "Греции", "Вьетнама", "Малайзии"]
TOPICS = ["энергетики", "транспорта", "образования", "здравоохранения", "сельского хозяйства", "туризма",
          "цифровизации", "водных ресурсов", "металлургии", "логистики", "науки", "культуры"]


def generated_page(i: int) -> str:
    """The i-th of many distinct short news pages (a site for soak and crash tests)."""
    country, topic = COUNTRIES[i % len(COUNTRIES)], TOPICS[(i // len(COUNTRIES)) % len(TOPICS)]
    body = [f"Делегации Казахстана и {country} провели {i + 1}-й раунд консультаций по вопросам {topic}.",
            f"Стороны обсудили {i * 7 % 90 + 10} совместных проектов и договорились о встрече в {2027 + i % 5} году.",
            f"Товарооборот в прошлом году составил {i * 13 % 900 + 100} миллионов долларов, сообщили в ведомстве."]
    return news_page("ru", f"Консультации Казахстана и {country} № {i}", "2026-02-01", body)
