"""Train brief's sentence ranker and write summarizer/data/ranker.json.

Rebuild: python tools/train_ranker.py   (needs numpy and rouge-score; reads ../shared/data)

Labels are a greedy ROUGE oracle: the 3 sentences that together best match the highlights
(mean of ROUGE-1 and ROUGE-2 F1, rouge-score tokens with the Porter stemmer). The scorer is a
small boosted-tree ensemble (tools/boosting.py) on the features of summarizer/ranker_features.py.
Deterministic: files are read in order, nothing is sampled.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import boosting  # noqa: E402
from provenance import RANKER_LIBRARIES, built_with  # noqa: E402

from newsbrief.errors import InputError  # noqa: E402
from newsbrief.pipeline import article_from_text, split  # noqa: E402
from newsbrief.ranker_features import FEATURES, document_features  # noqa: E402

# (file, records FIRST-LAST or None for all, one paragraph?, copies): each story once in its
# own form and, where marked, once with its lines joined into one paragraph, the form of the
# official CNN/DailyMail copies (bench/rouge.py --flatten). dailymail-val records 201-300 are
# kept apart for measuring and never read here.
TRAIN = (
    ("cnn-stories/train.jsonl", None, False, 1),
    ("cnn-stories/train.jsonl", None, True, 1),
)
OUTPUT = ROOT / "summarizer" / "data" / "ranker.json"
SETTINGS = {"trees": 100, "depth": 3, "rate": 0.1, "lam": 1.0, "min_hess": 5.0, "max_bins": 32}
ORACLE_SIZE = 3


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(zip(*(tokens[i:] for i in range(n)), strict=False))


def _f1(candidate: Counter, reference: Counter) -> float:
    overlap = sum((candidate & reference).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(candidate.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def oracle(sentences: list[list[str]], reference: list[str], size: int = ORACLE_SIZE) -> list[int]:
    """Greedily add the sentence that most raises mean ROUGE-1/2 F1; stop when none does."""
    refs = {n: _ngrams(reference, n) for n in (1, 2)}
    chosen: list[int] = []
    tokens: list[str] = []
    best = 0.0
    for _ in range(size):
        pick = None
        for i, sentence in enumerate(sentences):
            if i in chosen:
                continue
            joined = tokens + sentence
            value = sum(_f1(_ngrams(joined, n), refs[n]) for n in (1, 2)) / 2
            if value > best + 1e-12:
                best, pick = value, i
        if pick is None:
            break
        chosen.append(pick)
        tokens = tokens + sentences[pick]
    return chosen


def _one_paragraph(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def examples(path: Path, records: tuple[int, int] | None = None,
             flat: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and oracle labels of every sentence of every story in ``path``
    (only records FIRST-LAST, counted from 1, when ``records`` is given)."""
    from rouge_score.tokenizers import DefaultTokenizer

    tokenizer = DefaultTokenizer(use_stemmer=True)
    rows, labels = [], []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if records and not records[0] <= number <= records[1]:
                continue
            record = json.loads(line)
            text = _one_paragraph(record["article"]) if flat else record["article"]
            try:
                document = split(article_from_text(text))
            except InputError:
                continue
            sentences = [tokenizer.tokenize(s.text) for s in document.sentences]
            chosen = set(oracle(sentences, tokenizer.tokenize(record["reference"])))
            vectors, _ = document_features(document)
            rows.extend(vectors)
            labels.extend(float(i in chosen) for i in range(len(vectors)))
    return np.array(rows, dtype=float), np.array(labels, dtype=float)


def _rounded(tree):
    """Leaves to 6 decimals; thresholds kept exact so that routing does not change."""
    if isinstance(tree, list):
        return [tree[0], tree[1], _rounded(tree[2]), _rounded(tree[3])]
    return round(tree, 6)


def _describe(name: str, records: tuple[int, int] | None, flat: bool, copies: int) -> str:
    part = f"{name} records {records[0]}-{records[1]}" if records else name
    form = ", one paragraph" if flat else ""
    return f"{part}{form}" + (f", x{copies}" if copies > 1 else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    missing = [name for name, *_ in TRAIN if not (args.data_dir / name).is_file()]
    if missing:
        print(f"training data not found: {', '.join(missing)} in {args.data_dir}; nothing to do")
        return 0
    try:
        import rouge_score  # noqa: F401  (labels need the same tokenizer as the benchmark)
    except ImportError:
        print("rouge-score is not installed (pip install '.[bench]'); nothing to do")
        return 0
    parts = []
    for name, records, flat, copies in TRAIN:
        X, y = examples(args.data_dir / name, records, flat)
        parts.extend([(X, y)] * copies)
    X = np.vstack([X for X, _ in parts])
    y = np.concatenate([y for _, y in parts])
    print(f"{len(y)} sentences, {int(y.sum())} oracle picks, {X.shape[1]} features")
    base, trees = boosting.fit(X, y, **SETTINGS)
    model = {
        "about": "brief sentence ranker: boosted trees over summarizer/ranker_features.py",
        "rebuild": "python tools/train_ranker.py",
        "trained_on": [_describe(*part) for part in TRAIN],
        "labels": f"greedy ROUGE-1/2 oracle, {ORACLE_SIZE} sentences",
        "built_with": built_with(RANKER_LIBRARIES),
        "settings": SETTINGS, "features": list(FEATURES),
        "base": round(base, 6), "trees": [_rounded(t) for t in trees],
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
