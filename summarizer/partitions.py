"""Corpus files cut into partitions, and the records of a partition read as a stream.

A partition is the unit of work and of output (one shard): a block of ``partition_size``
lines of a plain JSON Lines file, a range of whole row groups of a Parquet file, or a whole
``.jsonl.gz`` or WARC file (a compressed stream cannot be entered in the middle). Planning
reads only what it must: line ends of plain JSON Lines, the footer of Parquet files.
"""
from __future__ import annotations

import functools
import glob as globbing
from collections.abc import Iterable, Iterator
from typing import IO, Any, cast

from newsbrief.corpus import (
    CorpusOptions,
    CorpusRecord,
    brief_record,
    corpus_format,
    record_from_fields,
)
from newsbrief.errors import MissingExtraError
from newsbrief.loading import too_big
from newsbrief.records import Options, record

_CHUNK = 1 << 20
_EXTRA = "pip install 'newsbrief[corpus]'"


@record
class Partition:
    """Where one shard's records are: a file and a range in it, in the file's own terms."""

    index: int  # its place in the run: shards are numbered by it
    path: str
    format: str  # jsonl | parquet | warc
    start: int = 0  # jsonl: byte offset; parquet: first row group; warc: 0
    stop: int = -1  # jsonl: byte offset; parquet: row group after the last; -1: to the end
    first: int = 1  # number of its first record in the file (line or row, from 1)
    count: int = -1  # records (lines with content, rows), -1 when not known before reading
    error: str | None = None  # the file cannot be read: the partition is this one error

    def describe(self) -> dict[str, Any]:
        """What the manifest records of it (everything that decides its content)."""
        return {"input": self.path, "format": self.format, "start": self.start,
                "stop": self.stop, "first": self.first, "count": self.count}


