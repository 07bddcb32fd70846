"""Train brief's entity tagger on CoNLL-2003 eng.train and write summarizer/data/ner.json (and
ner-weights.bin beside it).

Rebuild: PYTHONPATH=. python tools/train_ner.py   (deterministic: fixed seed, sorted iteration)
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from provenance import NER_LIBRARIES, built_with  # noqa: E402

from bench.conll import ConllDocument, data_dir, parse_conll, read_conll  # noqa: E402
from newsbrief.atomic import replace_bytes  # noqa: E402
from newsbrief.facts import ner_tables  # noqa: E402
from newsbrief.facts.ner import MODEL_FILE, WEIGHTS_FILE  # noqa: E402
from newsbrief.facts.ner import allowed_moves as move_masks  # noqa: E402
from newsbrief.facts.ner_features import (  # noqa: E402
    Gazetteer,
    gazetteer_index,
    lowered_words,
    sentence_features,
)
from newsbrief.facts.tokens import tokenize  # noqa: E402
from newsbrief.pipeline import split  # noqa: E402
from newsbrief.records import Article  # noqa: E402

TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
# Extra training files (under ner/) --extra can add; none by default. Tried 2026-12-05 with
# WNUT-17 (CC BY 4.0, whose tags keep products and creative works apart from companies and
# groups): train + dev tweets with --min-count 3 raised facts-dev people F1 0.818 -> 0.836,
# organizations 0.632 -> 0.650, places 0.752 -> 0.763 and CoNLL testa 0.913 -> 0.921, but on
# the read-through set it cut common full names ("(CNN) -- Barack Obama" became "Obama",
# "Theresa May" and "Centers for Disease Control and Prevention" were lost in short texts),
# so it is not the shipped table.
EXTRA: tuple[str, ...] = ()
FOLDS = 5  # training-name gazetteer: each document sees only names from the other folds
SCALE = 1000
NEG = -1e9  # score of a forbidden tag transition while training


def allowed_moves(tags: tuple[str, ...]):
    """(start, transition) numpy masks: 0 where BIO allows the move, NEG where it does not."""
    import numpy as np

    start, moves = move_masks(tags)
    return np.array(start) * -NEG, np.array(moves) * -NEG


def viterbi(tables: list, transitions, start, end=None) -> list[list[int]]:
    """Best tag indices of each score table (tokens x tags), side by side; exact."""
    import numpy as np

    if not tables:
        return []
    lengths = np.array([len(e) for e in tables])
    longest = int(lengths.max())
    table = np.zeros((len(tables), longest, transitions.shape[0]))
    for s, e in enumerate(tables):
        table[s, longest - len(e):] = e
    begins = longest - lengths
    start = np.broadcast_to(start, table[:, 0].shape)
    end = np.zeros_like(start) if end is None else end
    path = _aligned_viterbi(table, begins, transitions, start, end)
    return [p[b:] for p, b in zip(path.tolist(), begins.tolist(), strict=True)]


def _aligned_viterbi(table, begins, transitions, start, end):
    """Viterbi on right-aligned sequences: ``table[s, begins[s]:]`` holds sequence s."""
    import numpy as np

    count, longest, _ = table.shape
    score = start + table[:, 0]
    back = np.zeros(table.shape, dtype=np.int64)
    for t in range(1, longest):
        candidates = score[:, :, None] + transitions[None]
        back[:, t] = candidates.argmax(1)
        step = np.take_along_axis(candidates, back[:, t, None, :], 1)[:, 0] + table[:, t]
        score = np.where((begins == t)[:, None], start + table[:, t], step)
    path = np.zeros((count, longest), dtype=np.int64)
    path[:, -1] = (score + end).argmax(1)
    rows = np.arange(count)
    for t in range(longest - 1, 0, -1):
        path[:, t - 1] = back[rows, t, path[:, t]]
    return path


def aligned(document: ConllDocument) -> list[tuple[list[str], list[str]]]:
    """The document as brief splits and tokenises it, with gold BIO tags per token."""
    body = document.text
    owner = [-1] * len(body)  # which gold span covers each character
    for n, (a, b, _) in enumerate(document.spans):
        owner[a:b] = [n] * (b - a)
    out = []
    for sentence in split(Article(source="conll", body=body)).sentences:
        raw = body[sentence.start:sentence.end]
        base = sentence.start + len(raw) - len(raw.lstrip())
        words, tags, previous = [], [], -1
        for a, b in tokenize(sentence.text):
            span = owner[base + a]
            kind = document.spans[span][2] if span >= 0 else None
            tags.append("O" if kind is None else ("I-" if span == previous else "B-") + kind)
            words.append(sentence.text[a:b])
            previous = span
        if words:
            out.append((words, tags))
    return out


def pycountry_gazetteer() -> dict[str, set[str]]:
    """Country and subdivision names shipped with pycountry (a dependency of brief)."""
    import pycountry

    names: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(country, attr, None):
                names[" ".join(tokens(getattr(country, attr)))].add("country")
    for sub in pycountry.subdivisions:
        names[" ".join(tokens(sub.name))].add("region")
    return names


def tokens(text: str) -> list[str]:
    return [text[a:b].lower() for a, b in tokenize(text)]


def name_gazetteer(docs: list[list[tuple[list[str], list[str]]]]) -> dict[str, set[str]]:
    """Entity names of the given training documents, with the types they were tagged."""
    names: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for words, tags in doc:
            for first, last, kind in chunks(tags):
                name = " ".join(w.lower() for w in words[first:last + 1])
                if ner_tables.SEP not in name:  # (a tweet's "~" cannot go in the table)
                    names[name].add(kind)
    return names


def chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-"):
            out.append((i, i, tag[2:]))
        elif tag.startswith("I-") and out and out[-1][1] == i - 1:
            out[-1] = (out[-1][0], i, out[-1][2])
    return out


def common_lower(docs, ratio: int = 5) -> list[str]:
    """Words written in lower case far more often than capitalised inside a sentence."""
    from newsbrief.facts.ner_features import is_headline

    lower: Counter = Counter()
    capital: Counter = Counter()
    for doc in docs:
        for words, _ in doc:
            if is_headline(words):
                continue
            for i, word in enumerate(words):
                if word.islower():
                    lower[word] += 1
                elif i > 0 and word[:1].isupper() and words[i - 1] not in {'"', "(", ":", "-"}:
                    capital[word.lower()] += 1
    return sorted(w for w, n in lower.items() if n >= 3 and n >= ratio * (capital[w] + 1))


def merged(*parts: dict[str, set[str]]) -> dict[str, str]:
    out: dict[str, set[str]] = defaultdict(set)
    for part in parts:
        for name, kinds in part.items():
            out[name] |= kinds
    return {name: ",".join(sorted(kinds)) for name, kinds in sorted(out.items())}


def featurize(docs, gazetteers, index=None):
    """Per sentence: (feature rows of each token, gold tag indices); grows ``index`` if given."""
    import numpy as np

    tag_id = {t: i for i, t in enumerate(TAGS)}
    out = []
    for n, doc in enumerate(docs):
        lowered = lowered_words([words for words, _ in doc])
        gazetteer = gazetteers[n % len(gazetteers)]
        for words, tags in doc:
            rows, offsets = [], []
            for feats in sentence_features(words, lowered, gazetteer):
                offsets.append(len(rows))
                rows.extend(index[f] for f in feats if f in index)
            out.append((n, np.array(rows, dtype=np.int64), np.array(offsets, dtype=np.int64),
                        [tag_id[t] for t in tags]))
    return out


def feature_counts(docs, gazetteers) -> Counter:
    counts: Counter = Counter()
    for n, doc in enumerate(docs):
        lowered = lowered_words([words for words, _ in doc])
        for words, _ in doc:
            for feats in sentence_features(words, lowered, gazetteers[n % len(gazetteers)]):
                counts.update(feats)
    return counts


def train(sentences, n_features: int, epochs: int, seed: int):
    """Averaged structured perceptron; returns (weights, transitions, start)."""
    import numpy as np

    k = len(TAGS)
    weights = np.zeros((n_features, k))
    total_w = np.zeros((n_features, k))  # sum of step * update, for averaging
    moves, total_m = np.zeros((k, k)), np.zeros((k, k))
    start, total_s = np.zeros(k), np.zeros(k)
    start_mask, move_mask = allowed_moves(TAGS)
    order = list(range(len(sentences)))
    step = 1
    for epoch in range(epochs):
        random.Random(seed + epoch).shuffle(order)
        errors = 0
        for s in order:
            _, rows, offsets, gold = sentences[s]
            emissions = np.add.reduceat(weights[rows], offsets, axis=0)
            guess = viterbi([emissions], moves + move_mask, start + start_mask)[0]
            if guess != gold:
                errors += 1
                for i, (g, p) in enumerate(zip(gold, guess, strict=True)):
                    if g != p:
                        end = offsets[i + 1] if i + 1 < len(offsets) else len(rows)
                        feats = rows[offsets[i]:end]
                        np.add.at(weights, (feats, g), 1.0)
                        np.add.at(weights, (feats, p), -1.0)
                        np.add.at(total_w, (feats, g), step)
                        np.add.at(total_w, (feats, p), -step)
                for prev, cur, sign in _transitions(gold, guess):
                    if prev < 0:
                        start[cur] += sign
                        total_s[cur] += sign * step
                    else:
                        moves[prev, cur] += sign
                        total_m[prev, cur] += sign * step
            step += 1
        print(f"epoch {epoch + 1}: {errors} of {len(order)} sentences wrong", file=sys.stderr)
    average = lambda w, t: w - t / step  # noqa: E731
    return average(weights, total_w), average(moves, total_m), average(start, total_s)


def _transitions(gold: list[int], guess: list[int]):
    """(prev, cur, +1/-1) for each tag bigram that differs between gold and guess."""
    for i in range(len(gold)):
        g = (gold[i - 1] if i else -1, gold[i])
        p = (guess[i - 1] if i else -1, guess[i])
        if g != p:
            yield g[0], g[1], 1.0
            yield p[0], p[1], -1.0


def evaluate(sentences, weights, moves, start) -> str:
    """Mention-level P/R/F1 on tokenised dev sentences (a quick check, not the benchmark)."""
    import numpy as np

    start_mask, move_mask = allowed_moves(TAGS)
    found = correct = gold_n = 0
    for _, rows, offsets, gold in sentences:
        emissions = np.add.reduceat(weights[rows], offsets, axis=0)
        guess = viterbi([emissions], moves + move_mask, start + start_mask)[0]
        g = set(chunks([TAGS[t] for t in gold]))
        p = set(chunks([TAGS[t] for t in guess]))
        found, correct, gold_n = found + len(p), correct + len(g & p), gold_n + len(g)
    precision, recall = correct / max(found, 1), correct / max(gold_n, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return f"dev mentions: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"


def save(path: Path, names: list[str], weights, moves, start, gazetteer, lower: list[str],
         threshold: float, trained_on: str) -> None:
    """Prune small weights, quantise to integers and write plain JSON, and the weights'
    integers beside it (WEIGHTS_FILE, see ner_tables)."""
    packed = {}
    for name, row in zip(names, weights, strict=True):
        if ner_tables.SEP in name:
            continue  # a word holding "~" (a tweet's): never in news, and not in the table
        ints = [int(round(w * SCALE)) for w in row]
        if max(abs(v) for v in ints) >= threshold * SCALE:
            packed[name] = tuple(ints)
    _, pairs = gazetteer_index(gazetteer)
    features, rows = ner_tables.encode_weights(packed, len(TAGS))
    data = {
        "about": f"brief entity tagger: averaged structured perceptron trained on {trained_on} "
                 "by tools/train_ner.py; gazetteer from training names and pycountry",
        "built_with": built_with(NER_LIBRARIES),
        "tags": list(TAGS), "scale": SCALE,
        "start": [int(round(v * SCALE)) for v in start],
        "transitions": [[int(round(v * SCALE)) for v in row] for row in moves],
        # lower-cased names -> their kinds (see ner_tables); first two words of entries
        "gazetteer": {"kinds": ner_tables.encode(gazetteer), "pairs": pairs},
        "common_lower": lower,
        # the sorted features; their weights per tag are in WEIGHTS_FILE (see ner_tables)
        "weights": {"keys": features},
    }
    # ASCII only (other characters escaped as \uXXXX): brief reads and parses it ~6 ms
    # faster at every start than the same JSON holding wider characters.
    path.write_text(json.dumps(data, ensure_ascii=True, separators=(",", ":")), encoding="ascii")
    replace_bytes(path.with_name(WEIGHTS_FILE), rows)  # a loaded model maps the old file
    size = path.stat().st_size / 1e6
    print(f"wrote {path}: {len(packed)} features, {size:.2f} MB", file=sys.stderr)


def read_undivided(path: Path, per_document: int = 10) -> list[ConllDocument]:
    """A CoNLL file with no document marks (WNUT-17's tweets), as documents of
    ``per_document`` sentences each: the tagger reads a document's lower-case words."""
    lines: list[str] = []
    sentences = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.split():
            sentences += 1
            if sentences % per_document == 0:
                lines.append("-DOCSTART- O")
        lines.append(line)
    return parse_conll(["-DOCSTART- O", "", *lines])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", help="data folder (default: ../shared/data)")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--prune", type=float, default=0.1,
                        help="drop features whose weights are all below this")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", default=str(ROOT / "summarizer" / "data" / MODEL_FILE))
    parser.add_argument("--no-save", action="store_true")
    parser.add_argument("--extra", action="append",
                        help="train also on this CoNLL file under ner/ (wnut17/train.conll)")
    args = parser.parse_args()
    folder = data_dir(args.data) / "conll2003"
    train_docs = [aligned(d) for d in read_conll(folder / "eng.train.txt")]
    for extra in args.extra or EXTRA:
        train_docs += [aligned(d) for d in read_undivided(data_dir(args.data) / "ner" / extra)]
    dev_docs = [aligned(d) for d in read_conll(folder / "eng.testa.txt")]
    places = pycountry_gazetteer()
    folds = [Gazetteer(merged(places, name_gazetteer([d for n, d in enumerate(train_docs)
                                                      if n % FOLDS != f])))
             for f in range(FOLDS)]
    full = merged(places, name_gazetteer(train_docs))
    counts = feature_counts(train_docs, folds)
    names = sorted(f for f, c in counts.items() if c >= args.min_count)
    index = {f: i for i, f in enumerate(names)}
    print(f"{len(names)} features of {len(counts)}", file=sys.stderr)
    train_sents = featurize(train_docs, folds, index)
    dev_sents = featurize(dev_docs, [Gazetteer(full)], index)
    weights, moves, start = train(train_sents, len(names), args.epochs, args.seed)
    print(evaluate(dev_sents, weights, moves, start), file=sys.stderr)
    if not args.no_save:
        lower = common_lower(train_docs)
        extras = args.extra or EXTRA
        trained_on = " and ".join(["CoNLL-2003 eng.train", *(f"ner/{e}" for e in extras)])
        save(Path(args.out), names, weights, moves, start, full, lower, args.prune, trained_on)


if __name__ == "__main__":
    main()
