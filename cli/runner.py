"""Running a batch: inputs in, briefs and errors out, every input accounted for."""
from __future__ import annotations

import dataclasses
import functools
import gc
from collections.abc import Iterator
from contextlib import closing
from typing import TextIO

from newsbrief.batch import BatchResult, Render, summarize_many
from newsbrief.cli.outdir import OutputDir
from newsbrief.cli.output import RENDERED, Writer, format_brief, isatty, render_brief
from newsbrief.cli.progress import NoProgress, Progress, Tally
from newsbrief.cli.safety import clean, clean_data
from newsbrief.records import FeedOptions, Options, record
from newsbrief.serialize import brief_to_dict
from newsbrief.walk import DEFAULT_PARTITION_SIZE, BatchItem, corpus_format, iter_inputs


@record
class RunSettings:
    """Everything the CLI decided from its arguments, in one record."""

    sources: tuple[str, ...]
    options: Options
    fmt: str
    jobs: int
    patterns: tuple[str, ...]
    max_bytes: int
    timeout: float = 20.0
    output_dir: str | None = None
    force: bool = False
    debug: bool = False
    hidden: bool = False  # walk dot-files and dot-folders too
    verbosity: int = 0  # -1 --quiet, 0 default, 1 --verbose
    feeds: FeedOptions = FeedOptions()  # --max-items, --since
    # corpus files (cli/corpus.py)
    cluster: str | None = None  # a Dask scheduler's address, or "local"
    text_field: str | None = None
    id_field: str = "id"
    partition_size: int = DEFAULT_PARTITION_SIZE


def run_batch(settings: RunSettings, stdout: TextIO, stderr: TextIO) -> Tally:
    try:
        if settings.cluster or any(corpus_format(s) for s in settings.sources):
            from newsbrief.cli.corpus import run_corpus

            collect_garbage()  # a long run
            return run_corpus(settings, stdout, stderr)
        return _run_batch(settings, stdout, stderr)
    finally:
        collect_garbage()


def collect_garbage() -> None:
    """Turn garbage collection back on (see newsbrief.cli.run), past the objects made so far."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _run_batch(settings: RunSettings, stdout: TextIO, stderr: TextIO) -> Tally:
    tally = Tally()
    outdir = None
    if settings.output_dir:
        outdir = OutputDir(settings.output_dir, settings.fmt, settings.force)
    if settings.verbosity >= 0:
        _warn_empty_folders(settings, stderr)
    terminal = isatty(stderr) and settings.verbosity >= 0
    total = _count(settings) if terminal else 0
    try:
        many = _brief_all(settings, stdout, stderr, outdir, tally, total)
    except KeyboardInterrupt:
        _say_interrupted(settings, stderr, tally, total)
        raise
    if tally.none() and settings.verbosity >= 0 and _may_be_feed(settings):
        # a feed with no items (or none since --since) is no error, but worth a word
        since = " since --since" if settings.feeds.since is not None else ""
        stderr.write(f"brief: warning: no feed items to brief{since}\n")
        stderr.flush()
    if (terminal and many) or settings.verbosity > 0:
        stderr.write(tally.line() + "\n")
    return tally


def _brief_all(settings: RunSettings, stdout: TextIO, stderr: TextIO, outdir: OutputDir | None,
               tally: Tally, total: int) -> bool:
    """Brief every input; whether there were (or could be) several."""
    many = len(settings.sources) > 1 or total > 1 or _has_folder(settings)
    # A URL or a feed file may be a feed whose items are fetched side by side: a pool.
    pooled = many or _may_be_feed(settings)
    if pooled:  # a long run: collect as usual (forked workers inherit it)
        collect_garbage()
    writer = Writer(settings.fmt, stdout, stderr, many=many)
    # a feed counts as one input until it turns into its items (progress.grow)
    progress = Progress(stderr, total) if total > 1 or (total and pooled) else NoProgress()
    with progress:
        if isinstance(progress, Progress):
            writer.error_sink = progress.print_above
        found = iter_inputs(settings.sources, settings.patterns, settings.hidden)
        skipped = writer.note if settings.verbosity > 0 else None
        items = _fresh_only(found, outdir, tally, progress, skipped)
        jobs = settings.jobs if pooled else 1
        results = summarize_many(items, settings.options, jobs=jobs, max_bytes=settings.max_bytes,
                                 timeout=settings.timeout, feeds=settings.feeds,
                                 on_feed=_on_feed(tally, progress),
                                 render=_renderer(settings.fmt, outdir, many))
        # closing: a failed write (a closed stdout) stops the workers now, not at exit
        with closing(results):
            for result in results:
                _emit(result, writer, outdir, tally, settings.debug)
                progress.advance()
    writer.finish()
    if outdir is not None:
        _write_index(outdir, writer)
    return many or writer.many  # a feed's items are several too: the tally ends the run


def _renderer(fmt: str, outdir: OutputDir | None, many: bool) -> Render | None:
    """The briefs' text made beside them, on the workers, where the format allows."""
    if fmt not in RENDERED:
        return None
    return functools.partial(render_brief, fmt=fmt, many=many, to_file=outdir is not None)