def is_remote(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def expand(sources: Iterable[str]) -> Iterator[str]:
    """Each corpus source, with globs (local or fsspec URLs) expanded in sorted order; a glob
    that matches nothing stays as given, so that it is reported, not lost."""
    for source in sources:
        if not any(ch in source for ch in "*?["):
            yield source
            continue
        found = sorted(_remote_glob(source) if "://" in source else globbing.glob(source))
        yield from (found or [source])


def _remote_glob(pattern: str) -> list[str]:
    fs, path = _filesystem(pattern)
    return [fs.unstrip_protocol(found) for found in fs.glob(path)]


def _filesystem(url: str):
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise MissingExtraError(f"reading {url.split('://')[0]}:// URLs needs fsspec: "
                                f"{_EXTRA}") from None
    return url_to_fs(url)


def plan(sources: Iterable[str], options: CorpusOptions) -> Iterator[Partition]:
    """The partitions of the corpus files, numbered in order."""
    index = 0
    for path in expand(sources):
        for part in _plan_file(path, options.partition_size):
            yield Partition(index, part.path, part.format, part.start, part.stop, part.first,
                            part.count, part.error)
            index += 1


def _plan_file(path: str, size: int) -> Iterator[Partition]:
    kind = corpus_format(path) or "jsonl"
    try:
        if kind == "parquet":
            yield from _plan_parquet(path, size)
        elif kind == "jsonl" and not path.lower().split("?")[0].endswith(".gz"):
            yield from _plan_lines(path, size)
        else:
            if kind == "warc":
                _warc_iterator()
            yield Partition(0, path, kind)
    except MissingExtraError:
        raise
    except Exception as exc:  # noqa: BLE001 - a file that cannot be read is one error record
        yield Partition(0, path, kind, error=read_error(exc))


def read_error(exc: BaseException) -> str:
    """One line saying why a file cannot be read."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    said = (str(exc).strip().splitlines() or [""])[0]
    said = said[:120] + "..." if len(said) > 120 else said  # not a page of binary garbage
    return f"cannot read: {type(exc).__name__}: {said}".rstrip(": ")


def open_binary(path: str) -> IO[bytes]:
    """A binary stream of a local file or an fsspec URL (gzip is left to the caller)."""
    if not is_remote(path):
        return open(path.removeprefix("file://"), "rb")
    fs, inner = _filesystem(path)
    return fs.open(inner, "rb")


def _plan_lines(path: str, size: int) -> Iterator[Partition]:
    """Blocks of ``size`` lines with content, found by scanning the line ends once."""
    with open_binary(path) as stream:
        start, first, records = 0, 1, 0
        line, content, offset = 0, False, 0
        while chunk := stream.read(_CHUNK):
            at = 0
            while True:
                end = chunk.find(b"\n", at)
                if not content and chunk[at:end if end >= 0 else len(chunk)].strip():
                    content = True
                if end < 0:
                    break
                line, at = line + 1, end + 1
                records += content
                content = False
                if records == size:
                    yield Partition(0, path, "jsonl", start, offset + at, first, records)
                    start, first, records = offset + at, line + 1, 0
            offset += len(chunk)
        records += content  # a last line without a newline
        if records or start == 0:
            yield Partition(0, path, "jsonl", start, offset, first, records)


def _plan_parquet(path: str, size: int) -> Iterator[Partition]:
    """Runs of whole row groups of about ``size`` rows (a row group is never cut)."""
    with _parquet_file(path) as parquet:
        meta = parquet.metadata
        start, first, rows = 0, 1, 0
        for group in range(meta.num_row_groups):
            rows += meta.row_group(group).num_rows
            if rows >= size:
                yield Partition(0, path, "parquet", start, group + 1, first, rows)
                start, first, rows = group + 1, first + rows, 0
        if rows or start == 0:
            yield Partition(0, path, "parquet", start, meta.num_row_groups, first, rows)


class _parquet_file:
    """pyarrow's ParquetFile over a local path or an fsspec stream, closed on exit."""

    def __init__(self, path: str) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise MissingExtraError(f"reading Parquet needs pyarrow: {_EXTRA}") from None
        self.stream = open_binary(path)
        try:
            self.file = pq.ParquetFile(self.stream)
        except BaseException:
            self.stream.close()
            raise

    def __enter__(self):
        return self.file

    def __exit__(self, *exc) -> None:
        self.file.close()
        self.stream.close()


def read(part: Partition, options: CorpusOptions, max_bytes: int) -> Iterator[CorpusRecord]:
    """The records of a partition in file order; a damaged file ends in one error record."""
    if part.error is not None:
        yield CorpusRecord(part.path, part.path, error=part.error)
        return
    reader = {"jsonl": _read_lines, "parquet": _read_parquet, "warc": _read_warc}[part.format]
    where = part.path
    try:
        for item in reader(part, options, max_bytes):
            where = item.source
            yield item
    except MissingExtraError:
        raise
    except Exception as exc:  # noqa: BLE001 - what was read stands; the rest is one error
        after = f"damaged after {where}: " if where != part.path else ""
        yield CorpusRecord(part.path, part.path, error=after + read_error(exc))


def _read_lines(part: Partition, options: CorpusOptions,
                max_bytes: int) -> Iterator[CorpusRecord]:
    import json

    with open_binary(part.path) as raw:
        stream: IO[bytes] = raw
        if part.path.lower().split("?")[0].endswith(".gz"):
            import gzip

            stream = cast(IO[bytes], gzip.GzipFile(fileobj=raw))  # a binary stream, as raw is
        else:
            raw.seek(part.start)
        offset, number = part.start, part.first - 1
        while part.stop < 0 or offset < part.stop:
            line = stream.readline(max_bytes + 1)
            if not line:
                break
            offset += len(line)
            number += 1
            source = f"{part.path}:{number}"
            if len(line) > max_bytes and not line.endswith(b"\n"):
                offset += _skip_line(stream)
                yield CorpusRecord(source, source, error=too_big(max_bytes))
                continue
            if not line.strip():
                continue
            try:
                fields = json.loads(line)
            except ValueError as exc:
                yield CorpusRecord(source, source, error=f"not JSON: {exc}")
                continue
            if not isinstance(fields, dict):
                yield CorpusRecord(source, source, error="not a JSON object")
                continue
            yield record_from_fields(fields, source, options, max_bytes)


def _skip_line(stream: IO[bytes]) -> int:
    """Read past the rest of an over-long line; how many bytes that was."""
    skipped = 0
    while chunk := stream.readline(_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _read_parquet(part: Partition, options: CorpusOptions,
                  max_bytes: int) -> Iterator[CorpusRecord]:
    with _parquet_file(part.path) as parquet:
        present = set(parquet.schema_arrow.names)
        columns = [name for name in dict.fromkeys(options.columns()) if name in present]
        number = part.first - 1
        # small batches: memory holds one row group's column chunks, never the whole file
        for batch in parquet.iter_batches(batch_size=64, row_groups=range(part.start, part.stop),
                                          columns=columns):
            for fields in batch.to_pylist():
                number += 1
                yield record_from_fields(fields, f"{part.path}:{number}", options, max_bytes)


def _read_warc(part: Partition, options: CorpusOptions,
               max_bytes: int) -> Iterator[CorpusRecord]:
    """Each HTML response record, with its target URI as ``url``; other records are no
    articles (requests, metadata, images, robots.txt) and are passed over."""
    with open_binary(part.path) as stream:
        records = _warc_iterator()(stream)
        for warc in records:
            if warc.rec_type != "response" or not _is_html(warc):
                continue
            payload = warc.content_stream().read(max_bytes + 1)
            # the offset after the payload: asking before reads past the payload (warcio)
            source = f"{part.path}:{records.get_record_offset()}"
            ident = warc.rec_headers.get_header("WARC-Record-ID") or source
            url = warc.rec_headers.get_header("WARC-Target-URI")
            if len(payload) > max_bytes:
                yield CorpusRecord(source, ident, url=url, error=too_big(max_bytes))
                continue
            yield CorpusRecord(source, ident, payload, html=True, url=url,
                               charset=_charset(warc))


def _warc_iterator():
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise MissingExtraError(f"reading WARC needs warcio: {_EXTRA}") from None
    return ArchiveIterator


def _content_type(warc) -> str:
    headers = warc.http_headers
    return (headers.get_header("Content-Type") or "") if headers is not None else ""


def _is_html(warc) -> bool:
    kind = _content_type(warc).lower()
    return "html" in kind


def _charset(warc) -> str | None:
    for param in _content_type(warc).split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


@record
class PartitionFailed:
    """A partition whose work failed as a whole (its task died for good): no shard."""

    part: Partition
    reason: str


def brief_locally(parts: Iterable[Partition], options: Options, corpus: CorpusOptions,
                  max_bytes: int, jobs: int) -> Iterator[dict[str, Any] | Partition]:
    """Each partition's records, then the partition itself, in order, briefed on ``jobs``
    processes record by record (so one large file still uses them all)."""
    from newsbrief.batch import map_ordered

    def stream() -> Iterator[CorpusRecord | Partition]:
        for part in parts:
            yield from read(part, corpus, max_bytes)
            yield part

    call = functools.partial(_brief_item, options=options)
    return map_ordered(call, stream(), jobs, in_process=_is_partition)


def _brief_item(item: CorpusRecord | Partition, options: Options) -> dict[str, Any] | Partition:
    return item if isinstance(item, Partition) else brief_record(item, options)


def _is_partition(item: object) -> bool:
    return isinstance(item, Partition)


@record
class ShardText:
    """A partition's records as the JSON Lines of its shard (a cluster task's result: text is
    ~20 times smaller than the records as Python objects, so workers holding results that
    wait for their turn stay small)."""

    text: str
    briefs: int
    errors: tuple[tuple[str, str], ...]  # (source, message) of each error record, in order


def jsonl_line(data: dict[str, Any]) -> str:
    """A record as its line in a shard or in ``--format jsonl``: terminal controls removed."""
    from newsbrief.safety import clean_data
    from newsbrief.serialize import dumps

    return dumps(clean_data(data)) + "\n"


def brief_partition(part: Partition, options: Options, corpus: CorpusOptions,
                    max_bytes: int) -> ShardText:
    """The shard of a partition: its briefs and error records in file order (a cluster
    task)."""
    lines = []
    briefs = 0
    errors = []
    for item in read(part, corpus, max_bytes):
        data = brief_record(item, options)
        lines.append(jsonl_line(data))
        if "error" in data:
            errors.append((data["source"], data["error"]))
        else:
            briefs += 1
    return ShardText("".join(lines), briefs, tuple(errors))
