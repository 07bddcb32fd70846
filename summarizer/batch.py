"""Briefing many inputs, in process or on a process pool, results streamed in input order."""
from __future__ import annotations

import functools
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from newsbrief.errors import BriefError, InputError
from newsbrief.loading import DEFAULT_MAX_BYTES, STDIN
from newsbrief.records import Brief, Options, record
from newsbrief.walk import BatchItem
from newsbrief.web import DEFAULT_TIMEOUT

T = TypeVar("T")
R = TypeVar("R")

# Results a worker pool may hold ahead of the one being written, per worker:
# enough to keep every worker busy, small enough to keep memory flat.
_WINDOW_PER_JOB = 8


@record
class BatchResult:
    """The outcome of one batch item: its brief, or why it has none."""

    item: BatchItem
    brief: Brief | None = None
    error: str | None = None
    trace: str | None = None  # the traceback of an internal error, for --debug

    @property
    def ok(self) -> bool:
        return self.brief is not None


def brief_one(item: BatchItem, options: Options, max_bytes: int = DEFAULT_MAX_BYTES,
              timeout: float = DEFAULT_TIMEOUT) -> BatchResult:
    """The brief of one item, or the reason it has none; never raises for a bad input."""
    from newsbrief.pipeline import summarize

    if item.error is not None:
        return BatchResult(item, error=item.error)
    brief, error, trace = guarded(
        lambda: summarize(item.source, options, max_bytes=max_bytes, timeout=timeout))
    return BatchResult(item, brief=brief, error=error, trace=trace)


def guarded(call: Callable[[], T]) -> tuple[T | None, str | None, str | None]:
    """``(call(), None, None)``, or ``(None, why it failed, traceback of an internal error)``:
    a bad input, or a bug, costs one input, never the batch."""
    try:
        return call(), None, None
    except InputError as exc:
        return None, exc.reason, None
    except BriefError as exc:
        return None, str(exc), None
    except RecursionError:
        return None, "internal error: input too deeply nested", None
    except MemoryError:
        return None, "internal error: out of memory", None
    except Exception as exc:  # a bug must cost one input, not the batch
        import traceback

        return None, f"internal error: {type(exc).__name__}: {exc}", traceback.format_exc()


def summarize_many(items: Iterable[BatchItem], options: Options = Options(), *, jobs: int = 1,
                   max_bytes: int = DEFAULT_MAX_BYTES,
                   timeout: float = DEFAULT_TIMEOUT) -> Iterator[BatchResult]:
    """One result per item, in the items' order, computed on ``jobs`` processes.

    A caller that stops early should close the generator (``contextlib.closing``): that stops
    the workers at once rather than when the generator is garbage-collected."""
    if jobs <= 1:
        for item in items:
            yield brief_one(item, options, max_bytes, timeout)
        return
    call = functools.partial(brief_one, options=options, max_bytes=max_bytes, timeout=timeout)
    # stdin is read here, as workers have no stdin of their own
    yield from map_ordered(call, items, jobs, in_process=lambda item: item.source == STDIN)


def map_ordered(call: Callable[[Any], R], items: Iterable[Any], jobs: int,
                in_process: Callable[[Any], bool] = lambda item: False) -> Iterator[R]:
    """``call(item)`` for each item, on ``jobs`` processes, yielded in the items' order;
    items for which ``in_process`` is true are done here, between the others."""
    if jobs <= 1:
        for item in items:
            yield call(item)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the modules already imported; workers ignore Ctrl-C so the
    # parent alone decides how to stop.
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_ignore_sigint)
    pending: deque = deque()
    try:
        for item in items:
            pending.append(_submit(pool, call, item, in_process(item)))
            while len(pending) >= jobs * _WINDOW_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BaseException:
        for future in pending:
            future.cancel()
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _submit(pool, call: Callable, item, here: bool):
    """A future for ``call(item)``: run by the pool, or already done here."""
    if not here:
        return pool.submit(call, item)
    from concurrent.futures import Future

    future: Future = Future()
    future.set_result(call(item))
    return future


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop(pool) -> None:
    """Stop the workers now: cancel what waits, end what runs."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    # shutdown forgets its manager thread: hold it to wait for it below
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
    # Let the manager thread finish before the interpreter exits: on its way out it closes
    # a wakeup pipe that CPython's exit hook (concurrent.futures' _python_exit) writes to,
    # and when the two race the exit prints "Bad file descriptor" (CPython 3.11).
    if manager is not None:
        manager.join(timeout=5)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
