"""The shipped model tables say what they were built with (tools/provenance.py).

A full rebuild takes minutes and the training data (python tools/check_tables.py --rebuild);
this checks, at every run, that each table records the Python and library versions its tool
writes, so that a rebuild that differs can be traced to a version."""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from check_tables import DATA, TABLES, versions  # noqa: E402


@pytest.mark.parametrize("name", sorted(TABLES))
def test_each_table_records_the_versions_its_tool_writes(name):
    libraries, _ = TABLES[name]
    recorded = json.loads((DATA / name).read_text(encoding="utf-8"))["built_with"]
    assert list(recorded) == ["python", *libraries]
    assert all(value and value[0].isdigit() for value in recorded.values()), recorded
    assert not any("records no versions" in line for line in versions(name))
