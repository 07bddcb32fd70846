"""Instructions (valgrind) spent by brief, this tree beside another revision, in one run.

    python bench/instructions.py [--rev REV] [--data DIR] [--articles 100] [--phases] [--growth]

On a shared machine wall times drift by 15-25% from one minute to the next; the number of
machine instructions a run executes does not. This counts them with valgrind's callgrind for

- cold start: ``python -m newsbrief.cli ARTICLE --format text`` on a ~600-word CNN dev story, the
  whole process (interpreter start, imports, models, the brief);
- sumy's CLI on the same article, when sumy is installed beside this interpreter (the
  baseline of the cold-start goal, a ratio free of the machine's drift), checked to run to
  the end with its modules loaded from bytecode, as pip installs it (see
  ``bench.common.sumy_cli_ready``: without that the count swings from 1.8 G to 8 G);
- warm whole brief: one warm pass of ``summarize_article`` (split, rank, key facts; the
  brief as a Python record, not rendered) per article over the first N CNN dev stories (a
  run with one extra pass minus a run without, divided by N): issue 21's headline figure;
- key facts: one warm pass of ``extract_facts`` per article over the first N CNN dev
  stories (a run with one extra pass minus a run without, divided by N);
- a word the tagger meets first: making its entry (the weights of its features in every
  role), what each new word of a batch costs beyond a warm pass (distinct words of CNN
  dev stories; a run making 5,000 minus a run making 2,500, divided by 2,500).

- with ``--growth``, the growth step of ``bench/speed.py``: one warm whole brief of its
  10,000- and 100,000-word documents (CNN test stories joined), and their ratio; free of the
  machine's drift, which moves that bench's CPU-time ratio.

``--rev`` (a git revision, e.g. the last release) is checked out into a temporary worktree
and measured the same way, each tree on the interpreter running this script with the
tree first on ``sys.path`` (installed without dependencies into a temporary folder when it
has the import root ``newsbrief``; see ``bench.common.importable``). ``--phases`` splits this
tree's cold start into what each step adds (each step is a run that goes one step further
than the one before). Needs valgrind; takes a few minutes per tree.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script too

from bench.common import (  # noqa: E402
    ROOT,
    SUMY_SENTENCES,
    article_near,
    data_arg,
    punkt_tab_for_sumy,
    read_jsonl,
    require_data,
    sumy_cli_ready,
    trees_beside,
)

_COLLECTED = re.compile(r"Collected : (\d+)")
_ONE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
_FACTS = """
import json, sys
from newsbrief.facts import extract_facts
from newsbrief.pipeline import article_from_text, split
texts = [json.loads(line)["article"] for line in open(sys.argv[1], encoding="utf-8")]
documents = [split(article_from_text(text)) for text in texts[:int(sys.argv[2])]]
for document in documents:
    extract_facts(document)  # first pass: the tagger caches each new word
for _ in range(int(sys.argv[3])):
    for document in documents:
        extract_facts(document)
"""
_BRIEF = """
import json, sys
from newsbrief.pipeline import article_from_text, summarize_article
texts = [json.loads(line)["article"] for line in open(sys.argv[1], encoding="utf-8")]
articles = [article_from_text(text) for text in texts[:int(sys.argv[2])]]
for article in articles:
    summarize_article(article)  # first pass: new words, caches
for _ in range(int(sys.argv[3])):
    for article in articles:
        summarize_article(article)
"""
# The tagger meeting a word for the first time: the entries of the distinct words of CNN dev
# stories, made one by one (a run making 2N minus a run making N, divided by N, leaves out
# the start and the model's load).
_NEW_WORDS = """
import json, sys
from newsbrief.facts import ner
from newsbrief.facts.tokens import words_and_starts
texts = [json.loads(line)["article"] for line in open(sys.argv[1], encoding="utf-8")]
words = list(dict.fromkeys(w for text in texts[:300] for w in words_and_starts(text)[0]))
table = ner._word_table(ner.load_model())
for word in words[:int(sys.argv[2])]:
    table._make(word)
