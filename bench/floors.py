"""Quality floors: fail when a development-set figure falls below the floor pinned for it.

Usage: python bench/floors.py [--data DIR]        (CI runs it after the tests; needs '.[bench]')

The floors live in bench/floors.json, one line each: the bench module that measures the
figure, the figure's name and its floor. A module named there has a function
``floor_figures(data: Path) -> dict[str, float]`` that measures all its figures in one run
(bench/rouge.py: CNN dev ROUGE of brief and LEAD-3; bench/entities.py: CoNLL testa F1), so
a new floor for a figure such a function already gives is one more line in floors.json.
Only train and dev data: a floor is a development check, never a test-set report.

Exit 0 when every figure reaches its floor, or when the data folder is missing (one line
says so: the data is third-party and never in the repository); 1 when a figure is below
its floor or cannot be measured. A floor is lowered only by editing floors.json, in a
commit that says why.
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FLOORS = Path(__file__).with_name("floors.json")


def read_floors(path: Path | None = None) -> list[dict]:
    """The pinned floors, each {"from": module, "figure": name, "floor": value}, and the
    figure "measured" when the floor was set, if given (what the margin was)."""
    path = path or FLOORS
    floors = json.loads(path.read_text(encoding="utf-8"))["floors"]
    for floor in floors:
        if not {"from", "figure", "floor"} <= set(floor) <= {"from", "figure", "floor",
                                                              "measured"}:
            raise ValueError(f"{path.name}: a floor needs from, figure and floor: {floor}")
    return floors


def check(floors: list[dict], data: Path) -> list[str]:
    """One line per floor, "ok" or "BELOW"/"MISSING" first; each module measured once."""
    measured: dict[str, dict[str, float] | str] = {}
    lines = []
    for floor in floors:
        source = floor["from"]
        if source not in measured:
            started = time.process_time()
            try:
                measured[source] = importlib.import_module(source).floor_figures(data)
            except (FileNotFoundError, ImportError) as error:
                measured[source] = f"{type(error).__name__}: {error}"
            print(f"({source}: measured in {time.process_time() - started:.0f} s CPU)",
                  file=sys.stderr)
        figures = measured[source]
        name, value = floor["figure"], floor["floor"]
        if isinstance(figures, str) or name not in figures:
            why = figures if isinstance(figures, str) else "no such figure"
            lines.append(f"MISSING  {name}: floor {value}, not measured ({why})")
            continue
        got = figures[name]
        mark = "ok      " if got >= value else "BELOW   "
        lines.append(f"{mark} {name}: {got:.4g} (floor {value})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data",
                        help="folder of the shared data sets (default ../shared/data)")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"quality floors skipped: no data folder at {args.data} (third-party data, "
              "never in the repository)")
        return 0
    lines = check(read_floors(), args.data)
    print("\n".join(lines))
    failed = [line for line in lines if not line.startswith("ok")]
    if failed:
        print(f"quality floors: {len(failed)} of {len(lines)} not met (bench/floors.json)")
        return 1
    print(f"quality floors: all {len(lines)} met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
