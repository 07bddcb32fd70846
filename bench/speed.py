"""Speed and memory of brief beside sumy, measured in one run.

    python bench/speed.py [--data DIR] [--articles 1000] [--runs 10] [--rev REV]

Prints a Markdown table: cold start of the CLI, per-article cost of a folder batch, growth on
long documents, peak memory of a batch, and --jobs 2 against --jobs 1. With ``--rev``, also
this tree's cold start and per-article batch time beside another git revision's, the two
taking turns (each installed without its dependencies into a temporary folder, run as
``python -m newsbrief.cli``). Needs ../shared/data.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script too

from bench.common import (
    article_near,
    data_arg,
    punkt_tab_for_sumy,
    read_jsonl,
    require_data,
    sumy_cli_ready,
    sumy_lexrank,
    trees_beside,
)

BIN = Path(sys.executable).parent


def _wall_once(command: list[str], env: dict | None = None) -> float:
    """Wall seconds of one run of a command."""
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   check=True)
    return time.perf_counter() - start


def cold_start(dev: list[dict], runs: int, folder: Path) -> tuple[float, float, float]:
    """Median wall times of brief's and sumy's CLI on one ~600-word article, and the median
    of their ratios run by run.

    The two commands take turns (after one warm-up each), so a minute in which the shared
    machine is slower weighs on both alike instead of on whichever ran then.
    """
    article = folder / "article.txt"
    article.write_text(article_near(dev, 600), encoding="utf-8")
    brief_command = [str(BIN / "brief"), str(article), "--format", "text"]
    sumy_command = [str(BIN / "sumy"), "lex-rank", "--length=3", f"--file={article}"]
    briefs, sumys = [], []
    with punkt_tab_for_sumy():
        print(f"sumy's CLI: {sumy_cli_ready(article)}")
        env = dict(os.environ)
        for attempt in range(runs + 1):
            brief, sumy = _wall_once(brief_command), _wall_once(sumy_command, env)
            if attempt:
                briefs.append(brief)
                sumys.append(sumy)
    ratios = [b / s for b, s in zip(briefs, sumys, strict=True)]
    return statistics.median(briefs), statistics.median(sumys), statistics.median(ratios)


def batch(articles: list[str], folder: Path, jobs: int) -> tuple[float, int, float]:
    """Whole-process seconds, peak RSS (KiB) and CPU seconds (user and system, the workers'
    too) of ``brief DIR --format jsonl --jobs N``. On a shared machine the CPU seconds say
    what the wall seconds cannot: how much work the run did."""
    probe = ("import resource, subprocess, sys, time\n"
             "start = time.perf_counter()\n"
             "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)\n"
             "used = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
             "print(time.perf_counter() - start, used.ru_maxrss, used.ru_utime + used.ru_stime)\n")
    command = [str(BIN / "brief"), str(folder), "--format", "jsonl", "--jobs", str(jobs)]
    out = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True,
                         text=True, check=True).stdout.split()
    return float(out[0]), int(out[1]), float(out[2])


def sumy_per_article(articles: list[str]) -> tuple[float, float]:
    """sumy LexRank's wall and CPU seconds per article, in process."""
    import numpy

    with punkt_tab_for_sumy():
        run = sumy_lexrank()
        run(articles[0])
        with numpy.errstate(all="ignore"):
            start, cpu = time.perf_counter(), time.process_time()
            for article in articles:
                run(article)
    return ((time.perf_counter() - start) / len(articles),
            (time.process_time() - cpu) / len(articles))


def growth(records: list[dict], rounds: int = 5) -> tuple[float, float, float]:
    """In-process CPU seconds of a whole brief for a 10,000-word and a 100,000-word
    document, and the median of their ratios round by round.

    Each round briefs the small document ten times, then the large one once, so both take
    about as long and see the same state of a shared machine (its speed wanders by a third
    from minute to minute here); the ratio is the large time over the small one's mean, and
    the times shown are the medians. CPU time: another process on the core does not count.
    """
    from newsbrief import Options, summarize_text

    def document(words: int) -> str:
        parts, total = [], 0
        for record in records:
            parts.append(record["article"])
            total += len(record["article"].split())
            if total >= words:
                break
        return "\n\n".join(parts)

    small, large = document(10_000), document(100_000)
    summarize_text(small, Options())  # caches warm, patterns compiled
    summarize_text(large, Options())
    smalls, larges = [], []
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(10):
            summarize_text(small, Options())
        smalls.append((time.process_time() - start) / 10)
        larges.append(_once(summarize_text, large))
    ratios = [big / little for big, little in zip(larges, smalls, strict=True)]
    return statistics.median(smalls), statistics.median(larges), statistics.median(ratios)


def _once(function, text: str) -> float:
    start = time.process_time()
    function(text)
    return time.process_time() - start


