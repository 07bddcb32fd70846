"""Chinese briefs on LCSTS PART III: character ROUGE of a one-sentence brief beside lead-1.

Usage: python bench/lcsts.py [--data DIR] [--method NAME] [--limit N]

LCSTS PART III (lcsts-part3/test.jsonl, 725 Weibo news posts with human
headlines) is a TEST set: run it to report, never to choose anything.
The language is detected, not given, so the share detected as Chinese is
reported too. ROUGE-1/2 F1 count characters as tokens (rouge-score's
tokenizer drops non-ASCII text), leaving out whitespace and punctuation.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FILE = Path("lcsts-part3") / "test.jsonl"


def characters(text: str) -> list[str]:
    """The characters ROUGE counts: no whitespace, no punctuation."""
    return [ch for ch in text if not ch.isspace() and not unicodedata.category(ch).startswith("P")]


def rouge_n(candidate: list[str], reference: list[str], n: int) -> float:
    """ROUGE-N F1 over token lists."""
    cand = Counter(tuple(candidate[i:i + n]) for i in range(len(candidate) - n + 1))
    ref = Counter(tuple(reference[i:i + n]) for i in range(len(reference) - n + 1))
    overlap = sum((cand & ref).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(cand.values()), overlap / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--method", default=None, help="ranking method (default: brief's)")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    path = args.data / FILE
    if not path.exists():
        print(f"LCSTS data not found at {path}; nothing to measure.")
        return
    from newsbrief import DEFAULT_METHOD, Options, summarize_text
    from newsbrief.text import split_sentences

    method = args.method or DEFAULT_METHOD
    options = Options(method=method, sentences=1)
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    records = records[: args.limit] if args.limit else records
    scores = {name: [0.0, 0.0] for name in (f"brief -m {method} -n 1", "lead-1")}
    chinese, elapsed = 0, 0.0
    for record in records:
        reference = characters(record["reference"])
        start = time.perf_counter()
        brief = summarize_text(record["article"], options)
        elapsed += time.perf_counter() - start
        chinese += brief.language == "zh"
        lead = split_sentences(record["article"], "zh")[:1]
        for name, text in ((f"brief -m {method} -n 1", " ".join(s.text for s in brief.summary)),
                           ("lead-1", " ".join(s.text for s in lead))):
            for k, n in enumerate((1, 2)):
                scores[name][k] += rouge_n(characters(text), reference, n)
    total = len(records)
    print(f"LCSTS PART III, {total} texts (human label >= 3); character ROUGE F1 x 100")
    print(f"{'summary':<26} {'R-1':>6} {'R-2':>6}")
    for name, (r1, r2) in scores.items():
        print(f"{name:<26} {100 * r1 / total:6.2f} {100 * r2 / total:6.2f}")
    print(f"detected as zh: {100 * chinese / total:.1f}% ({chinese}/{total})")
    print(f"brief (detection, split, rank, facts): {1000 * elapsed / total:.2f} ms/text")


if __name__ == "__main__":
    main()
