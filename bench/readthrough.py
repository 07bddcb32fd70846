"""The read-through set: JSON briefs of 2,215 dev/train articles, written once and compared.

Usage:
    python bench/readthrough.py write OUT_DIR [--data DIR] [--flatten]
    python bench/readthrough.py compare OLD_DIR NEW_DIR [--show N]

``write`` briefs 1,500 CNN train, 115 DailyMail dev, 300 BBC dev and 300 CNN dev articles
(development files only) with the installed ``newsbrief`` and writes one JSON brief a line per
set. ``compare`` says which briefs differ between two such folders, field by field, so a
change that must keep output byte-identical can be checked, and one that must not can be read.
``--flatten`` joins each article's non-empty lines with single spaces first, the one-paragraph
form of the official CNN/DailyMail copies.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import data_arg, read_jsonl, require_data  # noqa: E402

SETS = (
    ("cnn-train", ("cnn-stories", "train.jsonl"), 1500),
    ("dailymail-dev", ("dailymail-dev", "dev.jsonl"), None),
    ("bbc-dev", ("bbc-news-summary", "dev.jsonl"), None),
    ("cnn-dev", ("cnn-stories", "dev.jsonl"), None),
)


def flatten(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def write(out: Path, data: Path, flat: bool) -> None:
    from newsbrief import brief_to_dict, summarize_text
    from newsbrief.serialize import dumps

    out.mkdir(parents=True, exist_ok=True)
    for name, parts, limit in SETS:
        records = read_jsonl(require_data(data, *parts), limit)
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as stream:
            for record in records:
                text = flatten(record["article"]) if flat else record["article"]
                brief = brief_to_dict(summarize_text(text, source=record["id"]))
                stream.write(dumps(brief) + "\n")
        print(f"{name}: {len(records)} briefs")


def compare(old: Path, new: Path, show: int) -> int:
    changed = 0
    total = 0
    fields: dict[str, int] = {}
    for name, _, _ in SETS:
        old_lines = (old / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        new_lines = (new / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        for before, after in zip(old_lines, new_lines, strict=True):
            total += 1
            if before == after:
                continue
            changed += 1
            a, b = json.loads(before), json.loads(after)
            for key in sorted(set(a) | set(b)):
                if a.get(key) != b.get(key):
                    fields[key] = fields.get(key, 0) + 1
                    if show > 0:
                        show -= 1
                        print(f"{b.get('source')} {key}:\n  - {a.get(key)}\n  + {b.get(key)}")
    print(f"{changed} of {total} briefs differ; by field: {fields}")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("out", type=Path)
    w.add_argument("--flatten", action="store_true")
    data_arg(w)
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    if args.command == "write":
        write(args.out, args.data, args.flatten)
        return 0
    return compare(args.old, args.new, args.show)


if __name__ == "__main__":
    sys.exit(main())