def _write_index(outdir: OutputDir, writer: Writer) -> None:
    try:
        outdir.write_index()
    except (OSError, ValueError) as exc:
        writer.error(str(outdir.root), f"cannot write the index page: {exc}", record=False)


def _on_feed(tally: Tally, progress):
    def grown(feed, items: int) -> None:
        tally.from_feeds += items - 1
        progress.grow(feed, items)

    return grown


def _count(settings: RunSettings) -> int:
    """How many inputs there are, walking the folders once without holding the paths."""
    return sum(1 for _ in iter_inputs(settings.sources, settings.patterns, settings.hidden))


def _warn_empty_folders(settings: RunSettings, stderr: TextIO) -> None:
    """A folder given that holds no article file is worth a word: a wrong --glob, or a wrong
    folder, would otherwise end in silence (and, with nothing briefed at all, in status 1)."""
    import os

    for source in settings.sources:
        if source == "-" or not os.path.isdir(source):
            continue
        if next(iter_inputs((source,), settings.patterns, settings.hidden), None) is None:
            hidden = "" if settings.hidden else "; hidden ones skipped, see --hidden"
            stderr.write(f"brief: warning: {clean(source)}: no files matching "
                         f"{' '.join(settings.patterns)} (see --glob{hidden})\n")
            stderr.flush()


def _say_interrupted(settings: RunSettings, stderr: TextIO, tally: Tally, total: int) -> None:
    """One line after Ctrl-C: how far the batch got and, with --output-dir, that a rerun
    resumes (it skips the briefs already written)."""
    try:
        total = (total or _count(settings)) + tally.from_feeds
        resume = "; rerun to resume" if settings.output_dir else ""
        stderr.write(f"brief: interrupted: briefed {tally.briefed + tally.skipped:,} of "
                     f"{total:,}{resume}\n")
        stderr.flush()
    except (OSError, ValueError):
        pass  # stderr gone: the exit status still says it


def _may_be_feed(settings: RunSettings) -> bool:
    """A URL (only its fetch tells), or a file given that starts as a feed does."""
    from newsbrief.web import is_url, looks_like_feed

    for source in settings.sources:
        if is_url(source):
            return True
        if source == "-":
            continue
        try:
            with open(source, "rb") as stream:
                if looks_like_feed(stream.read(4096)):
                    return True
        except OSError:
            continue  # a folder, or unreadable: the batch reports it
    return False


def _has_folder(settings: RunSettings) -> bool:
    import os

    return any(os.path.isdir(s) for s in settings.sources if s != "-")


def _fresh_only(items: Iterator[BatchItem], outdir: OutputDir | None, tally: Tally,
                progress, on_skip=None) -> Iterator[BatchItem]:
    """Skip the items whose brief in the output folder is newer than the article."""
    if outdir is None:
        yield from items
        return
    for item in items:
        holder = outdir.claim(item) if item.error is None else None
        if holder is not None:
            yield dataclasses.replace(
                item, error=f"its brief would overwrite the brief of {holder} in the output folder")
        elif item.error is None and outdir.is_fresh(item):
            tally.skipped += 1
            outdir.add_page(item)
            progress.advance()
            if on_skip is not None:
                on_skip(item.source, "skipped, its brief is up to date (--force rewrites it)")
        else:
            yield item


def _emit(result: BatchResult, writer: Writer, outdir: OutputDir | None, tally: Tally,
          debug: bool) -> None:
    item = result.item
    if item.entry is not None:
        writer.many = True  # a feed's items are several briefs: head each with its source
    if not result.ok:
        tally.failed += 1
        if debug and result.trace:
            writer.trace(result.trace)
        writer.error(item.source, result.error or "failed", record=outdir is None)
        if outdir is not None:
            outdir.errors.append((item.source, result.error or "failed"))
        return
    # the brief's text, made by the worker (render_brief), or its data, for rich and html
    data = brief_to_dict(result.brief) if result.brief is not None else None
    text = result.text if data is None else None
    if outdir is None:
        if text is not None:
            writer.rendered(text)
        elif data is not None:
            writer.brief(data)
        tally.briefed += 1
        return
    try:
        outdir.write(item, text if text is not None else format_brief(data or {}, writer.fmt))
    except (OSError, ValueError) as exc:
        tally.failed += 1
        writer.error(item.source, f"cannot write the brief: {exc}", record=False)
        outdir.errors.append((item.source, f"cannot write the brief: {exc}"))
        return
    if data is not None:
        outdir.add_page(item, clean_data(data))
    tally.briefed += 1

