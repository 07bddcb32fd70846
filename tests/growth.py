"""Whether a step's cost grows linearly with its input, told by a ratio of two timings.

An absolute limit fails on a loaded machine (a 2.0 s limit once took 3.5 s). Here the same
step runs once on a large input and ``factor`` times on an input ``factor`` times smaller,
in turns and best of ``repeat``: both take about as long when the cost is linear, so a busy
moment weighs on both alike, and the ratio is near 1 on any machine; a quadratic cost makes
it near ``factor``.
"""
from __future__ import annotations

import time
from collections.abc import Callable

FACTOR = 8
LINEAR = 3.0  # a ratio under this is linear (or n log n); quadratic is near FACTOR


def growth(run: Callable[[int], object], size: int, factor: int = FACTOR,
           repeat: int = 3) -> float:
    """The time of ``run(size * factor)`` over that of ``factor`` calls of ``run(size)``."""
    run(size)  # caches warm (the tagger's words, compiled patterns) before any timing
    small = large = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(factor):
            run(size)
        small = min(small, time.perf_counter() - start)
        start = time.perf_counter()
        run(size * factor)
        large = min(large, time.perf_counter() - start)
    return large / small
