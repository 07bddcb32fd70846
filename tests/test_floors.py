"""bench/floors.py: figures below their pinned floors fail CI; no data folder is one line."""
import importlib
import json
import sys
import types

import pytest

from bench import floors


@pytest.fixture
def figures(monkeypatch):
    module = types.ModuleType("fake_figures")
    calls = []

    def floor_figures(data):
        calls.append(data)
        return {"R1": 34.2, "F1": 0.85}

    module.floor_figures = floor_figures
    monkeypatch.setitem(sys.modules, "fake_figures", module)
    return calls


def test_each_figure_is_held_to_its_floor_and_measured_once(figures, tmp_path):
    lines = floors.check([{"from": "fake_figures", "figure": "R1", "floor": 34.0},
                          {"from": "fake_figures", "figure": "F1", "floor": 0.86}], tmp_path)
    assert lines == ["ok       R1: 34.2 (floor 34.0)", "BELOW    F1: 0.85 (floor 0.86)"]
    assert figures == [tmp_path]


def test_a_figure_that_cannot_be_measured_fails(figures, tmp_path):
    lines = floors.check([{"from": "fake_figures", "figure": "R2", "floor": 10},
                          {"from": "no_such_bench_module", "figure": "R1", "floor": 1}], tmp_path)
    assert lines[0] == "MISSING  R2: floor 10, not measured (no such figure)"
    assert lines[1].startswith("MISSING  R1: floor 1, not measured (ModuleNotFoundError")


def test_a_floor_below_its_figure_fails_the_run(figures, tmp_path, monkeypatch, capsys):
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"floors": [{"from": "fake_figures", "figure": "F1",
                                            "floor": 0.9}]}))
    monkeypatch.setattr(floors, "FLOORS", path)
    assert floors.main(["--data", str(tmp_path)]) == 1
    assert capsys.readouterr().out.endswith("quality floors: 1 of 1 not met (bench/floors.json)\n")


def test_no_data_folder_skips_with_one_line(tmp_path, capsys):
    assert floors.main(["--data", str(tmp_path / "absent")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("quality floors skipped: no data folder at") and out.count("\n") == 1


def test_the_pinned_floors_name_real_measures_and_sit_under_what_was_measured():
    pinned = floors.read_floors()
    assert {"bench.rouge", "bench.entities"} <= {f["from"] for f in pinned}
    for floor in pinned:
        assert callable(importlib.import_module(floor["from"]).floor_figures), floor
        assert floor["floor"] <= floor.get("measured", floor["floor"]), floor
