"""Regular expressions without their compile cost at start-up.

``re.compile`` parses a pattern and turns it into the engine's opcodes in pure Python: for
brief's ~100 patterns (104 in the tables) that was ~180 M instructions (README), a quarter
of a cold ``brief article.txt``. The opcodes are the same at every start, so
``tools/build_regex_tables.py`` writes them once per CPython version into
``summarizer/data/regex-cpython-X.Y.bin`` (the opcodes, as the engine's words) and
``regex-cpython-X.Y.json`` (each pattern, where its opcodes start in the .bin and how many
bytes they take, its groups), and ``regex`` hands a pattern's opcodes straight to the engine
(``_sre.compile``, the call ``re.compile`` ends in). The opcodes were hex in the JSON until
the JSON reader's scan of their 470,000 characters cost ~5 M instructions of every start.
The result is the pattern ``re.compile`` makes (the tests compare every entry with it, and
patterns compare equal only when their opcodes do).

The table is used only by the CPython version that wrote it, with the same engine
(``_sre.MAGIC``, ``_sre.CODESIZE``). Any other Python, a pattern the table lacks (a pattern
changed since the table was written: a test catches that) or opcodes the engine refuses
fall back to ``re.compile``: slower, never different.
"""
from __future__ import annotations

import json
import os
import re
import sys
from array import array

try:
    import _sre
except ImportError:  # not CPython
    _sre = None

# (flags, opcodes as little-endian 32-bit words, groups, group index, index group)
_Entry = tuple[int, bytes, int, dict[str, int], list[str | None]]
_table: dict[tuple[str, int], _Entry] | None = None
# every pattern asked for, in order (for the tool and the tests); bounded, as brief asks
# only for module constants and patterns its per-language caches keep
_asked: dict[tuple[str, int], None] = {}


def table_path(version: tuple[int, int] | None = None) -> str:
    """The table file of a CPython version (default: the running one)."""
    major, minor = version or sys.version_info[:2]
    return os.path.join(os.path.dirname(__file__), "data", f"regex-cpython-{major}.{minor}.json")


def opcodes_path(table: str) -> str:
    """The opcodes file beside a table file (``regex-cpython-X.Y.bin``)."""
    return os.path.splitext(table)[0] + ".bin"


def regex(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the shipped opcodes when they fit this Python."""
    key = (pattern, int(flags))
    _asked[key] = None
    global _table
    if _table is None:
        _table = _load()
    entry = _table.pop(key, None)  # each pattern is compiled once; its entry is not needed again
    if entry is not None:
        full_flags, code, groups, groupindex, indexgroup = entry
        try:
            return _sre.compile(pattern, full_flags, _opcodes(code), groups, groupindex,
                                tuple(indexgroup))
        except (RuntimeError, TypeError, ValueError):  # opcodes this engine refuses
            pass
    return re.compile(pattern, flags)


def _opcodes(data: bytes) -> list[int]:
    """The opcodes a table holds as little-endian 32-bit words."""
    words = array("I", data)
    if sys.byteorder == "big":
        words.byteswap()
    return words.tolist()


def asked() -> list[tuple[str, int]]:
    """(pattern, flags) of every ``regex`` call of this process so far, first call first."""
    return list(_asked)


def _load() -> dict[tuple[str, int], _Entry]:
    """The running CPython's table, or an empty one when it has none that fits."""
    if _sre is None or sys.implementation.name != "cpython":
        return {}
    path = table_path()
    try:
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
        with open(opcodes_path(path), "rb") as file:
            opcodes = file.read()
    except (OSError, ValueError):
        return {}
    if (not isinstance(data, dict) or data.get("magic") != _sre.MAGIC
            or data.get("codesize") != _sre.CODESIZE or array("I").itemsize != _sre.CODESIZE
            or data.get("opcode_bytes") != len(opcodes)):  # the .bin of another table
        return {}
    return {(pattern, flags): (full_flags, opcodes[start:start + size], groups, groupindex,
                               indexgroup)
            for pattern, flags, full_flags, start, size, groups, groupindex, indexgroup
            in data["patterns"]}
