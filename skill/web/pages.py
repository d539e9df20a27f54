"""The privacy policy and terms of use as web pages, from ``documents/`` beside this module.

Each is rendered once, on its first request (not start-up work), with markdown-it-py
(CommonMark, raw HTML off), into a small accessible page. ``{contact}`` in the Markdown
is replaced by who to contact (``SKILL_CONTACT``) and escaped like everything else, so
no configured value can add markup.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

DOCUMENTS = Path(__file__).resolve().parent / "documents"
PAGES = {"privacy": "privacy.md", "terms": "terms.md"}
DEFAULT_CONTACT = "the publisher named on the skill's page in the Alexa app"

_TEMPLATE = """<!doctype html>
<html lang="en">
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


def render(markdown: str, contact: str = DEFAULT_CONTACT) -> str:
    """A whole HTML page from ``markdown``; its first heading is the page title."""
    from markdown_it import MarkdownIt  # only the web app needs it, and only at start-up

    parser = MarkdownIt("commonmark", {"html": False})
    tokens = parser.parse(markdown.replace("{contact}", contact))
    headings = (tokens[i + 1].content for i, token in enumerate(tokens[:-1]) if token.type == "heading_open")
    title = next(headings, "Back Pain Check")
    return _TEMPLATE.format(title=escape(title), body=parser.renderer.render(tokens, parser.options, {}))


class Pages:
    """The pages by route name, each rendered the first time it is asked for."""

    def __init__(self, contact: str = DEFAULT_CONTACT) -> None:
        self.contact = contact
        self._rendered: dict[str, str] = {}

    def __getitem__(self, name: str) -> str:
        if name not in self._rendered:
            self._rendered[name] = render((DOCUMENTS / PAGES[name]).read_text(encoding="utf-8"), self.contact)
        return self._rendered[name]
