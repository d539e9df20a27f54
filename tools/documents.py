"""``python -m tools.documents [--write]``: every document generated from the skill's sources, at once.

What a change of wording, a question or a rule can make stale: the safety case's generated part
(docs/clinical-safety.md; it runs the population model, cached by the sources' content), the
transcripts (docs/transcripts/), the lengths (docs/lengths.md) and the back-translations
(docs/translations.md). Without ``--write`` it checks them and prints a unified diff for each stale one
(exit 1); with it, it writes them. Review the diff: the transcripts are how reviewers hear every word.
"""

from __future__ import annotations

from tools import generated, lengths, safety_case, transcripts, translations
from tools.generated import Generated


def documents() -> list[Generated]:
    return [
        *safety_case.documents(),
        *transcripts.documents(),
        *lengths.documents(),
        *translations.documents(),
    ]


def main(argv: list[str] | None = None) -> int:
    return generated.main("python -m tools.documents", __doc__.splitlines()[0], documents, argv)


if __name__ == "__main__":
    raise SystemExit(main())
