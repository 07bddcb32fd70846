"""ROUGE of every summarization method beside LEAD-3, on a JSONL of {article, reference}.

Usage: python bench/rouge.py --data cnn-dev [--limit N] [--records 201-300] [--methods brief,lead]
       [--sentences 3] [--flatten]

``--data`` is a dataset name (see DATASETS) or a path to a JSONL file. Names are looked up in
``--data-dir`` (default: ../shared/data beside the repository). Articles go through brief's own
loading path (header parsing, paragraph and sentence splitting), exactly as the CLI does.
ROUGE is the ``rouge-score`` package's F1 (x100), with the Porter stemmer; for ROUGE-Lsum the
summary and reference sentences are joined with newlines. ms/article is this process's CPU time
per article (loading, header parsing, splitting and ranking), so that other work on the machine
does not count.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATASETS = {
    "cnn-train": ("cnn-stories/train.jsonl",),
    "cnn-dev": ("cnn-stories/dev.jsonl",),
    "cnn-test": ("cnn-stories/test.jsonl",),
    "dm-dev": ("dailymail-dev/dev.jsonl",),
    "cnn-val": ("cnn-val/dev.jsonl",),
    "dm-val": ("dailymail-val/dev.jsonl",),
    "dm-val-more": ("dailymail-val/more.jsonl",),
    "dm-hf-train": ("dailymail-hf-train/dev.jsonl",),
    "cnndm-test": ("cnndm-test-frank/test.jsonl", "summeval-100/test.jsonl"),
    "bbc-dev": ("bbc-news-summary/dev.jsonl",),
    "bbc-test": ("bbc-news-summary/test.jsonl",),
    "newsroom": ("newsroom-humaneval-60/test.jsonl",),
}
ALL_METHODS = ("brief", "lead", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic")
METRICS = ("rouge1", "rouge2", "rougeLsum")


def dataset_files(name: str, data_dir: Path) -> list[Path]:
    """The JSONL files behind a dataset name, or the path itself."""
    if name in DATASETS:
        return [data_dir / part for part in DATASETS[name]]
    return [Path(name)]


def load_records(files: list[Path], limit: int | None,
                 positions: tuple[int, int] | None = None) -> list[dict]:
    """Records with a non-empty article and reference, in file order.

    ``positions`` (first, last), counted from 1 over the lines of the files, keeps only those
    records, e.g. (201, 300): the part of dailymail-val kept apart for measuring.
    """
    records = []
    number = 0
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                number += 1
                if positions and not positions[0] <= number <= positions[1]:
                    continue
                if line.strip():
                    row = json.loads(line)
                    if row.get("article", "").strip() and row.get("reference", "").strip():
                        records.append(row)
    return records[:limit] if limit else records


def flatten(article: str) -> str:
    """The article as one paragraph, as in the FRANK copy of CNN/DM (for dev-set checks)."""
    return " ".join(part.strip() for part in article.split("\n\n") if part.strip())


def run_method(method: str, records: list[dict], sentences: int, scorer) -> dict[str, float]:
    """Mean ROUGE F1 (x100) and ms/article of one method over the records."""
    from newsbrief.errors import BriefError
    from newsbrief.pipeline import summarize_text
    from newsbrief.records import Options

    options = Options(method=method, sentences=sentences, facts=False)
    totals = dict.fromkeys(METRICS, 0.0)
    elapsed = 0.0
    for row in records:
        start = time.process_time()
        try:
            summary = [s.text for s in summarize_text(row["article"], options).summary]
        except BriefError:
            summary = []
        elapsed += time.process_time() - start
        scores = scorer.score("\n".join(row["reference"].splitlines()), "\n".join(summary))
        for metric in METRICS:
            totals[metric] += scores[metric].fmeasure
    n = max(1, len(records))
    result = {metric: 100 * totals[metric] / n for metric in METRICS}
    result["ms"] = 1000 * elapsed / n
    return result


def table(results: dict[str, dict[str, float]], baseline: str = "lead", digits: int = 1) -> str:
    """A Markdown table, with the R1 difference to the baseline."""
    lines = ["| method | R1 | R2 | RLsum | ΔR1 vs lead | CPU ms/article |",
             "|---|---:|---:|---:|---:|---:|"]
    base = results.get(baseline)
    d = digits
    for method, r in results.items():
        delta = f"{r['rouge1'] - base['rouge1']:+.{d}f}" if base else "n/a"
        lines.append(f"| {method} | {r['rouge1']:.{d}f} | {r['rouge2']:.{d}f} "
                     f"| {r['rougeLsum']:.{d}f} | {delta} | {r['ms']:.2f} |")
    return "\n".join(lines)


def warm_up(methods: list[str]) -> None:
    """Load lazy imports and models once so the first article is not charged for them."""
    from newsbrief.pipeline import summarize_text
    from newsbrief.records import Options

    text = "The council met on Monday. It voted to build a new bridge. Work starts in May."
    for method in methods:
        summarize_text(text, Options(method=method, sentences=1, facts=False))


def floor_figures(data_dir: Path) -> dict[str, float]:
    """CNN dev ROUGE of brief and LEAD-3, the figures bench/floors.py holds to their floors."""
    from rouge_score import rouge_scorer

    files = dataset_files("cnn-dev", data_dir)
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    records = load_records(files, None)
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    warm_up(["brief", "lead"])
    results = {m: run_method(m, records, 3, scorer) for m in ("brief", "lead")}
    names = {"rouge1": "R1", "rouge2": "R2", "rougeLsum": "RLsum"}
    figures = {f"cnn-dev {method} {names[metric]}": results[method][metric]
               for method in results for metric in METRICS}
    figures["cnn-dev brief R1 over lead"] = results["brief"]["rouge1"] - results["lead"]["rouge1"]
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="cnn-dev", help=f"{', '.join(DATASETS)} or a path")
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="first N records only")
    parser.add_argument("--methods", default=",".join(ALL_METHODS), help="comma-separated")
    parser.add_argument("--records", default=None, metavar="FIRST-LAST",
                        help="only records FIRST to LAST (from 1), e.g. 201-300")
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--digits", type=int, default=1, help="decimals of the ROUGE figures")
    parser.add_argument("--flatten", action="store_true",
                        help="join each article's paragraphs into one, like cnndm-test-frank")
    args = parser.parse_args(argv)
    files = dataset_files(args.data, args.data_dir)
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        print(f"data not found: {', '.join(missing)} (see --data-dir); nothing to do")
        return 0
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        print("rouge-score is not installed (pip install rouge-score); nothing to do")
        return 0
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    positions = None
    if args.records:
        first, _, last = args.records.partition("-")
        positions = (int(first), int(last or first))
    records = load_records(files, args.limit, positions)
    if args.flatten:
        records = [{**row, "article": flatten(row["article"])} for row in records]
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    warm_up(methods)
    results = {m: run_method(m, records, args.sentences, scorer) for m in methods}
    shape = ", paragraphs joined into one" if args.flatten else ""
    part = f" (records {args.records})" if args.records else ""
    print(f"{args.data}{part}: {len(records)} articles{shape}, {args.sentences} sentences, "
          "ROUGE F1 x100\n")
    print(table(results, digits=args.digits))
    return 0


if __name__ == "__main__":
    sys.exit(main())
