"""Check the shipped model tables against their tools: the versions they record, or a rebuild.

Usage: python tools/check_tables.py            the Python and library versions each table was
                                               built with, beside the installed ones
       python tools/check_tables.py --rebuild  also rebuild ner.json and ranker.json into a
                                               temporary folder and compare them byte for
                                               byte (needs ../shared/data and '.[bench]';
                                               about 10 minutes on a 2-core machine)

Exit 1 when a table records no versions or a rebuild differs. The regular-expression tables
are checked by tests/test_precompiled.py (every pattern against re.compile) at every run.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from importlib.metadata import PackageNotFoundError, version  # noqa: E402

from provenance import NER_LIBRARIES, RANKER_LIBRARIES  # noqa: E402

from newsbrief.facts.ner import WEIGHTS_FILE  # noqa: E402

DATA = ROOT / "summarizer" / "data"
# table -> (the libraries its tool records, how to rebuild it into a given path)
TABLES = {
    "ner.json": (NER_LIBRARIES, lambda out: ["tools/train_ner.py", "--out", str(out)]),
    "ranker.json": (RANKER_LIBRARIES, lambda out: ["tools/train_ranker.py", "--output", str(out)]),
}


def versions(name: str) -> list[str]:
    """Lines comparing the versions a table records with the installed ones."""
    libraries, _ = TABLES[name]
    recorded = json.loads((DATA / name).read_text(encoding="utf-8")).get("built_with")
    if not recorded:
        return [f"{name}: records no versions (rebuild it with its tool)"]
    installed = {"python": platform.python_version(),
                 **{library: _installed(library) for library in libraries}}
    return [f"{name}: {library} {recorded.get(library, '?')}"
            + ("" if recorded.get(library) == here else f" (installed: {here})")
            for library, here in installed.items()]


def _installed(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:  # rouge-score comes with '.[bench]' only
        return "not installed"


def rebuild(name: str, folder: Path) -> bool:
    """Whether the table's tool writes it again byte for byte."""
    _, command = TABLES[name]
    out = folder / name
    subprocess.run([sys.executable, *command(out)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    companions = [WEIGHTS_FILE] if name == "ner.json" else []  # the weights' integers
    return all((folder / made).exists() and filecmp.cmp(folder / made, DATA / made, shallow=False)
               for made in [name, *companions])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    lines = [line for name in TABLES for line in versions(name)]
    print("\n".join(lines))
    failed = any("records no versions" in line for line in lines)
    if args.rebuild:
        with tempfile.TemporaryDirectory(prefix="brief-tables-") as folder:
            for name in TABLES:
                same = rebuild(name, Path(folder))
                print(f"{name}: {'rebuilt byte for byte' if same else 'REBUILT DIFFERENT'}")
                failed = failed or not same
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
