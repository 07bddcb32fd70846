"""Corpus runs (JSON Lines, Parquet, WARC), here or on a Dask cluster: progress, shards, tally.

The records come from ``newsbrief.partitions.brief_locally`` (a process pool) or
``newsbrief.cluster.Cluster.events`` (Dask) as one stream: each partition's records in file
order, then the partition. Both go through the same code below, so a cluster run writes
byte for byte what a local run writes.
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import os
from typing import Any, TextIO

import typer

from newsbrief.cli.interrupt import PENDING_FILES
from newsbrief.cli.output import Writer, isatty, usage_error
from newsbrief.cli.progress import NoProgress, Progress, Tally
from newsbrief.cli.status import ExitStatus
from newsbrief.errors import CorpusError, MissingExtraError
from newsbrief.partitions import jsonl_line
from newsbrief.walk import corpus_format


def run_corpus(settings, stdout: TextIO, stderr: TextIO) -> Tally:
    """Brief every record of the corpus files; exit 1 or 2 at once (one line) when the run
    cannot start or go on."""
    # Dask's own variable names the scheduler for corpus runs only: set in a Dask
    # environment, it must not turn `brief article.txt` into a cluster run
    address = settings.cluster or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
    settings = dataclasses.replace(settings, cluster=address)
    _check(settings, stderr)
    try:
        return _run(settings, stdout, stderr)
    except MissingExtraError as exc:
        _fatal(str(exc), ExitStatus.USAGE, stderr)
    except CorpusError as exc:
        _fatal(str(exc), ExitStatus.FAILED, stderr)
    raise AssertionError("unreachable")  # pragma: no cover


def _check(settings, stderr: TextIO) -> None:
    articles = [s for s in settings.sources if not corpus_format(s)]
    if articles:
        what = "--cluster takes" if settings.cluster else "a run takes either articles or"
        _fatal(f"{what} corpus files (.jsonl, .jsonl.gz, .parquet, .warc, .warc.gz), "
               f"not {articles[0]!r}", ExitStatus.USAGE, stderr)
    if settings.output_dir and settings.fmt not in {"json", "jsonl"}:
        _fatal("a corpus's --output-dir holds JSON Lines shards: use --format jsonl (or none)",
               ExitStatus.USAGE, stderr)


def _fatal(message: str, status: ExitStatus, stderr: TextIO) -> None:
    usage_error(message, stderr)
    raise typer.Exit(status)


def _run(settings, stdout: TextIO, stderr: TextIO) -> Tally:
    from newsbrief.corpus import CorpusOptions
    from newsbrief.partitions import plan

    corpus = CorpusOptions(settings.text_field, settings.id_field, settings.partition_size)
    tally = Tally()
    parts = list(plan(settings.sources, corpus))
    # the cluster is reached (or refused) before anything is written
    with _executor(settings, corpus) as events_of:
        shards = _shard_dir(settings) if settings.output_dir else None
        todo = []
        for part in parts:
            entry = shards.done(part) if shards is not None else None
            if entry is None:
                todo.append(part)
            else:
                tally.skipped += entry["briefs"] + entry["errors"]
        writer = Writer(settings.fmt, stdout, stderr, many=True)
        progress = _progress(parts, stderr, tally.skipped)
        with progress:
            if isinstance(progress, Progress):
                writer.error_sink = progress.print_above
            _consume(events_of(todo), todo, writer, shards, tally, progress)
        if shards is not None:
            shards.finish(parts)
    if isatty(stderr):
        stderr.write(tally.line() + "\n")
    return tally


def _shard_dir(settings):
    from newsbrief import __version__
    from newsbrief.serialize import SCHEMA_VERSION
    from newsbrief.shards import ShardDir

    options = settings.options
    recorded = {  # what must match for a rerun to reuse a shard
        "version": __version__, "schema_version": SCHEMA_VERSION,
        "options": {"method": options.method, "sentences": options.sentences,
                    "ratio": options.ratio, "words": options.words,
                    "language": options.language, "facts": options.facts},
        "fields": {"text": settings.text_field, "id": settings.id_field},
        "max_bytes": settings.max_bytes}
    return ShardDir(settings.output_dir, recorded, settings.force, PENDING_FILES)


def _progress(parts, stderr: TextIO, skipped: int):
    if not isatty(stderr):
        return NoProgress()
    counts = [part.count for part in parts]
    total = sum(counts) if all(c >= 0 for c in counts) else None
    progress = Progress(stderr, total)
    progress.skip(skipped)
    return progress


@contextlib.contextmanager
def _executor(settings, corpus):
    """A function from the partitions to do to the run's stream of records and partition
    ends: the local process pool, or the cluster (connected, its versions checked)."""
    s = settings
    if not s.cluster:
        from newsbrief.partitions import brief_locally

        yield lambda todo: brief_locally(todo, s.options, corpus, s.max_bytes, s.jobs)
        return
    from newsbrief import __version__
    from newsbrief.cluster import Cluster

    _quiet_dask()
    with Cluster(s.cluster, s.timeout, s.jobs) as cluster:
        cluster.check_versions(__version__)
        yield lambda todo: cluster.events(todo, s.options, corpus, s.max_bytes)


def _quiet_dask() -> None:
    """Dask logs lost workers and retried connections on stderr; the command says what matters,
    in one line. Its loggers keep their own handlers and levels, so each is set."""
    import logging

    try:
        import distributed  # noqa: F401 - sets up the loggers
    except ImportError:
        return  # newsbrief.cluster says how to install it
    for name in list(logging.root.manager.loggerDict):
        if name == "distributed" or name.startswith("distributed."):
            logging.getLogger(name).setLevel(logging.CRITICAL)


def _consume(events, todo, writer: Writer, shards, tally: Tally, progress) -> None:
    """Write each record where it goes; a partition's end commits its shard."""
    from newsbrief.partitions import Partition, PartitionFailed, ShardText

    # events come in the order of ``todo``: the partition under way is the next one in it
    parts = iter(todo)
    current = shard = None
    try:
        for event in events:
            if current is None:
                current = next(parts)
                shard = shards.open(current) if shards is not None else None
            if isinstance(event, Partition):
                if shard is not None:
                    shard.commit()
                current = shard = None
            elif isinstance(event, PartitionFailed):
                tally.failed += 1  # no shard: a rerun tries it again
                if shard is not None:
                    shard.abandon()
                current = shard = None
                writer.error(event.part.path, f"partition {event.part.index}: {event.reason}",
                             record=False)
            elif isinstance(event, ShardText):
                _emit_text(event, writer, shard, tally)
                progress.advance(event.briefs + len(event.errors))
            else:
                _emit(event, writer, shard, tally)
                progress.advance()
    finally:
        if shard is not None:
            shard.abandon()
        close = getattr(events, "close", None)
        if close is not None:
            close()


def _emit(data: dict[str, Any], writer: Writer, shard, tally: Tally) -> None:
    """One record, as briefed here."""
    failed = "error" in data
    if shard is not None:
        shard.add(jsonl_line(data), error=failed)
    if failed:
        tally.failed += 1
        writer.error(data["source"], data["error"], record=shard is None, ident=data["id"])
        return
    tally.briefed += 1
    if shard is None:
        writer.brief(data)


def _emit_text(block, writer: Writer, shard, tally: Tally) -> None:
    """A partition's records as shard text, from a cluster worker: the same lines ``_emit``
    writes, so they go to a shard (or to stdout as JSON) as they are."""
    tally.briefed += block.briefs
    tally.failed += len(block.errors)
    for source, message in block.errors:
        writer.error(source, message, record=False)
    if shard is not None:
        shard.add_text(block.text, block.briefs, len(block.errors))
    elif writer.fmt in {"json", "jsonl"}:
        writer.raw(block.text)
    else:
        for line in block.text.splitlines():
            data = json.loads(line)
            if "error" not in data:
                writer.brief(data)
