"""Briefing many inputs, in process or on a process pool, results streamed in input order."""
from __future__ import annotations

import functools
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any, TypeVar

from newsbrief.errors import BriefError, FeedInput, InputError
from newsbrief.loading import DEFAULT_MAX_BYTES, STDIN
from newsbrief.records import Brief, FeedOptions, Options, record
from newsbrief.walk import BatchItem
from newsbrief.web import DEFAULT_TIMEOUT

# Results a worker pool may hold ahead of the one being written, per worker:
# enough to keep every worker busy, small enough to keep memory flat.
_WINDOW_PER_JOB = 8
# Inputs sent to a worker as one task, at most: each task costs the parent a pickled call
# and a pickled reply, and a worker a wake-up. Small enough that the last tasks of a batch
# leave no worker idle for long; a batch starts with single inputs (see _chunks).
_CHUNK = 8
# Briefed once in the parent before the workers are forked, so that they inherit the
# modules, the models and the table entries of common words rather than each making its own.
_WARM_TEXT = (
    "WASHINGTON (CNN) -- The president said on Tuesday that the government would spend "
    "$2.5 billion on new roads, bridges and schools over the next five years, a plan "
    "officials in Congress called \"a good first step.\" Senator John Smith of Ohio told "
    "reporters that he expected the bill to pass before the end of March.\n\n"
    "The Department of Transportation said about 40% of the money would go to states in "
    "the Midwest. Police in New York and London are also looking at similar programs, "
    "according to a report published by the United Nations last week.\n\n"
    "\"We have waited a long time for this,\" said Maria Lopez, the mayor of Chicago. "
    "\"People want to see their city work again.\" The White House did not immediately "
    "respond to a request for comment."
)

T = TypeVar("T")
R = TypeVar("R")

# How a brief is written out (a JSON line, a text block), run where the item was briefed: a
# worker sends back text, which pickles and unpickles in a fraction of a Brief's time, and the
# parent, the one process every result passes through, only writes it.
Render = Callable[[Brief, BatchItem], str]


@record
class BatchResult:
    """The outcome of one batch item: its brief, or why it has none."""

    item: BatchItem
    brief: Brief | None = None
    error: str | None = None
    trace: str | None = None  # the traceback of an internal error, for --debug
    feed: tuple[BatchItem, ...] | None = None  # the item was a feed: its items to brief
    # the brief as written out, when the batch was given a ``render`` (``brief`` is then None)
    text: str | None = None

    @property
    def ok(self) -> bool:
        return self.brief is not None or self.text is not None


def brief_one(item: BatchItem, options: Options, max_bytes: int = DEFAULT_MAX_BYTES,
              timeout: float = DEFAULT_TIMEOUT,
              feeds: FeedOptions = FeedOptions()) -> BatchResult:
    """The brief of one item, the items of a feed (``.feed``), or the reason it has neither;
    never raises for a bad input."""
    from newsbrief.pipeline import summarize

    if item.error is not None:
        return BatchResult(item, error=item.error)
    try:
        brief = summarize(item.source, options, max_bytes=max_bytes, timeout=timeout)
        return BatchResult(item, brief=_filled_in(brief, item))
    except FeedInput as exc:
        if item.entry is not None:  # one level only: a feed's item that is a feed is not read
            return BatchResult(item, error="the feed's item is itself a feed; not followed")
        from newsbrief.feeds import read_feed

        try:
            return BatchResult(item, feed=tuple(read_feed(exc.data, item.source, feeds,
                                                          exc.url)))
        except InputError as error:
            return BatchResult(item, error=error.reason)
    except InputError as exc:
        return BatchResult(item, error=exc.reason)
    except BriefError as exc:
        return BatchResult(item, error=str(exc))
    except RecursionError:
        return BatchResult(item, error="internal error: input too deeply nested")
    except MemoryError:
        return BatchResult(item, error="internal error: out of memory")
    except Exception as exc:  # a bug must cost one input, not the batch
        import traceback

        return BatchResult(item, error=f"internal error: {type(exc).__name__}: {exc}",
                           trace=traceback.format_exc())


