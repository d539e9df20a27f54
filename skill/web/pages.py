"""The privacy policy and terms of use as web pages, from ``documents/`` beside this module.

Each is rendered once, on its first request (not start-up work), with markdown-it-py
(CommonMark, raw HTML off), into a small accessible page. ``{contact}`` in the Markdown
is replaced by who to contact (``SKILL_CONTACT``) and escaped like everything else, so
no configured value can add markup.

Each page is also in Spanish and French (``privacy.es.md``, ``terms.fr.md``...), asked for
with ``?lang=es`` or ``?lang=fr``; any other language, or none, gets the English page.
Only the known languages are keys, so the pages held stay bounded whatever is asked.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

DOCUMENTS = Path(__file__).resolve().parent / "documents"
PAGES = {"privacy": "privacy.md", "terms": "terms.md"}
LANGUAGES = ("en", "es", "fr")  # English first: the one any other language value gets
DEFAULT_CONTACT = "the publisher named on the skill's page in the Alexa app"
# The default contact in each page's own language (a configured SKILL_CONTACT is used as it is).
DEFAULT_CONTACTS = {
    "en": DEFAULT_CONTACT,
    "es": "el editor que aparece en la página de la skill en la app de Alexa",
    "fr": "l'éditeur indiqué sur la page de la skill dans l'application Alexa",
}

_TEMPLATE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font: 1.125rem/1.6 system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem;
       color: #1a1a1a; background: #fff; }}
a {{ color: #0b3d78; }}
</style>
</head>
<body>
<main>
{body}</main>
</body>
</html>
"""


def language(value: str | None) -> str:
    """The page language for a ``lang`` query value: a known one, else English."""
    value = (value or "").strip().lower()
    return value if value in LANGUAGES else LANGUAGES[0]


def document(name: str, lang: str) -> Path:
    """The Markdown file of page ``name`` in ``lang`` (``privacy.md``, ``privacy.es.md``...)."""
    file = PAGES[name]
    return DOCUMENTS / (file if lang == LANGUAGES[0] else file.replace(".md", f".{lang}.md"))


def render(markdown: str, contact: str = DEFAULT_CONTACT, lang: str = "en") -> str:
    """A whole HTML page in ``lang`` from ``markdown``; its first heading is the page title."""
    from markdown_it import MarkdownIt  # only the web app needs it, and only at start-up

    parser = MarkdownIt("commonmark", {"html": False})
    tokens = parser.parse(markdown.replace("{contact}", contact))
    headings = (tokens[i + 1].content for i, token in enumerate(tokens[:-1]) if token.type == "heading_open")
    title = next(headings, "Back Pain Check")
    return _TEMPLATE.format(
        lang=escape(lang), title=escape(title), body=parser.renderer.render(tokens, parser.options, {})
    )


class Pages:
    """The pages by route name and language, each rendered the first time it is asked for."""

    def __init__(self, contact: str = DEFAULT_CONTACT) -> None:
        self.contact = contact
        self._rendered: dict[tuple[str, str], str] = {}

    def contact_in(self, lang: str) -> str:
        return DEFAULT_CONTACTS[lang] if self.contact == DEFAULT_CONTACT else self.contact

    def page(self, name: str, lang: str | None = None) -> str:
        """Page ``name`` in the language ``lang`` names, English for any other value."""
        key = (name, language(lang))  # only known names and languages: the cache stays bounded
        if key not in self._rendered:
            markdown = document(*key).read_text(encoding="utf-8")
            self._rendered[key] = render(markdown, self.contact_in(key[1]), key[1])
        return self._rendered[key]

    def __getitem__(self, name: str) -> str:
        return self.page(name)
