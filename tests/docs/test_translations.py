"""The back-translation table (docs/translations.md) is what the speech data says, and says it is unreviewed."""

from __future__ import annotations

from tools.translations import TRANSLATIONS, document, main


def test_the_translation_table_is_current() -> None:
    assert TRANSLATIONS.read_text(encoding="utf-8") == document(), "run python -m tools.translations"


def test_the_table_claims_no_review_and_has_every_locale() -> None:
    text = document()
    assert "NOT YET SIGNED OFF" in text and "| yes |" not in text
    for locale in ("es-US", "es-MX", "es-ES", "fr-CA"):
        assert f"## {locale}" in text
    assert (
        "| En los últimos tres días, ¿ha tenido dolor, presión u opresión en el pecho? | In the last three days, "
        "have you had chest pain, pressure or tightness? | In the last three days, have you had pain, pressure or "
        "tightness in the chest? | no |"
    ) in text


def test_the_tool_writes_the_table(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("tools.translations.TRANSLATIONS", tmp_path / "t.md")
    assert main([]) == 0 and (tmp_path / "t.md").read_text(encoding="utf-8") == document()