def _brief_rendered(item: BatchItem, options: Options, max_bytes: int, timeout: float,
                    feeds: FeedOptions, render: Render | None) -> BatchResult:
    """``brief_one``, its brief turned into text by ``render`` when one is given."""
    result = brief_one(item, options, max_bytes, timeout, feeds)
    if render is None or result.brief is None:
        return result
    text, error, trace = guarded(lambda: render(result.brief, item))  # type: ignore[arg-type]
    if text is None:
        return BatchResult(item, error=error, trace=trace)
    return BatchResult(item, text=text)


def _filled_in(brief: Brief, item: BatchItem) -> Brief:
    """A feed's item: the feed's title, date and authors (and the feed's name as the site)
    fill in what the page lacks."""
    entry = item.entry
    if entry is None:
        return brief
    import dataclasses

    return dataclasses.replace(brief, title=brief.title or entry.title,
                               date=brief.date or entry.date,
                               authors=brief.authors or entry.authors,
                               site=(entry.site or brief.site)
                               if _bare_host(brief.site, item.source) else brief.site)


def _bare_host(site: str | None, url: str) -> bool:
    """No site name, or only the host's (what extraction falls back to): the feed's is better."""
    if not site:
        return True
    from urllib.parse import urlsplit

    host = urlsplit(url).netloc.lower()
    return site.lower().removeprefix("www.") in {host, host.removeprefix("www.")}


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
                   max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT,
                   feeds: FeedOptions = FeedOptions(),
                   on_feed: Callable[[BatchItem, int], None] | None = None,
                   render: Render | None = None) -> Generator[BatchResult, None, None]:
    """One result per item, in the items' order, computed on ``jobs`` processes. A feed
    (RSS or Atom, a file or a URL) is an item like a folder: its items' results come in its
    place, fetched on the same pool; a feed that cannot be read is one error result.
    ``on_feed(feed, n)`` is told when a feed turns into its n items (a progress count grows).
    With ``render`` (picklable: a module's function, or a partial of one), each result holds
    ``render(brief, item)`` as its ``text`` instead of the brief.

    A caller that stops early should close the generator (``contextlib.closing``): that stops
    the workers at once rather than when the generator is garbage-collected."""
    if jobs <= 1:
        for item in items:
            result = _brief_rendered(item, options, max_bytes, timeout, feeds, render)
            if result.feed is None:
                yield result
                continue
            if on_feed is not None:
                on_feed(item, len(result.feed))
            for entry in result.feed:
                yield _brief_rendered(entry, options, max_bytes, timeout, feeds, render)
        return
    yield from _pooled(items, options, jobs, max_bytes, timeout, feeds, on_feed, render)


def _brief_chunk(items: tuple[BatchItem, ...], options: Options, max_bytes: int,
                 timeout: float, feeds: FeedOptions, render: Render | None) -> list[BatchResult]:
    """``_brief_rendered`` of each item: one task of a worker."""
    return [_brief_rendered(item, options, max_bytes, timeout, feeds, render) for item in items]