"""
_NEW_WORD_COUNT = 2_500


# The growth step of bench/speed.py counted: a whole brief of a document of N words made of
# CNN test stories joined by blank lines, as speed.py makes it, warm (run once before).
_GROWTH = """
import json, sys
from newsbrief import Options, summarize_text
parts, total = [], 0
for line in open(sys.argv[1], encoding="utf-8"):
    article = json.loads(line)["article"]
    parts.append(article)
    total += len(article.split())
    if total >= int(sys.argv[2]):
        break
text = "\\n\\n".join(parts)
for _ in range(1 + int(sys.argv[3])):
    summarize_text(text, Options())
"""
_GROWTH_WORDS = (10_000, 100_000)


def growth(tree: Path, names: Callable[[str], str], test: Path) -> tuple[int, int]:
    """Instructions of one warm whole brief of speed.py's 10,000- and 100,000-word
    documents (a run with one more brief minus a run without)."""
    script = [sys.executable, "-c", names(_GROWTH), str(test)]
    return tuple(instructions([*script, str(words), "1"], tree)  # type: ignore[return-value]
                 - instructions([*script, str(words), "0"], tree) for words in _GROWTH_WORDS)


# Cold start, step by step: each script goes one step further than the one before.
_PHASES = (
    ("interpreter start", ""),
    ("import the command line (Typer, newsbrief.cli.main)", "import newsbrief.cli.main"),
    ("import the stages (Punkt, facts, ranker)",
     "import punkt, newsbrief.pipeline, newsbrief.methods, newsbrief.ranker, "
     "newsbrief.batch, newsbrief.facts.entities, newsbrief.facts.dates, "
     "newsbrief.facts.numbers, newsbrief.facts.quotes, newsbrief.facts.headline, "
     "newsbrief.cli.runner, newsbrief.cli.output, newsbrief.cli.render"),
    ("load the entity model", "newsbrief.facts.ner.load_model()"),
    ("load Punkt's English model", "newsbrief.text._punkt('en')"),
    ("brief the article (first of the process)",
     "import io, contextlib\nsys.argv = ['brief', ARTICLE, '--format', 'text']\n"
     "with contextlib.redirect_stdout(io.StringIO()):\n"
     "    try:\n        newsbrief.cli.main.run()\n    except SystemExit:\n        pass"),
    ("brief it again (what only the first article pays is gone)",
     "with contextlib.redirect_stdout(io.StringIO()):\n"
     "    try:\n        newsbrief.cli.main.run()\n    except SystemExit:\n        pass"),
)


def phases(tree: Path, article: Path, names: Callable[[str], str]) -> list[tuple[str, int]]:
    """(step, instructions it adds) of a cold start of ``tree``, step by step."""
    rows, before, code = [], 0, f"import sys\nARTICLE = {str(article)!r}\n"
    for name, step in _PHASES:
        code += names(step) + "\n"
        total = instructions([sys.executable, "-c", code], tree)
        rows.append((name, total - before))
        before = total
    return rows


def instructions(command: list[str], tree: Path) -> int:
    """Instructions callgrind counts for ``command`` run with ``tree`` first on the path."""
    # a fixed hash seed: dict and set layouts, and so the counts, are the same at every run.
    # One thread for numpy's BLAS (sumy imports numpy): callgrind runs a process's threads
    # one at a time, and the workers of a BLAS thread pool spin while they wait, which is
    # counted (numpy's import: 401-420 M instructions from run to run with this 2-core
    # machine's default pool, once 4.1 G; 373 M every time with one thread). brief does not
    # import numpy on the paths counted here.
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONDONTWRITEBYTECODE="", PYTHONHASHSEED="0",
               **dict.fromkeys(_ONE_THREAD, "1"))
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          *command], env=env, cwd=tree, capture_output=True, text=True,
                         check=True)
    found = _COLLECTED.search(run.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{run.stderr[-400:]}")
    return int(found.group(1))


def measure(tree: Path, names: Callable[[str], str], article: Path, dev: Path,
            articles: int) -> tuple[int, int, int, int]:
    """(cold start instructions, warm whole-brief and key-facts instructions per article,
    instructions of
    the tagger's first meeting with a word) of ``tree`` (importable; ``names`` fits code to
    its import names)."""
    python = sys.executable
    subprocess.run([python, "-m", "compileall", "-q", "."], cwd=tree,
                   check=True)  # both trees start from compiled modules
    command = [python, "-m", names("newsbrief.cli"), str(article), "--format", "text"]
    instructions(command, tree)  # warm-up
    cold = instructions(command, tree)
    script = [python, "-c", names(_BRIEF), str(dev), str(articles)]
    brief = instructions([*script, "1"], tree) - instructions([*script, "0"], tree)
    script = [python, "-c", names(_FACTS), str(dev), str(articles)]
    base = instructions([*script, "0"], tree)
    more = instructions([*script, "1"], tree)
    words = [python, "-c", names(_NEW_WORDS), str(dev)]
    half = instructions([*words, str(_NEW_WORD_COUNT)], tree)
    full = instructions([*words, str(2 * _NEW_WORD_COUNT)], tree)
    return (cold, brief // articles, (more - base) // articles,
            (full - half) // _NEW_WORD_COUNT)


def sumy_cold(article: Path) -> tuple[int, str] | None:
    """Instructions of sumy's CLI on ``article`` (as bench/speed.py runs it) and how it ran
    (see bench.common.sumy_cli_ready); None without sumy."""
    sumy = Path(sys.executable).parent / "sumy"
    if not sumy.exists():
        return None
    with punkt_tab_for_sumy():
        how = sumy_cli_ready(article)  # also its warm-up, as brief's cold start has one
        return instructions([str(sumy), "lex-rank", f"--length={SUMY_SENTENCES}",
                             f"--file={article}"], ROOT), how


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", help="a git revision to measure beside this tree")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--phases", action="store_true",
                        help="also split this tree's cold start into steps")
    parser.add_argument("--growth", action="store_true",
                        help="also count bench/speed.py's growth step (a few minutes a tree)")
    data_arg(parser)
    args = parser.parse_args(argv)
    dev = require_data(args.data, "cnn-stories", "dev.jsonl")
    if shutil.which("valgrind") is None:
        print("valgrind is not installed; nothing was measured")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "article.txt"
        article.write_text(article_near(read_jsonl(dev), 600), encoding="utf-8")
        with trees_beside(args.rev, Path(folder)) as trees:
            rows = [(name, *measure(tree, names, article, dev, args.articles))
                    for name, tree, names in trees]
            steps = phases(trees[0][1], article, trees[0][2]) if args.phases else []
            test = require_data(args.data, "cnn-stories", "test.jsonl") if args.growth else None
            grown = [(name, *growth(tree, names, test)) for name, tree, names in trees] \
                if test else []
            sumy = sumy_cold(article)
    print(f"instructions (valgrind callgrind); whole brief and key facts: warm, per article, "
          f"first {args.articles} CNN dev stories\n")
    print("| tree | cold start `brief ARTICLE --format text` | whole brief per article "
          "| key facts per article | a word the tagger meets first |")
    print("|---|---:|---:|---:|---:|")
    for name, cold, brief, facts, new_word in rows:
        print(f"| {name} | {cold / 1e6:,.0f} M | {brief / 1e6:,.1f} M | {facts / 1e6:,.1f} M "
              f"| {new_word / 1e3:,.0f} k |")
    if sumy:
        count, how = sumy
        ratios = "; ".join(f"{name} / sumy = {cold / count:.3f}" for name, cold, *_ in rows)
        print(f"\nsumy's CLI on the same article (`sumy lex-rank --length={SUMY_SENTENCES}`, "
              f"{how}): {count / 1e6:,.0f} M; {ratios}")
    if grown:
        print("\n| tree | whole brief, 10,000 words | 100,000 words | ratio (bench/speed.py's "
              "growth step) |\n|---|---:|---:|---:|")
        for name, small, large in grown:
            print(f"| {name} | {small / 1e6:,.1f} M | {large / 1e6:,.1f} M | "
                  f"{large / small:.2f} |")
    if steps:
        print("\n| cold start of this tree, step by step | instructions it adds |\n|---|---:|")
        for name, count in steps:
            print(f"| {name} | {count / 1e6:,.0f} M |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
