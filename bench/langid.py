"""Language detection on short news texts: accuracy, ms/text and cold-start cost per detector.

Usage: python bench/langid.py [--cold-runs N] [--slow] [--only NAME,NAME]

The labelled texts are brief's own (tests/data/langid_news.tsv: sentences and
headlines written for this project in 15 languages). Each detector is timed
cold in a fresh interpreter (import, then the first detection, which loads the
model) and warm in this process (ms/text over the whole set). "brief" is
newsbrief.detection.detect_language, the detector the pipeline uses.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "langid_news.tsv"
sys.path.insert(0, str(ROOT))

# name -> (import statement, code that builds a detector `d` and runs it once on `s`)
DETECTORS = {
    "brief": ("from newsbrief.detection import detect_language",
              "d = detect_language; d(s)"),
    "py3langid": ("import py3langid",
                  "d = lambda t: py3langid.classify(t)[0]; d(s)"),
    "langdetect": ("import langdetect",
                   "langdetect.DetectorFactory.seed = 0\n"
                   "d = lambda t: langdetect.detect(t).split('-')[0]; d(s)"),
    "lingua-low": ("import lingua",
                   "_l = lingua.LanguageDetectorBuilder.from_all_languages()"
                   ".with_low_accuracy_mode().build()\n"
                   "d = lambda t: _code(_l.detect_language_of(t)); d(s)"),
    "lingua-high": ("import lingua",
                    "_l = lingua.LanguageDetectorBuilder.from_all_languages().build()\n"
                    "d = lambda t: _code(_l.detect_language_of(t)); d(s)"),
}
DETECTORS["(package)"] = ("import newsbrief", "d = None")  # baseline for brief's import
SLOW = {"lingua-high"}  # 10 s to load its models: only with --slow
_PRELUDE = ("def _code(language):\n"
            "    return language.iso_code_639_1.name.lower() if language else 'und'\n"
            "s = 'Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen.'\n")


def load_texts() -> list[tuple[str, str, str]]:
    """(language, kind, text) rows: the labelled set, plus paragraphs of 3 of its sentences."""
    rows = []
    for line in DATA.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            language, kind, text = line.split("\t")
            rows.append((language, kind, text))
    by_language: dict = defaultdict(list)
    for language, kind, text in rows:
        if kind == "sentence":
            by_language[language].append(text)
    for language, sentences in by_language.items():
        for start in range(0, len(sentences) - 2, 3):
            rows.append((language, "paragraph", " ".join(sentences[start:start + 3])))
    return rows


def cold_times(name: str, runs: int, sample: str | None = None) -> tuple[float, float]:
    """Median ms of (import, first detection) in fresh interpreters."""
    imports, firsts = [], []
    statement, build = DETECTORS[name]
    prelude = _PRELUDE if sample is None else _PRELUDE + f"s = {sample!r}\n"
    program = (f"import time\nt0 = time.perf_counter()\n{statement}\nt1 = time.perf_counter()\n"
               f"{prelude}{build}\nt2 = time.perf_counter()\nprint(t1 - t0, t2 - t1)\n")
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True,
                             text=True, check=True, env={"PYTHONPATH": str(ROOT)})
        first, second = map(float, out.stdout.split())
        imports.append(first * 1000)
        firsts.append(second * 1000)
    return statistics.median(imports), statistics.median(firsts)


def warm_detector(name: str):
    """The detector function, built (and its model loaded) in this process."""
    statement, build = DETECTORS[name]
    scope: dict = {}
    exec(f"{statement}\n{_PRELUDE}{build}", scope)  # noqa: S102 - our own fixed snippets
    return scope["d"]


def evaluate(name: str, rows) -> tuple[dict, float]:
    """Per-(language, kind) correct counts and warm ms/text."""
    detect = warm_detector(name)
    correct: dict = defaultdict(int)
    start = time.perf_counter()
    predictions = [detect(text) for _, _, text in rows]
    elapsed = time.perf_counter() - start
    for (language, kind, _), found in zip(rows, predictions, strict=True):
        correct[(language, kind)] += found == language
    return correct, elapsed * 1000 / len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--slow", action="store_true", help="also lingua in high-accuracy mode")
    parser.add_argument("--only", help="comma-separated detector names")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data",
                        help="shared data folder, for brief on whole English dev articles")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else [
        n for n in DETECTORS if (args.slow or n not in SLOW) and n != "(package)"]
    rows = load_texts()
    languages = sorted({r[0] for r in rows})
    totals = defaultdict(int)
    for language, kind, _ in rows:
        totals[(language, kind)] += 1
    results = {}
    for name in names:
        try:
            results[name] = (*evaluate(name, rows), *cold_times(name, args.cold_runs))
        except (ImportError, subprocess.CalledProcessError) as exc:
            print(f"{name}: not available ({exc})")
    kinds = {kind: sum(v for (_, k), v in totals.items() if k == kind) for kind in KINDS}
    print(f"{len(rows)} texts in {len(languages)} languages: "
          + ", ".join(f"{n} {kind}s" for kind, n in kinds.items()) + "\n")
    _print_summary(results, totals)
    _print_per_language(results, totals, languages)
    if "brief" in results:
        _print_methods(rows)
        _print_brief_cold(rows, args.cold_runs)
        _print_english_articles(args.data)


KINDS = ("sentence", "headline", "paragraph")


def _share(correct: dict, totals: dict, kind: str | None = None) -> float:
    hit = sum(v for key, v in correct.items() if kind in (None, key[1]))
    total = sum(v for key, v in totals.items() if kind in (None, key[1]))
    return 100.0 * hit / total if total else 0.0


def _print_summary(results: dict, totals: dict) -> None:
    print("accuracy % (all, sentences, headlines, 3-sentence paragraphs), warm ms/text, "
          "cold import ms, cold first-detection ms (model load):")
    print(f"{'detector':<12} {'all':>6} {'sent.':>6} {'head.':>6} {'para.':>6} {'ms/text':>8} "
          f"{'import':>8} {'1st call':>9}")
    for name, (correct, per_text, import_ms, first_ms) in results.items():
        shares = " ".join(f"{_share(correct, totals, kind):6.1f}" for kind in (None, *KINDS))
        print(f"{name:<12} {shares} {per_text:8.3f} {import_ms:8.1f} {first_ms:9.1f}")
    print()


def _print_per_language(results: dict, totals: dict, languages: list[str]) -> None:
    names = list(results)
    print("correct per language (all kinds):")
    print(f"{'lang':<5}" + "".join(f"{n:>12}" for n in names))
    for language in languages:
        total = sum(totals[(language, kind)] for kind in KINDS)
        cells = "".join(
            f"{sum(results[n][0][(language, kind)] for kind in KINDS):>9}/{total:<2}"
            for n in names)
        print(f"{language:<5}{cells}")
    print()


def _print_brief_cold(rows, runs: int) -> None:
    """brief's cold cost on a paragraph, by the stage that decides it."""
    paragraphs = {lang: text for lang, kind, text in rows if kind == "paragraph"}
    samples = [("en paragraph", paragraphs["en"]), ("de paragraph", paragraphs["de"]),
               ("zh paragraph", paragraphs["zh"]),
               ("short text", next(t for lang, k, t in rows if lang == "pt" and k == "headline"))]
    print("\nbrief cold start (ms, median of fresh interpreters): import, first detection")
    print(f"  {'import newsbrief alone (baseline)':<23} {cold_times('(package)', runs)[0]:8.1f}")
    for label, text in samples:
        from newsbrief.detection import identify

        import_ms, first_ms = cold_times("brief", runs, text)
        print(f"  {label:<14} {identify(text).method:<7} {import_ms:8.1f} {first_ms:9.1f}")


