"""The privacy policy and terms in Spanish and French: ``/privacy?lang=es``, ``/terms?lang=fr``."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from skill.web.pages import DOCUMENTS, LANGUAGES, PAGES, Pages

HEADINGS = {
    ("privacy", "es"): "Chequeo de Espalda: política de privacidad",
    ("terms", "es"): "Chequeo de Espalda: condiciones de uso",
    ("privacy", "fr"): "Bilan du dos : politique de confidentialité",
    ("terms", "fr"): "Bilan du dos : conditions d'utilisation",
}
DISCLAIMER = {"es": "sustituye el consejo", "fr": "un remplacement d'un avis médical"}
DEFAULT_CONTACT = {"es": "el editor que aparece en la página de la skill", "fr": "l'éditeur indiqué sur la page"}


def assert_security_headers(response) -> None:  # type: ignore[no-untyped-def]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Cache-Control"] == "public, max-age=3600"


@pytest.mark.parametrize(("name", "lang"), sorted(HEADINGS))
def test_each_page_is_served_in_spanish_and_french(client: FlaskClient, name: str, lang: str) -> None:
    response = client.get(f"/{name}?lang={lang}")
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert response.headers["Content-Language"] == lang
    assert_security_headers(response)
    page = response.get_data(as_text=True)
    assert page.startswith("<!doctype html>") and f'<html lang="{lang}">' in page
    text = " ".join(unescape(page).split())
    heading = HEADINGS[name, lang]
    assert f"<h1>{heading}</h1>" in text and f"<title>{heading}</title>" in text
    assert DISCLAIMER[lang] in text
    assert "{contact}" not in page and DEFAULT_CONTACT[lang] in text
    assert "Back Pain Check" not in page and "the publisher named" not in page


@pytest.mark.parametrize("query", ["", "?lang=en", "?lang=de", "?lang=", "?lang=es-x", "?lang=%00%ff", "?lang=../x"])
@pytest.mark.parametrize("name", ["privacy", "terms"])
def test_an_unknown_or_missing_language_gets_the_english_page(client: FlaskClient, name: str, query: str) -> None:
    response = client.get(f"/{name}{query}")
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert response.headers["Content-Language"] == "en"
    assert_security_headers(response)
    page = response.get_data(as_text=True)
    assert '<html lang="en">' in page and "<h1>Back Pain Check: " in page


def test_the_language_is_read_whatever_its_case(client: FlaskClient) -> None:
    assert '<html lang="fr">' in client.get("/privacy?lang=FR").get_data(as_text=True)


def test_a_configured_contact_is_used_in_every_language() -> None:
    pages = Pages("care@example.org")
    for lang in LANGUAGES:
        assert "care@example.org" in pages.page("privacy", lang)


def test_the_rendered_pages_are_keyed_only_by_the_known_languages() -> None:
    pages = Pages()
    for value in ("es", "fr", "en", None, "de", "x" * 1000, *(f"q{n}" for n in range(50))):
        pages.page("privacy", value)
        pages.page("terms", value)
    assert len(pages._rendered) == len(PAGES) * len(LANGUAGES)


def test_the_terms_link_to_the_privacy_policy_in_their_language(client: FlaskClient) -> None:
    for lang in ("es", "fr"):
        assert f'href="/privacy?lang={lang}"' in client.get(f"/terms?lang={lang}").get_data(as_text=True)


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_each_translation_has_the_english_sections(lang: str) -> None:
    for file in PAGES.values():
        english = (DOCUMENTS / file).read_text(encoding="utf-8")
        translated = Path(DOCUMENTS / file.replace(".md", f".{lang}.md")).read_text(encoding="utf-8")
        count = re.compile(r"^#+ ", re.MULTILINE)
        assert len(count.findall(translated)) == len(count.findall(english)), file
        assert translated.count("{contact}") == english.count("{contact}") == 1
        assert "25" in translated.rsplit("\n\n", 1)[-1]  # the same date
