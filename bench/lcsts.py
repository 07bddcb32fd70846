"""Chinese briefs on LCSTS: character ROUGE of a one-sentence brief beside lead-1.

Usage: python bench/lcsts.py [--split dev|test] [--data DIR] [--method NAME] [--limit N]
                             [--half first|second]

--split dev (the default) reads lcsts-dev/dev.jsonl: 3,000 LCSTS PART II
pairs for development, with noisier references (no relevance filter).
--half takes its first or last 1,500 records, for a split-half check.
--split test reads LCSTS PART III (lcsts-part3/test.jsonl, 725 Weibo news
posts with human headlines, label >= 3): a TEST set, run it to report,
never to choose anything.
Beside the brief: lead-1 (the first sentence), lead-2's second sentence
alone, and the longest of the first two sentences, all cheap baselines.
Each score is followed by its standard error over texts.
The language is detected, not given, so the share detected as Chinese is
reported too. ROUGE-1/2 F1 count characters as tokens (rouge-score's
tokenizer drops non-ASCII text), leaving out whitespace and punctuation.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FILES = {"dev": Path("lcsts-dev") / "dev.jsonl", "test": Path("lcsts-part3") / "test.jsonl"}
TITLES = {"dev": "LCSTS PART II dev (lcsts-dev)", "test": "LCSTS PART III (human label >= 3)"}


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


def _mean_se(values: list[float]) -> tuple[float, float]:
    """Mean and standard error of the mean, both x 100."""
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / max(1, n - 1)
    return 100 * mean, 100 * math.sqrt(var / n)


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


class Run:
    """Per-text character ROUGE-1/2 of the brief and the baselines, and run counters."""

    def __init__(self, records: list[dict], method: str) -> None:
        from newsbrief import Options, summarize_text
        from newsbrief.text import split_sentences

        options = Options(method=method, sentences=1)
        self.brief_name = f"brief -m {method} -n 1"
        names = (self.brief_name, "lead-1", "second sentence", "longer of first two")
        self.scores: dict[str, tuple[list[float], list[float]]] = {n: ([], []) for n in names}
        self.total, self.chinese, self.elapsed, self.same = len(records), 0, 0.0, 0
        for record in records:
            reference = characters(record["reference"])
            start = time.perf_counter()
            brief = summarize_text(record["article"], options)
            self.elapsed += time.perf_counter() - start
            self.chinese += brief.language == "zh"
            first_two = [s.text for s in split_sentences(record["article"], "zh")[:2]]
            chosen = " ".join(s.text for s in brief.summary)
            self.same += bool(first_two) and chosen == first_two[0]
            candidates = {self.brief_name: chosen, "lead-1": first_two[0] if first_two else "",
                          "second sentence": first_two[-1] if first_two else "",
                          "longer of first two": max(first_two, key=len, default="")}
            for name, text in candidates.items():
                for k, n in enumerate((1, 2)):
                    self.scores[name][k].append(rouge_n(characters(text), reference, n))

    def over_lead(self, k: int) -> tuple[float, float]:
        """Paired brief minus lead-1 (x 100) and its standard error; k = 0 for R-1, 1 for R-2."""
        pairs = zip(self.scores[self.brief_name][k], self.scores["lead-1"][k], strict=True)
        return _mean_se([a - b for a, b in pairs])


def floor_figures(data: Path) -> dict[str, float]:
    """lcsts-dev figures of brief's one-sentence brief, for bench/floors.py."""
    from newsbrief import DEFAULT_METHOD

    path = data / FILES["dev"]
    if not path.exists():
        raise FileNotFoundError(str(path))
    run = Run(read_records(path), DEFAULT_METHOD)
    r1, r2 = run.scores[run.brief_name]
    return {"lcsts-dev brief R1": round(_mean_se(r1)[0], 2),
            "lcsts-dev brief R2": round(_mean_se(r2)[0], 2),
            "lcsts-dev brief R1 over lead": round(run.over_lead(0)[0], 2),
            "lcsts-dev brief R2 over lead": round(run.over_lead(1)[0], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=tuple(FILES), default="dev")
    parser.add_argument("--half", choices=("first", "second"), default=None)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--method", default=None, help="ranking method (default: brief's)")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    path = args.data / FILES[args.split]
    if not path.exists():
        print(f"LCSTS data not found at {path}; nothing to measure.")
        return
    from newsbrief import DEFAULT_METHOD

    records = read_records(path)
    if args.half:
        middle = len(records) // 2
        records = records[:middle] if args.half == "first" else records[middle:]
    records = records[: args.limit] if args.limit else records
    run = Run(records, args.method or DEFAULT_METHOD)
    total = run.total
    half = f", {args.half} half" if args.half else ""
    print(f"{TITLES[args.split]}{half}, {total} texts; character ROUGE F1 x 100 (± standard error)")
    print(f"{'summary':<26} {'R-1':>6} {'±':>5} {'R-2':>6} {'±':>5}")
    for name, (r1, r2) in run.scores.items():
        (m1, e1), (m2, e2) = _mean_se(r1), _mean_se(r2)
        print(f"{name:<26} {m1:6.2f} {e1:5.2f} {m2:6.2f} {e2:5.2f}")
    (d1, e1), (d2, e2) = run.over_lead(0), run.over_lead(1)
    print(f"{'brief - lead-1 (paired)':<26} {d1:+6.2f} {e1:5.2f} {d2:+6.2f} {e2:5.2f}")
    print(f"brief's sentence is the first: {100 * run.same / total:.1f}% ({run.same}/{total})")
    print(f"detected as zh: {100 * run.chinese / total:.1f}% ({run.chinese}/{total})")
    print(f"brief (detection, split, rank, facts): {1000 * run.elapsed / total:.2f} ms/text")


if __name__ == "__main__":
    main()
