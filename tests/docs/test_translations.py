"""The back-translation table (docs/translations.md) is what the speech data says, and says it is unreviewed."""

from __future__ import annotations

from skill.core.signs import WARNING_SIGNS
from skill.core.speech import back_translations, texts_for
from skill.core.ssml import to_text
from tools.generated import stale_diff
from tools.translations import document, documents, main


def test_the_translation_table_is_current() -> None:
    [table] = documents()
    assert not (diff := stale_diff(table)), f"run: python -m tools.documents --write\n{diff}"


def test_the_table_claims_no_review_and_has_every_locale() -> None:
    text = document()
    assert "NOT YET SIGNED OFF" in text and "| yes |" not in text
    for locale in ("es-US", "es-MX", "es-ES", "fr-CA"):
        assert f"## {locale}" in text
    # A row: the question in Spanish, the English original and the back-translation, all from the speech data.
    sign = WARNING_SIGNS[0].id
    spanish, english = to_text(texts_for("es-US")[f"question.{sign}"]), to_text(texts_for("en-US")[f"question.{sign}"])
    assert f"| {spanish} | {english} | {back_translations('es-US')[f'question.{sign}']} | no |" in text


def test_the_tool_writes_the_table(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("tools.translations.TRANSLATIONS", tmp_path / "t.md")
    assert main([]) == 1 and not (tmp_path / "t.md").exists()  # without --write: checks only
    assert main(["--write"]) == 0 and (tmp_path / "t.md").read_text(encoding="utf-8") == document()
    assert main([]) == 0
