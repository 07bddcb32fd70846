"""The shipped regular expression tables: equal to re.compile, complete, and safe to miss."""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

from newsbrief import precompiled

from .tools_output import tool_output

TABLE = Path(precompiled.table_path())
needs_table = pytest.mark.skipif(
    sys.implementation.name != "cpython" or not TABLE.exists(),
    reason=f"no regex table for this Python ({TABLE.name})")


def _rows() -> list[list]:
    return json.loads(TABLE.read_text(encoding="utf-8"))["patterns"]


@needs_table
def test_every_pattern_of_the_table_is_the_one_re_compile_makes(monkeypatch):
    rows = _rows()
    assert len(rows) > 50
    monkeypatch.setattr(precompiled, "_table", precompiled._load())
    for pattern, flags, *_ in rows:
        made = precompiled.regex(pattern, flags)
        # patterns compare equal only when pattern, flags and opcodes are all equal
        assert made == re.compile(pattern, flags), pattern
        assert made.groupindex == re.compile(pattern, flags).groupindex


@needs_table
def test_the_table_holds_every_pattern_brief_compiles():
    # a fresh process: what this test session compiled before would not count
    written = tool_output("import json\n"
                          "from build_regex_tables import asked_patterns\n"
                          "print(json.dumps(asked_patterns()))\n")  # what the tool writes tables of
    asked = {tuple(pair) for pair in json.loads(written)}
    held = {(pattern, flags) for pattern, flags, *_ in _rows()}
    missing = sorted(asked - held)
    assert not missing, ("patterns changed since the tables were written; rebuild them with "
                         f"python tools/build_regex_tables.py: {missing[:3]}")


def test_a_pattern_the_table_lacks_is_compiled_as_usual(monkeypatch):
    monkeypatch.setattr(precompiled, "_table", {})
    made = precompiled.regex(r"(?P<word>brief)\s+\d+", re.IGNORECASE)
    assert made == re.compile(r"(?P<word>brief)\s+\d+", re.IGNORECASE)
    assert made.match("BRIEF 12")["word"] == "BRIEF"
    assert (r"(?P<word>brief)\s+\d+", int(re.IGNORECASE)) in precompiled.asked()


def test_opcodes_the_engine_refuses_fall_back_to_re_compile(monkeypatch):
    broken = (int(re.UNICODE), bytes.fromhex("010000000200000003000000"), 0, {},
              [None])  # no valid program
    monkeypatch.setattr(precompiled, "_table", {("a+b", 0): broken})
    made = precompiled.regex("a+b")
    assert made == re.compile("a+b")
    assert made.fullmatch("aab")


def test_a_table_of_another_engine_is_not_used(monkeypatch, tmp_path):
    path = tmp_path / "regex.json"
    path.write_text(json.dumps({"magic": -1, "codesize": 4, "patterns": [
        ["x", 0, 32, [1, 2, 3], 0, {}, [None]]]}), encoding="utf-8")
    monkeypatch.setattr(precompiled, "table_path", lambda version=None: os.fspath(path))
    assert precompiled._load() == {}


@needs_table
def test_a_table_without_its_own_opcodes_file_is_not_used(monkeypatch, tmp_path):
    path = tmp_path / "regex.json"
    path.write_text(TABLE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(precompiled, "table_path", lambda version=None: os.fspath(path))
    assert precompiled._load() == {}  # no .bin beside it
    opcodes = Path(precompiled.opcodes_path(os.fspath(TABLE))).read_bytes()
    (tmp_path / "regex.bin").write_bytes(opcodes[:-4])  # another table's, or cut short
    assert precompiled._load() == {}
    (tmp_path / "regex.bin").write_bytes(opcodes)
    assert len(precompiled._load()) == len(_rows())


def test_a_missing_or_unreadable_table_is_an_empty_one(monkeypatch, tmp_path):
    monkeypatch.setattr(precompiled, "table_path",
                        lambda version=None: os.fspath(tmp_path / "absent.json"))
    assert precompiled._load() == {}
    (tmp_path / "absent.json").write_text("{not json", encoding="utf-8")
    assert precompiled._load() == {}
    (tmp_path / "absent.json").write_text("[1, 2]", encoding="utf-8")
    assert precompiled._load() == {}
