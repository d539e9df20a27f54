"""Add bytecode compiled by the Lambda runtime's own Python to the function's zip.

    python3 deploy/add_bytecode.py .serverless/back-pain-check.zip

Lambda's task root is read-only, so a zip without bytecode makes every cold start compile
the skill and its libraries. The runtime is Python 3.13 (serverless.yml); its interpreter
comes from deploy/runtime-python.sh. The .pyc files are unchecked-hash (PEP 552): Python
uses them without comparing them with the sources' timestamps, which a zip does not keep.
Exits 1, with the reason, when the interpreter cannot be had or any module is left
without bytecode: a zip without it is never shipped silently.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNTIME = (3, 13)
TAG = f"cpython-{RUNTIME[0]}{RUNTIME[1]}"
FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # the same zip for the same sources, whenever it is built


def runtime_python() -> str:
    """The path runtime-python.sh prints; its progress (a first-time build) goes straight to stderr."""
    result = subprocess.run(["bash", str(HERE / "runtime-python.sh")], stdout=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit(
            f"no Python {RUNTIME[0]}.{RUNTIME[1]} for the Lambda bytecode (deploy/runtime-python.sh said why)"
        )
    return result.stdout.strip().splitlines()[-1]


def compiled_name(source: str) -> str:
    folder, _, name = source.rpartition("/")
    return f"{folder}/__pycache__/{name[:-3]}.{TAG}.pyc" if folder else f"__pycache__/{name[:-3]}.{TAG}.pyc"


def add_bytecode(archive: Path, python: str) -> int:
    """Compile every .py in ``archive`` with ``python`` and write the zip again with the .pyc files."""
    with tempfile.TemporaryDirectory(prefix="lambda-zip-") as folder:
        root = Path(folder)
        with zipfile.ZipFile(archive) as original:
            entries = [(info, original.read(info)) for info in original.infolist()]
            original.extractall(root)
        sources = [info.filename for info, _ in entries if info.filename.endswith(".py")]
        command = [python, "-m", "compileall", "-q", "-j", "0", "--invalidation-mode", "unchecked-hash"]
        result = subprocess.run([*command, "-d", "/var/task", str(root)], capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"compileall failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
        missing = [source for source in sources if not (root / compiled_name(source)).is_file()]
        if missing:
            raise SystemExit(f"{len(missing)} modules have no {TAG} bytecode, e.g. {missing[:3]}")
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as rebuilt:
            for info, data in entries:
                if "__pycache__/" not in info.filename:
                    rebuilt.writestr(info, data)
            for source in sorted(sources):
                info = zipfile.ZipInfo(compiled_name(source), FIXED_TIME)
                info.external_attr = 0o644 << 16
                rebuilt.writestr(info, (root / compiled_name(source)).read_bytes(), zipfile.ZIP_DEFLATED)
    return len(sources)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        raise SystemExit(__doc__.strip().splitlines()[2].strip())
    archive = Path(argv[0])
    count = add_bytecode(archive, runtime_python())
    print(f"added {TAG} bytecode for {count} modules to {archive}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