def _print_english_articles(data: Path) -> None:
    """brief's detector on whole English DEV articles: answers, deciding stage, ms/article."""
    import json

    from newsbrief.detection import identify

    print("\nbrief on whole English dev articles (language, stage: count), ms/article:")
    for name in ("cnn-stories/dev.jsonl", "dailymail-dev/dev.jsonl", "bbc-news-summary/dev.jsonl"):
        path = data / name
        if not path.exists():
            print(f"  {name}: not found, skipped")
            continue
        articles = [json.loads(line)["article"] for line in path.read_text("utf-8").splitlines()
                    if line.strip()]
        start = time.perf_counter()
        found = [identify(article) for article in articles]
        per_article = (time.perf_counter() - start) * 1000 / len(articles)
        counts: dict = defaultdict(int)
        for detection in found:
            counts[f"{detection.language}, {detection.method}"] += 1
        shown = "; ".join(f"{key}: {n}" for key, n in sorted(counts.items()))
        print(f"  {name:<28} {shown}  ({per_article:.2f} ms/article)")


def _print_methods(rows) -> None:
    """Which stage of brief's detector decided, and how often it was right."""
    from newsbrief.detection import identify

    stats: dict = defaultdict(lambda: [0, 0])
    for language, kind, text in rows:
        found = identify(text)
        stats[(kind, found.method)][0] += 1
        stats[(kind, found.method)][1] += found.language == language
    print("brief's detector by deciding stage (texts, correct):")
    for (kind, method), (n, right) in sorted(stats.items()):
        print(f"  {kind:<10} {method:<8} {n:4d} {right:4d}")


if __name__ == "__main__":
    main()
