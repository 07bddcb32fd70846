"""Running a batch: inputs in, briefs and errors out, every input accounted for."""
from __future__ import annotations

import dataclasses
import gc
from collections.abc import Iterator
from contextlib import closing
from typing import TextIO

from newsbrief.batch import BatchResult, summarize_many
from newsbrief.cli.outdir import OutputDir
from newsbrief.cli.output import Writer, format_brief, isatty
from newsbrief.cli.progress import NoProgress, Progress, Tally
from newsbrief.records import Options, record
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
    total = _count(settings) if isatty(stderr) else 0
    many = len(settings.sources) > 1 or total > 1 or _has_folder(settings)
    if many:  # a long run: collect as usual (forked workers inherit it)
        collect_garbage()
    writer = Writer(settings.fmt, stdout, stderr, many=many)
    progress = Progress(stderr, total) if total > 1 else NoProgress()
    with progress:
        if isinstance(progress, Progress):
            writer.error_sink = progress.print_above
        found = iter_inputs(settings.sources, settings.patterns)
        items = _fresh_only(found, outdir, tally, progress)
        jobs = settings.jobs if many else 1
        results = summarize_many(items, settings.options, jobs=jobs, max_bytes=settings.max_bytes,
                                 timeout=settings.timeout)
        # closing: a failed write (a closed stdout) stops the workers now, not at exit
        with closing(results):
            for result in results:
                _emit(result, writer, outdir, tally, settings.debug)
                progress.advance()
    if isatty(stderr) and many:
        stderr.write(tally.line() + "\n")
    return tally


def _count(settings: RunSettings) -> int:
    """How many inputs there are, walking the folders once without holding the paths."""
    return sum(1 for _ in iter_inputs(settings.sources, settings.patterns))


def _has_folder(settings: RunSettings) -> bool:
    import os

    return any(os.path.isdir(s) for s in settings.sources if s != "-")


def _fresh_only(items: Iterator[BatchItem], outdir: OutputDir | None, tally: Tally,
                progress) -> Iterator[BatchItem]:
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
            progress.advance()
        else:
            yield item


def _emit(result: BatchResult, writer: Writer, outdir: OutputDir | None, tally: Tally,
          debug: bool) -> None:
    item = result.item
    if result.brief is None:
        tally.failed += 1
        if debug and result.trace:
            writer.trace(result.trace)
        writer.error(item.source, result.error or "failed", record=outdir is None)
        return
    data = brief_to_dict(result.brief)
    if outdir is None:
        writer.brief(data)
    else:
        try:
            outdir.write(item, format_brief(data, writer.fmt))
        except (OSError, ValueError) as exc:
            tally.failed += 1
            writer.error(item.source, f"cannot write the brief: {exc}", record=False)
            return
    tally.briefed += 1

