"""Where the tools find the interaction models and icons: ``interaction_model/`` beside ``tools/``."""

from __future__ import annotations

from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]


def model_dir(checkout: Path = CHECKOUT) -> Path:
    """The folder of ``<locale>.json`` models and ``icons/``."""
    return checkout / "interaction_model"
