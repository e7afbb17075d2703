"""The script payloads the safety tests ingest (a module of its own, not conftest: tests import
from it)."""
from __future__ import annotations

SCRIPT = "<script>window.__xss = 1; alert('script ran')</script>"
ONERROR = "<img src=x onerror=\"window.__xss = 2; alert('onerror ran')\">"


def payload_record() -> dict:
    """An article whose title, text, quoted statement and entity carry script payloads, with
    evidence and a mention over them (so they land inside <mark> and <a> on the page)."""
    text = (f"Ермек Кошербаев провёл встречу в Астане. {SCRIPT} Он заявил: {ONERROR} "
            f"Стороны подписали меморандум о сотрудничестве.")
    said = text.index(ONERROR)
    return {
        "id": "xss-0000000001", "source": f"evil.example/{SCRIPT}", "lang": "ru", "date": "2026-05-20",
        "title": f"Заголовок {SCRIPT}{ONERROR}", "text": text, "sectors": ["diplomacy_general"],
        "entities": [
            {"id": "e1", "type": "PER", "name": "Ермек Кошербаев", "country": "KZ", "aliases": [], "roles": [],
             "mentions": [{"start": 0, "end": 15, "text": "Ермек Кошербаев"}]},
            {"id": "e2", "type": "ORG", "name": f"Группа {ONERROR}", "country": None, "aliases": [], "roles": [],
             "mentions": [{"start": said, "end": said + len(ONERROR), "text": ONERROR}]},
        ],
        "events": [
            {"id": "v1", "type": "statement", "speaker": "e1", "direct": True, "text": f"{SCRIPT} {ONERROR}",
             "evidence": [{"start": 0, "end": len(text), "text": text}]},
        ],
    }
