"""Where the tools find the interaction models and icons, in a checkout or installed.

In a checkout they are ``interaction_model/`` beside ``skill/``; the wheel carries the same
files as ``skill/interaction_model/`` (pyproject.toml), so an installed tool works from any folder.
"""

from __future__ import annotations

from pathlib import Path

SKILL = Path(__file__).resolve().parents[1]


def model_dir(skill: Path = SKILL) -> Path:
    """The folder of ``<locale>.json`` models and ``icons/``: the installed copy if there is one."""
    installed = skill / "interaction_model"
    return installed if installed.is_dir() else skill.parent / "interaction_model"
