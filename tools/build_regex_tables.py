"""Write the compiled regular expressions brief ships (summarizer/precompiled.py explains why).

Rebuild: python tools/build_regex_tables.py [PYTHON ...]

The patterns are those ``newsbrief.precompiled.regex`` is asked for while this interpreter
imports every module of ``newsbrief`` and ``newsbrief.cli`` and briefs examples/sample.txt. Each
PYTHON given (default: this one; any CPython 3.10 or later, it needs only its standard
library) compiles them and writes summarizer/data/regex-cpython-X.Y.json and .bin (the
opcodes) for its version, after checking that every pattern made from the table equals its
own ``re.compile``.
Deterministic: the patterns are sorted.
"""
from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Runs in the target interpreter: patterns (JSON) in, the table (JSON) out.
_COMPILE = r"""
import json, re, sys, _sre
from array import array
try:
    from re import _compiler, _parser
except ImportError:  # 3.10
    import sre_compile as _compiler, sre_parse as _parser
rows = []
for pattern, flags in json.load(sys.stdin):
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array("I", code)  # opcodes as little-endian 32-bit words in hex (see precompiled)
    if words.itemsize != _sre.CODESIZE:
        sys.exit(f"array('I') holds {words.itemsize} bytes, the engine's opcodes {_sre.CODESIZE}")
    if sys.byteorder == "big":
        words.byteswap()
    row = [pattern, flags, flags | parsed.state.flags, words.tobytes().hex(),
           parsed.state.groups - 1, groupindex, indexgroup]
    made = _sre.compile(pattern, flags | parsed.state.flags, code, parsed.state.groups - 1,
                        groupindex, tuple(indexgroup))
    if made != re.compile(pattern, flags):
        sys.exit(f"the table's pattern differs from re.compile's: {pattern!r}")
    rows.append(row)
rows.sort(key=lambda row: (row[0], row[1]))
json.dump({"python": "%d.%d" % sys.version_info[:2], "magic": _sre.MAGIC,
           "codesize": _sre.CODESIZE,
           "about": "written by tools/build_regex_tables.py with the .bin beside it (the "
                    "opcodes); see summarizer/precompiled.py",
           "patterns": rows}, sys.stdout, separators=(",", ":"))
"""


def asked_patterns() -> list[tuple[str, int]]:
    """The patterns brief compiles: every module imported, the sample article briefed."""
    from newsbrief import precompiled

    for package in ("newsbrief", "newsbrief.cli"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, f"{package}."):
            if not info.name.endswith(".__main__"):  # that one runs the command
                importlib.import_module(info.name)
    from newsbrief import Options, summarize

    summarize(str(ROOT / "examples" / "sample.txt"), Options())
    return sorted(set(precompiled.asked()))


def write_table(python: str, patterns: list[tuple[str, int]]) -> Path:
    """Compile ``patterns`` with ``python`` and write its table; the file written."""
    run = subprocess.run([python, "-I", "-c", _COMPILE], input=json.dumps(patterns),
                         capture_output=True, text=True, check=False)
    if run.returncode:
        raise SystemExit(f"{python}: {run.stderr.strip()}")
    table = json.loads(run.stdout)
    major, minor = map(int, table["python"].split("."))
    from newsbrief.precompiled import opcodes_path, table_path

    # the opcodes go to the .bin, each row keeps where its own start and how many bytes
    opcodes, rows = bytearray(), []
    for pattern, flags, full_flags, code, groups, groupindex, indexgroup in table["patterns"]:
        words = bytes.fromhex(code)
        rows.append([pattern, flags, full_flags, len(opcodes), len(words), groups, groupindex,
                     indexgroup])
        opcodes += words
    table["patterns"], table["opcode_bytes"] = rows, len(opcodes)
    path = Path(table_path((major, minor)))
    path.write_text(json.dumps(table, separators=(",", ":")) + "\n", encoding="utf-8")
    Path(opcodes_path(str(path))).write_bytes(bytes(opcodes))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pythons", nargs="*", default=[sys.executable],
                        help="CPython interpreters to write tables for (default: this one)")
    args = parser.parse_args(argv)
    patterns = asked_patterns()
    for python in args.pythons:
        path = write_table(python, patterns)
        print(f"{path.relative_to(ROOT)}: {len(patterns)} patterns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