def trees_side_by_side(rev: str, dev: list[dict], folder: Path, runs: int,
                       articles: int) -> list[tuple[str, float, float]]:
    """(tree, median cold start s, per-article s of a ``--jobs 1`` batch) of this tree and
    of ``rev``, taking turns so that a slower minute of a shared machine weighs on both."""
    article = folder / "article.txt"
    article.write_text(article_near(dev, 600), encoding="utf-8")
    with trees_beside(rev, folder) as trees:
        cold: dict[str, list[float]] = {name: [] for name, _, _ in trees}
        batches: dict[str, list[float]] = {name: [] for name, _, _ in trees}
        for attempt in range(runs + 1):
            for name, site, names in trees:
                env = dict(os.environ, PYTHONPATH=str(site))
                seconds = _wall_once([sys.executable, "-m", names("newsbrief.cli"),
                                      str(article), "--format", "text"], env)
                if attempt:
                    cold[name].append(seconds)
        for _ in range(3):
            for name, site, names in trees:
                env = dict(os.environ, PYTHONPATH=str(site))
                batches[name].append(_wall_once([sys.executable, "-m", names("newsbrief.cli"),
                                                 str(folder / "articles"), "--format", "jsonl",
                                                 "--jobs", "1"], env))
    return [(name, statistics.median(cold[name]), min(batches[name]) / articles)
            for name, _, _ in trees]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    data_arg(parser)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--sumy-articles", type=int, default=200,
                        help="articles for sumy's per-article time (it is slow)")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--rev", help="a git revision whose cold start and batch time to "
                                      "measure beside this tree's")
    args = parser.parse_args()
    test = read_jsonl(require_data(args.data, "cnn-stories", "test.jsonl"), args.articles)
    dev = read_jsonl(require_data(args.data, "cnn-stories", "dev.jsonl"))
    articles = [r["article"] for r in test]
    with tempfile.TemporaryDirectory(prefix="brief-bench-") as tmp:
        folder = Path(tmp, "articles")
        folder.mkdir()
        for number, article in enumerate(articles):
            (folder / f"{number:05d}.txt").write_text(article, encoding="utf-8")
        brief_cold, sumy_cold, cold_ratio = cold_start(dev, args.runs, Path(tmp))
        one, rss, one_cpu = batch(articles, folder, 1)
        two, _, two_cpu = batch(articles, folder, 2)
        beside = (trees_side_by_side(args.rev, dev, Path(tmp), args.runs, len(articles))
                  if args.rev else [])
    sumy, sumy_cpu = sumy_per_article(articles[: args.sumy_articles])
    small, large, growth_ratio = growth(test)
    per_article = one / len(articles)
    rows = [
        ("cold start, `brief article.txt` (600 words)", f"{brief_cold * 1000:.0f} ms",
         f"sumy CLI {sumy_cold * 1000:.0f} ms", f"{cold_ratio:.3f}", "<= 0.22"),
        (f"batch of {len(articles):,} files, `--jobs 1`, per article (whole process)",
         f"{per_article * 1000:.2f} ms", f"sumy LexRank in process {sumy * 1000:.1f} ms",
         f"1/{sumy / per_article:.1f}", "<= 1/3.5"),
        ("the same, CPU time (the workers' too)", f"{one_cpu / len(articles) * 1000:.2f} ms",
         f"sumy {sumy_cpu * 1000:.1f} ms", f"1/{sumy_cpu / (one_cpu / len(articles)):.1f}",
         ""),
        ("100,000 words / 10,000 words, whole brief (CPU, medians of 5 rounds)",
         f"{large:.2f} s / {small:.3f} s", "linear 10, all-pairs 100", f"{growth_ratio:.1f}",
         "<= 13"),
        (f"peak RSS, batch of {len(articles):,}, `--jobs 1`", f"{rss / 1024:.0f} MB", "",
         "", "< 150 MB"),
        ("`--jobs 2` speed-up over `--jobs 1`", f"{two:.1f} s vs {one:.1f} s", "",
         f"{one / two:.2f}x", ">= 1.8x on 2 cores"),
        ("`--jobs 2` CPU over `--jobs 1` CPU (work added by the pool)",
         f"{two_cpu:.1f} s vs {one_cpu:.1f} s", "", f"{two_cpu / one_cpu:.2f}", ""),
    ]
    print(f"cores: {os.cpu_count()}, python {sys.version.split()[0]}\n")
    print("| measure | brief | baseline | ratio | goal |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if beside:
        print("\n| tree (`python -m newsbrief.cli`, taking turns) | cold start | batch, per "
              "article (`--jobs 1`) |")
        print("|---|---|---|")
        for name, cold, each in beside:
            print(f"| {name} | {cold * 1000:.0f} ms | {each * 1000:.2f} ms |")


if __name__ == "__main__":
    main()
