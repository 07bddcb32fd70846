"""Whether a step's cost grows linearly with its input, told by a ratio of two timings.

An absolute limit fails on a loaded machine (a 2.0 s limit once took 3.5 s). Here the same
step runs once on a large input and ``factor`` times on an input ``factor`` times smaller,
in turns and best of ``repeat``: both take about as long when the cost is linear, and the
ratio is near 1 on any machine; a quadratic cost makes it near ``factor``. The timings are
CPU time, so another process taking the core does not count, and a block too short to time
(under ~5 ms) is run several times over.
"""
from __future__ import annotations

import time
from collections.abc import Callable

FACTOR = 8
LINEAR = 3.0  # a ratio under this is linear (or n log n); quadratic is near FACTOR
_SHORTEST = 0.005  # seconds of CPU a timed block lasts at least


def growth(run: Callable[[int], object], size: int, factor: int = FACTOR,
           repeat: int = 3) -> float:
    """The time of ``run(size * factor)`` over that of ``factor`` calls of ``run(size)``."""
    run(size)  # caches warm (the tagger's words, compiled patterns) before any timing
    start = time.process_time()
    for _ in range(factor):
        run(size)
    block = time.process_time() - start
    rounds = 1 if block >= _SHORTEST else min(100, int(_SHORTEST / max(block, 1e-5)) + 1)
    small = large = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(rounds * factor):
            run(size)
        small = min(small, time.process_time() - start)
        start = time.process_time()
        for _ in range(rounds):
            run(size * factor)
        large = min(large, time.process_time() - start)
    return large / small
