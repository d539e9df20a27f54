"""The shares of everyday utterances understood (issue 36), held as floors: measured by ``python -m tools.utterances``
on utterances written by helpers who never saw the interaction models (tests/voice/utterances/README.md).

A floor is what was measured on 2026-12-07 after round four, not 100%: a change that understands less fails
here; one that understands more may raise the floor. Before round four (main at ed5127d, the same
measurement): everyday English 26 of 115, emergencies 25 of 57, Spanish and French 47 of 124
(/work/handoff/voice-baseline.md)."""

from __future__ import annotations

import pytest

from tools.utterances import SETS, measure, share

FLOORS = {  # measured 2026-12-07, branch voice-5
    # 105 on voice-5; 99 after clinical round five reworded the questions the helpers answered: "queasy",
    # "sweaty", "at the same time" and "light-headed when I stood up" were yes to the old breathless-clammy-sick
    # and faint-or-dizzy questions and are rightly not yes to "more short of breath than normal?" and "about to
    # faint?" (the fourth pass: nausea and everyday dizziness count for nothing alone); "I can't pee properly"
    # and "I can't feel when I need to go" are now the emergency bladder signs themselves.
    "everyday_en": 99,  # of 115
    "emergency_en": 55,  # of 57
    "es_fr": 116,  # of 124
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_share_understood_holds_its_floor(name: str) -> None:
    results, skipped = measure(SETS[name]())
    got, _ = share(results)
    assert not skipped, "every utterance's question is still asked"
    assert got >= FLOORS[name], [r.case.said for r in results if not r.understood]


def test_every_locale_is_measured_with_at_least_twenty_utterances() -> None:
    results, _ = measure(SETS["es_fr"]())
    for locale in ("es-US", "es-MX", "es-ES", "fr-CA"):
        assert share(results, locale)[1] >= 20, locale
