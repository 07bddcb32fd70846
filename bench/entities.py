"""Document-level typed entity-set P/R/F1 on CoNLL-2003: brief beside its baselines.

Usage: PYTHONPATH=. python bench/entities.py [--split testa] [--data DIR] [--limit N]
For each document, the set of (type, name) pairs an extractor lists (people -> PER,
organizations -> ORG, places -> LOC) is compared with the gold set of (type, entity text)
pairs (MISC ignored); names are lower-cased with spaces collapsed; micro-averaged.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.conll import data_dir, normalise, read_conll  # noqa: E402

TYPES = ("PER", "ORG", "LOC")
SPLITS = {"train": "eng.train.txt", "testa": "eng.testa.txt", "testb": "eng.testb.txt"}


def entity_sets(people, organizations, places, with_aliases: bool) -> set[tuple[str, str]]:
    """(type, normalised name) pairs of brief's lists, optionally with each entity's aliases."""
    out = set()
    for kind, entities in zip(TYPES, (people, organizations, places), strict=True):
        for entity in entities:
            names = (entity.name, *entity.aliases) if with_aliases else (entity.name,)
            out.update((kind, normalise(name)) for name in names)
    return out


def brief_document(text: str):
    """brief's path to a Document: header parsing, then Punkt sentences (not timed)."""
    from newsbrief.pipeline import article_from_text, split

    return split(article_from_text(text, "conll"))


def brief_extractor(with_aliases: bool):
    """brief's entities: the tagger and alias merging, on brief's sentences."""
    from newsbrief.facts.entities import extract_entities

    def run(document) -> set[tuple[str, str]]:
        return entity_sets(*extract_entities(document), with_aliases)
    return run


def rules_extractor():
    """brief's first, rule-based extractor (bench/old_entities.py), same sentences."""
    from bench.old_entities import extract_entities

    def run(document) -> set[tuple[str, str]]:
        return entity_sets(*extract_entities(document), True)
    return run


def spacy_extractor():
    """spaCy en_core_web_sm when it happens to be installed, else None."""
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm")
    except (ImportError, OSError):
        return None
    labels = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}

    def run(document) -> set[tuple[str, str]]:
        text = document.article.body
        return {(labels[e.label_], normalise(e.text)) for e in nlp(text).ents if e.label_ in labels}
    return run


def score(extractor, documents, prepared) -> tuple[dict[str, tuple[float, float, float]], float]:
    """Per type and overall (P, R, F1), and milliseconds per document."""
    counts = {t: [0, 0, 0] for t in (*TYPES, "all")}  # found, correct, gold
    elapsed = 0.0
    for document, ready in zip(documents, prepared, strict=True):
        started = time.perf_counter()
        found = extractor(ready)
        elapsed += time.perf_counter() - started
        gold = document.gold()
        for kind in (*TYPES, "all"):
            f = {p for p in found if kind in ("all", p[0])}
            g = {p for p in gold if kind in ("all", p[0])}
            counts[kind][0] += len(f)
            counts[kind][1] += len(f & g)
            counts[kind][2] += len(g)
    table = {}
    for kind, (found_n, correct, gold_n) in counts.items():
        p, r = correct / max(found_n, 1), correct / max(gold_n, 1)
        table[kind] = (p, r, 2 * p * r / max(p + r, 1e-9))
    return table, 1000 * elapsed / max(len(documents), 1)


def floor_figures(data: Path) -> dict[str, float]:
    """CoNLL testa F1 of brief's entities, the figures bench/floors.py holds to their floors."""
    path = data / "conll2003" / SPLITS["testa"]
    if not path.exists():
        raise FileNotFoundError(str(path))
    documents = read_conll(path)
    prepared = [brief_document(d.text) for d in documents]
    figures = {}
    for aliases, name in ((False, "names only"), (True, "names + aliases")):
        table, _ = score(brief_extractor(aliases), documents, prepared)
        figures[f"conll testa F1, {name}"] = table["all"][2]
        for kind in TYPES:
            figures[f"conll testa {kind} F1, {name}"] = table[kind][2]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="testa")
    parser.add_argument("--data", help="data folder (default: ../shared/data beside the repo)")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    args = parser.parse_args()
    path = data_dir(args.data) / "conll2003" / SPLITS[args.split]
    if not path.exists():
        print(f"CoNLL-2003 data not found at {path}; nothing to measure.")
        return
    documents = read_conll(path)[:args.limit]
    words = sum(len(d.text.split()) for d in documents) / max(len(documents), 1)
    print(f"CoNLL-2003 {args.split}: {len(documents)} documents, {words:.0f} words each on average")
    print("document-level typed entity sets, micro-averaged; F1 by type (P / R overall)")
    extractors = [("brief (names + aliases)", brief_extractor(True)),
                  ("brief (names only)", brief_extractor(False)),
                  ("old rules (names + aliases)", rules_extractor())]
    spacy_run = spacy_extractor()
    if spacy_run is None:
        print("(spaCy en_core_web_sm not installed: skipped)")
    else:
        extractors.append(("spaCy en_core_web_sm", spacy_run))
    prepared = [brief_document(d.text) for d in documents]
    started = time.perf_counter()
    brief_extractor(True)(prepared[0])
    print(f"model load: {1000 * (time.perf_counter() - started):.0f} ms (once per process)")
    _, cold = score(brief_extractor(True), documents, prepared)
    print(f"brief, first pass (words not yet cached): {cold:.2f} ms/doc; the table is the second")
    print("ms/doc: entity extraction on split sentences (spaCy: its whole pipeline on the text)")
    print(f"{'extractor':30} {'PER':>6} {'ORG':>6} {'LOC':>6} {'all F1':>7} {'P':>6} {'R':>6} "
          f"{'ms/doc':>7}")
    for name, extractor in extractors:
        table, ms = score(extractor, documents, prepared)
        print(f"{name:30} {table['PER'][2]:6.3f} {table['ORG'][2]:6.3f} {table['LOC'][2]:6.3f} "
              f"{table['all'][2]:7.3f} {table['all'][0]:6.3f} {table['all'][1]:6.3f} {ms:7.2f}")
    news_cost(data_dir(args.data))


def news_cost(folder: Path, count: int = 100) -> None:
    """ms per news article (CNN dev stories) for brief's entities, cold and warm."""
    import json

    path = folder / "cnn-stories" / "dev.jsonl"
    if not path.exists():
        return
    from newsbrief.facts.entities import extract_entities

    with path.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["article"] for line in handle][:count]
    documents = [brief_document(text) for text in texts]
    words = sum(d.words for d in documents) / len(documents)
    runs, cpu = [], []
    for _ in range(4):
        started, started_cpu = time.perf_counter(), time.process_time()
        for document in documents:
            extract_entities(document)
        runs.append(1000 * (time.perf_counter() - started) / len(documents))
        cpu.append(1000 * (time.process_time() - started_cpu) / len(documents))
    print(f"news cost, {len(documents)} CNN dev articles of {words:.0f} words, brief entities: "
          f"first pass {runs[0]:.2f} ms/article; then best of 3: {min(runs[1:]):.2f} ms wall, "
          f"{min(cpu[1:]):.2f} ms CPU = {min(cpu[1:]) * 600 / words:.2f} ms CPU per 600 words")


if __name__ == "__main__":
    main()
