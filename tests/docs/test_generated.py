"""The generated documents' one helper: "is it current?" with a diff, and one --write for all of them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tools import documents, generated, lengths, safety_case, transcripts, translations
from tools.generated import Generated, check_or_write, stale_diff


def test_a_current_document_has_no_diff_and_a_stale_one_shows_what_changed(tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_text("one\ntwo\n", encoding="utf-8")
    assert stale_diff(Generated(path, lambda: "one\ntwo\n")) == ""
    diff = stale_diff(Generated(path, lambda: "one\nthree\n"))
    assert "-two\n" in diff and "+three\n" in diff and "(committed)" in diff


def test_without_write_a_stale_document_is_shown_and_left_alone_with_write_it_is_written(tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_text("old\n", encoding="utf-8")
    document = Generated(path, lambda: "new\n")
    out = io.StringIO()
    assert check_or_write([document], write=False, out=out) == 1
    assert "-old\n+new\n" in out.getvalue() and "STALE" in out.getvalue() and path.read_text() == "old\n"
    assert check_or_write([document], write=True, out=io.StringIO()) == 0 and path.read_text() == "new\n"
    assert check_or_write([document], write=False, out=io.StringIO()) == 0


def test_one_command_covers_every_generated_document() -> None:
    every = [safety_case.documents, transcripts.documents, lengths.documents, translations.documents]
    paths = [document.path for part in every for document in part()]
    assert [document.path for document in documents.documents()] == paths
    assert {path.parent.name for path in paths} == {"docs", "transcripts"} and len(paths) == 3 + len(
        transcripts.documents()
    )


@pytest.mark.parametrize("tool", [documents, lengths, safety_case, transcripts, translations])
def test_every_generator_takes_write_and_help_renders_nothing(tool: object, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as finished:
        tool.main(["--help"])  # type: ignore[attr-defined]
    assert finished.value.code == 0
    assert "--write" in capsys.readouterr().out
    assert generated.parser("p", "d").parse_args(["--write"]).write
