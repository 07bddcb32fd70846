"""Write summarizer/data/ner-entries.bin: the tagger's entries of the commonest word forms.

Rebuild: python tools/build_ner_entries.py   (after every change of the entity model, ner.json
or ner-weights.bin; reads ../shared/data)

The word forms are the WORDS commonest tokens (as the tagger tokenizes them, case kept) of
the CNN training stories; see summarizer/facts/ner_entries.py for why and for the format.
Only the forms and their entries are written, no text of the stories. The file records which
model it was made from (ner_entries.model_key): newsbrief uses it only with that model, and a
test checks it is current (its words' entries made again must be the same integers).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "summarizer" / "data" / "ner-entries.bin"
WORDS = 4000


def model_bytes() -> tuple[bytes, bytes]:
    """The shipped model files' bytes (ner.json, ner-weights.bin)."""
    from newsbrief.facts import ner

    folder = os.path.dirname(TARGET)
    return tuple(Path(folder, name).read_bytes()  # type: ignore[return-value]
                 for name in (ner.MODEL_FILE, ner.WEIGHTS_FILE))


def entries_bytes(words: list[str]) -> bytes:
    """The file's bytes for ``words``, their entries made by the shipped model."""
    import dataclasses

    from newsbrief.facts import ner, ner_entries
    from newsbrief.facts.ner_features import word_shape
    from newsbrief.facts.ner_scores import WordTable

    model = dataclasses.replace(ner.load_model(), entries=None, rows={})  # make every entry
    table = WordTable(model, ner.stay_limits(model))
    shapes = [word_shape(word) for word in words]
    rows = [table.summed(word, shape) for word, shape in zip(words, shapes, strict=True)]
    return ner_entries.encode(words, rows, shapes, ner_entries.model_key(*model_bytes()),
                              len(model.tags))


def commonest(stories: Path, count: int) -> list[str]:
    """The ``count`` commonest token forms of the stories (ties in code point order)."""
    from newsbrief.facts.tokens import words_and_starts

    counts: Counter[str] = Counter()
    with open(stories, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                counts.update(words_and_starts(json.loads(line)["article"])[0])
    return [word for word, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:count]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--words", type=int, default=WORDS)
    args = parser.parse_args()
    stories = args.data_dir / "cnn-stories" / "train.jsonl"
    if not stories.exists():
        print(f"training stories not found: {stories}; nothing written")
        sys.exit(1)
    from newsbrief.atomic import replace_bytes

    replace_bytes(TARGET, entries_bytes(commonest(stories, args.words)))
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes, {args.words} words)")


if __name__ == "__main__":
    main()
