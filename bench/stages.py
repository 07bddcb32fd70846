"""CPU time per article of brief's stages (load+split, ranking, all key facts), best of N runs.

Usage: python bench/stages.py --data cnn-dev [--limit N] [--repeat 5] [--methods brief,lead]

"all key facts" is ``extract_facts`` (entities, numbers, dates, quotes, headline) on split
articles, timed three ways, as the tagger caches each new word's weights (the model itself
is loaded before):

- first pass: every article once, in a process that has seen none (every word is new);
- in a batch: the second half of the articles once, after the first half, as a long batch
  meets them (common words cached, the rare words of each story still new);
- warm: best of N passes over the same articles (every word cached): a floor, not what a
  batch of new stories costs;
- warm with the tagger's output replayed: the entity tagger's spans (``ner.entity_spans``)
  made once and then looked up, so that the time left is every other part of the key facts
  (looking up the spans, by the sentences' words, costs a little): the floor for a faster
  tagger, and the tagger's own share is the difference from warm.

``--rev REV`` (e.g. the last release) times the three key-facts rows of this tree and of that
revision in the same run instead: each round runs one fresh process per tree, the trees
taking turns, and the table gives each row's median over ``--rounds`` rounds, its range and
the ratio of the medians (the revision is checked out into a temporary git worktree; see
``bench.common.trees_beside``). With ``--instructions`` as well, the same three rows are
counted in machine instructions (valgrind's callgrind, a fixed hash seed) instead: each row is
the difference of two runs that stop one step apart (the split articles; then a first pass;
then the first half after the tagger forgets its words; then the second half; then a warm
pass), divided by its articles. Needs valgrind; takes minutes per tree.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from facts_rows import WARM_UP, best_of, timed_rows  # noqa: E402
from rouge import DATASETS, dataset_files, load_records  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="cnn-dev", help=f"{', '.join(DATASETS)} or a path")
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--methods", default="brief,lead")
    parser.add_argument("--rev", default=None,
                        help="time the key facts of this git revision beside this tree's")
    parser.add_argument("--rounds", type=int, default=3, help="with --rev: rounds of turns")
    parser.add_argument("--instructions", action="store_true",
                        help="with --rev: count the rows' instructions with callgrind")
    args = parser.parse_args(argv)
    files = dataset_files(args.data, args.data_dir)
    if not all(f.is_file() for f in files):
        print(f"data not found for {args.data} (see --data-dir); nothing to do")
        return 0
    if args.rev:
        texts = [row["article"] for row in load_records(files, args.limit)]
        if args.instructions:
            return _key_facts_instructions(args.rev, texts, args.data)
        return _key_facts_beside(args.rev, texts, args.repeat, args.rounds, args.data)
    from newsbrief.methods import get_method
    from newsbrief.pipeline import article_from_text, split

    texts = [row["article"] for row in load_records(files, args.limit)]
    documents = [split(article_from_text(text)) for text in texts]
    per_article = 1000 / max(1, len(texts))
    print(f"{args.data}: {len(texts)} articles, CPU ms/article, best of {args.repeat}\n")
    print("| stage | ms/article |\n|---|---:|")
    load_split = best_of(args.repeat, lambda: [split(article_from_text(t)) for t in texts])
    print(f"| load + split | {load_split * per_article:.2f} |")
    for method in (m.strip() for m in args.methods.split(",") if m.strip()):
        ranker = get_method(method)
        ranker(documents[0])  # lazy imports and the model file, once
        seconds = best_of(args.repeat, lambda: [ranker(d) for d in documents])  # noqa: B023
        print(f"| rank: {method} | {seconds * per_article:.2f} |")
    from newsbrief.facts import extract_facts, ner

    extract_facts(split(article_from_text(WARM_UP)))
    for row, ms in timed_rows(documents, extract_facts, ner, args.repeat).items():
        print(f"| all key facts, {row} | {ms:.2f} |")
    replayed = _with_spans_replayed(
        lambda: best_of(args.repeat, lambda: [extract_facts(d) for d in documents]), documents,
        extract_facts)
    print(f"| all key facts, warm, the tagger's output replayed | {replayed * per_article:.2f} |")
    return 0


# One tree's key-facts rows (as above), run in a fresh process: code written for the import
# root newsbrief, fitted to the tree's (bench.common.importable); argv: the texts' JSON file,
# the bench folder (for facts_rows, put last on the path), then the repeat for the rows
# (prints their ms per article as JSON) or ``steps`` and the last step (see run_steps).
_KEY_FACTS = """
import json, sys
sys.path.append(sys.argv[2])
from facts_rows import WARM_UP, run_steps, timed_rows
from newsbrief.facts import extract_facts, ner
from newsbrief.pipeline import article_from_text, split