def _chunks(items: Iterable[BatchItem], jobs: int) -> Iterator[tuple[BatchItem, ...]]:
    """The items in runs of consecutive items, each run one task: single items first (a
    short batch is still shared by every worker), then runs twice as long every
    ``2 * jobs`` runs, up to _CHUNK. Near the end (seen ``2 * jobs * _CHUNK`` items ahead)
    runs shrink again, to a share of what is left, so that no worker idles through the
    others' last long runs. Stdin is an item alone (it is read in the parent)."""
    source = iter(items)
    ahead: deque[BatchItem] = deque()
    horizon = 2 * jobs * _CHUNK
    made = 0
    while True:
        while len(ahead) < horizon and (item := next(source, None)) is not None:
            ahead.append(item)
        if not ahead:
            return
        size = min(_CHUNK, 1 << made // (2 * jobs))
        if len(ahead) < horizon:  # the end is in sight
            size = min(size, -(-len(ahead) // (2 * jobs)))
        yield _run(ahead, size)
        made += 1


def _run(ahead: deque[BatchItem], size: int) -> tuple[BatchItem, ...]:
    """Up to ``size`` items off the front of ``ahead``; stdin alone, and ending a run."""
    if ahead[0].source == STDIN:
        return (ahead.popleft(),)
    run: list[BatchItem] = []
    while ahead and len(run) < size and ahead[0].source != STDIN:
        run.append(ahead.popleft())
    return tuple(run)


def warm_up(options: Options) -> None:
    """Brief a fixed text here, before workers are forked (see _WARM_TEXT)."""
    from newsbrief.pipeline import summarize_text

    guarded(lambda: summarize_text(_WARM_TEXT, options))


def _pooled(items: Iterable[BatchItem], options: Options, jobs: int, max_bytes: int,
            timeout: float, feeds: FeedOptions,
            on_feed: Callable[[BatchItem, int], None] | None,
            render: Render | None) -> Iterator[BatchResult]:
    if _FORKS:
        warm_up(options)
    pool = _new_pool(jobs)
    pending: deque = deque()

    def expand(result: BatchResult) -> Iterator[BatchResult]:
        """A feed's items, all submitted at once (at most --max-items), results in order."""
        if result.feed is None:
            yield result
            return
        if on_feed is not None:
            on_feed(result.item, len(result.feed))
        entries = deque(_submit_item(pool, entry, options, max_bytes, timeout, feeds, render)
                        for entry in result.feed)
        pending.extend(entries)  # cancelled with the others if the run stops
        while entries:
            future = entries.popleft()
            pending.remove(future)
            yield future.result()

    def expand_all(results: list[BatchResult]) -> Iterator[BatchResult]:
        for result in results:
            yield from expand(result)

    call = functools.partial(_brief_chunk, options=options, max_bytes=max_bytes,
                             timeout=timeout, feeds=feeds, render=render)
    submitted = (_submit(pool, call, chunk, chunk[0].source == STDIN)
                 for chunk in _chunks(items, jobs))
    yield from _in_order(pool, submitted, pending, jobs, expand_all)


def _submit_item(pool, item: BatchItem, options: Options, max_bytes: int, timeout: float,
                 feeds: FeedOptions, render: Render | None):
    """A future for the item's brief; stdin is read here, as workers have no stdin of their
    own."""
    call = functools.partial(_brief_rendered, options=options, max_bytes=max_bytes,
                             timeout=timeout, feeds=feeds, render=render)
    return _submit(pool, call, item, item.source == STDIN)


def map_ordered(call: Callable[[Any], R], items: Iterable[Any], jobs: int,
                in_process: Callable[[Any], bool] = lambda item: False) -> Iterator[R]:
    """``call(item)`` for each item, on ``jobs`` processes, yielded in the items' order;
    items for which ``in_process`` is true are done here, between the others."""
    if jobs <= 1:
        for item in items:
            yield call(item)
        return
    pool = _new_pool(jobs)
    submitted = (_submit(pool, call, item, in_process(item)) for item in items)
    yield from _in_order(pool, submitted, deque(), jobs, _alone)


def _in_order(pool, submitted: Iterator, pending: deque, jobs: int,
              expand: Callable[[Any], Iterable[R]]) -> Iterator[R]:
    """The results of the futures ``submitted`` makes, each expanded, in their order; at
    most ``jobs * _WINDOW_PER_JOB`` of them pending at once (and whatever ``expand`` adds
    to ``pending``). If the run stops early, the pending ones are cancelled and the pool
    stopped; else the pool is shut down once all are done."""
    try:
        for future in submitted:
            pending.append(future)
            while len(pending) >= jobs * _WINDOW_PER_JOB:
                yield from expand(pending.popleft().result())
        while pending:
            yield from expand(pending.popleft().result())
    except BaseException:
        for future in pending:
            future.cancel()
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _alone(result: R) -> tuple[R]:
    """A result that expands to itself."""
    return (result,)


def _new_pool(jobs: int):
    """A pool of ``jobs`` worker processes: fork shares the modules already imported, and
    workers ignore Ctrl-C so the parent alone decides how to stop."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if _FORKS else "spawn")
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_ignore_sigint)


_FORKS = os.name == "posix"  # workers are forked: they inherit what the parent loaded


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
