"""The web pages: server-rendered Jinja2 templates over the same plain functions as the API.

    pages.py       the routes: dashboard, articles, actors, events, timeline, network,
                   commitments, search, review, and the error page
    highlight.py   an article's text cut at evidence and mention offsets, for escaping piece by piece
    i18n.py        English and Russian strings (templates/strings.tsv), chosen by ?lang, cookie, Accept-Language
    templates/     Jinja2 templates (autoescaped); static/ CSS, the one script, vendored Swagger UI

Article text is untrusted: it reaches the page only through autoescaped template expressions,
never `|safe`, and the Content-Security-Policy (api/limits.py) allows no inline script.
"""