documents = [split(article_from_text(text))
             for text in json.load(open(sys.argv[1], encoding="utf-8"))]
extract_facts(split(article_from_text(WARM_UP)))
if sys.argv[3] == "steps":
    run_steps(documents, extract_facts, ner, int(sys.argv[4]))
else:
    print(json.dumps(timed_rows(documents, extract_facts, ner, int(sys.argv[3]))))
"""
_BENCH = str(ROOT / "bench")


def _key_facts_beside(rev: str, texts: list[str], repeat: int, rounds: int, data: str) -> int:
    """Print the key-facts rows of this tree and of ``rev``, the trees taking turns."""
    from bench.common import trees_beside

    if len(texts) < 2:
        print("--rev needs two articles or more")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "texts.json"
        corpus.write_text(json.dumps(texts), encoding="utf-8")
        with trees_beside(rev, Path(folder)) as trees:
            runs: dict[str, list[dict[str, float]]] = {name: [] for name, _, _ in trees}
            for _ in range(rounds):
                for name, tree, names in trees:
                    # run from the tree's folder: `python -c` puts the working folder
                    # first on the path, and run from this checkout a revision from before
                    # the import root would import this tree's summarizer/ as its own
                    env = dict(os.environ, PYTHONPATH=str(tree))
                    done = subprocess.run([sys.executable, "-c", names(_KEY_FACTS), str(corpus),
                                           _BENCH, str(repeat)], env=env, cwd=tree,
                                          check=True, capture_output=True, text=True)
                    runs[name].append(json.loads(done.stdout.splitlines()[-1]))
    (here, mine), (there, theirs) = runs.items()
    print(f"{data}: {len(texts)} articles, all key facts, CPU ms per article; median of "
          f"{rounds} rounds (range), a fresh process per tree and round, the trees taking "
          f"turns\n")
    print(f"| row | {here} | {there} | ratio of medians |\n|---|---:|---:|---:|")
    for row in mine[0]:
        ours, old = [r[row] for r in mine], [r[row] for r in theirs]
        print(f"| {row} | {statistics.median(ours):.2f} ({min(ours):.2f}-{max(ours):.2f}) "
              f"| {statistics.median(old):.2f} ({min(old):.2f}-{max(old):.2f}) "
              f"| {statistics.median(ours) / statistics.median(old):.2f} |")
    return 0


def _key_facts_instructions(rev: str, texts: list[str], data: str) -> int:
    """Print the key-facts rows of this tree and of ``rev`` in instructions per article."""
    from bench.common import trees_beside
    from bench.instructions import instructions

    if len(texts) < 2:
        print("--rev needs two articles or more")
        return 2
    half = len(texts) // 2
    rows: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "texts.json"
        corpus.write_text(json.dumps(texts), encoding="utf-8")
        with trees_beside(rev, Path(folder)) as trees:
            for name, tree, names in trees:
                subprocess.run([sys.executable, "-m", "compileall", "-q", "."], cwd=tree,
                               check=True)  # both trees start from compiled modules
                counts = [instructions([sys.executable, "-c", names(_KEY_FACTS), str(corpus),
                                        _BENCH, "steps", str(step)], tree) for step in range(5)]
                rows[name] = {
                    "first pass": (counts[1] - counts[0]) / len(texts),
                    "in a batch (second half, once)": (counts[3] - counts[2]) / (len(texts) - half),
                    "warm (one pass)": (counts[4] - counts[3]) / len(texts)}
    (here, mine), (there, theirs) = rows.items()
    print(f"{data}: {len(texts)} articles, all key facts, instructions per article "
          f"(callgrind, PYTHONHASHSEED=0)\n")
    print(f"| row | {here} | {there} | ratio |\n|---|---:|---:|---:|")
    for row, ours in mine.items():
        print(f"| {row} | {ours / 1e6:.1f} M | {theirs[row] / 1e6:.1f} M "
              f"| {ours / theirs[row]:.2f} |")
    return 0


def _with_spans_replayed(timed, documents, extract_facts) -> float:
    """``timed()`` while the entities stage gets the tagger's spans from a table made first."""
    from newsbrief.facts import entities

    real = entities.entity_spans
    made: dict[tuple, list] = {}

    def replay(sentences, lowered=None):
        key = tuple(map(tuple, sentences))
        found = made.get(key)
        if found is None:
            found = made[key] = real(sentences, lowered)
        return found

    entities.entity_spans = replay
    try:
        for document in documents:
            extract_facts(document)  # make the table
        return timed()
    finally:
        entities.entity_spans = real


if __name__ == "__main__":
    sys.exit(main())
