"""``python -m skill.manifest``: the same as ``python -m skill.tools.manifest`` (the skill package)."""

from skill.tools.manifest import main

if __name__ == "__main__":
    raise SystemExit(main())
