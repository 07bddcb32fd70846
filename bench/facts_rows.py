"""The key-facts rows of bench/stages.py: a first pass, a batch, a warm pass.

Shared by its in-process run and by the fresh processes of ``--rev``, which import this
file from the bench folder: it imports nothing of brief, so the tree under test (its
``extract_facts`` and ``ner`` modules) is passed in.
"""
from __future__ import annotations

import time

# A first brief before the rows: lazy imports and the model files, once.
WARM_UP = "Ana Costa said on Monday that 3 firms left."


def best_of(repeat: int, work) -> float:
    """The smallest CPU time of ``repeat`` runs of ``work()``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def forget_words(ner) -> None:
    """The tagger forgets the words it has seen (their entries and rows)."""
    ner.load_model().rows.clear()
    ner._word_table(ner.load_model()).entries.clear()


def timed_rows(documents: list, extract_facts, ner, repeat: int) -> dict[str, float]:
    """CPU ms per article of each row: every article once in a process that has seen none;
    the second half once after the first, the tagger having forgotten its words (two
    articles or more); the best of ``repeat`` passes over every article."""
    rows = {"first pass": best_of(1, lambda: [extract_facts(d) for d in documents])
            * 1000 / len(documents)}
    half = len(documents) // 2
    if half:
        forget_words(ner)
        for document in documents[:half]:
            extract_facts(document)
        rows["in a batch (second half, once)"] = best_of(
            1, lambda: [extract_facts(d) for d in documents[half:]]) * 1000 / (
                len(documents) - half)
    rows[f"warm (best of {repeat})"] = best_of(
        repeat, lambda: [extract_facts(d) for d in documents]) * 1000 / len(documents)
    return rows


def run_steps(documents: list, extract_facts, ner, last: int) -> None:
    """The work of the rows up to step ``last``, for callgrind to count: 1, a first pass;
    2, the first half after the tagger forgets its words; 3, the second half; 4, a warm
    pass (0: none)."""
    half = len(documents) // 2
    if last >= 1:
        for document in documents:
            extract_facts(document)
    if last >= 2:
        forget_words(ner)
        for document in documents[:half]:
            extract_facts(document)
    if last >= 3:
        for document in documents[half:]:
            extract_facts(document)
    if last >= 4:
        for document in documents:
            extract_facts(document)
