"""Expanding inputs (files, folders, stdin) into articles, streamed in sorted order."""
from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterable, Iterator

from newsbrief.loading import STDIN
from newsbrief.records import FeedEntry, record
from newsbrief.web import is_url

ARTICLE_PATTERNS = ("*.txt", "*.md", "*.text", "*.html", "*.htm")
# Corpus files hold many articles (newsbrief.corpus reads them): name ending -> format.
CORPUS_SUFFIXES = ((".jsonl.gz", "jsonl"), (".jsonl", "jsonl"), (".parquet", "parquet"),
                   (".warc.gz", "warc"), (".warc", "warc"))
DEFAULT_PARTITION_SIZE = 250  # corpus records in a partition (one shard)


def corpus_format(source: str) -> str | None:
    """``jsonl``, ``parquet`` or ``warc`` for a corpus file, URL or glob; None otherwise."""
    name = source.split("?", 1)[0].lower()
    for suffix, kind in CORPUS_SUFFIXES:
        if name.endswith(suffix):
            return kind
    return None


@record
class BatchItem:
    """One input to brief: its source as given or found, and its path below the folder given."""

    source: str
    relpath: str
    error: str | None = None  # set when the walk itself found the entry unreadable
    entry: FeedEntry | None = None  # an item of a feed: what the feed says of it


def iter_inputs(sources: Iterable[str], patterns: tuple[str, ...] = ARTICLE_PATTERNS,
                hidden: bool = False) -> Iterator[BatchItem]:
    """Every article the sources name: files as given, folders walked recursively, ``-``.

    A walk skips hidden entries (``.git/``, ``.venv/``, ``.draft.txt``) unless ``hidden``;
    a file or folder named directly is always taken.
    """
    for source in sources:
        if source == STDIN or is_url(source):
            yield BatchItem(source, "stdin" if source == STDIN else url_name(source))
            continue
        try:
            is_dir = stat.S_ISDIR(os.stat(source).st_mode)
        except OSError:
            is_dir = False  # the loader reports what is wrong with it
        if is_dir:
            yield from _walk(source, patterns, hidden)
        else:
            yield BatchItem(source, os.path.basename(os.path.normpath(source)) or "input")


def url_name(url: str) -> str:
    name = url.split("://", 1)[1].rstrip("/").replace("/", "_")
    return "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name)[:150] or "url"


def _walk(root: str, patterns: tuple[str, ...], hidden: bool) -> Iterator[BatchItem]:
    """Depth-first in sorted path order; a folder is walked once, so symlink loops end.

    The folders above ``root`` count as walked from the start: a link to one of them
    (``archive/up -> ..``) would otherwise walk the whole parent the user did not give.
    """
    seen = _ancestors(root)
    stack: list[Iterator[tuple[str, str, str]]] = [iter([(root, "", "dir")])]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        path, relpath, kind = entry
        if kind == "dir":
            listing = _list_folder(path, relpath, seen, hidden)
            if isinstance(listing, BatchItem):
                yield listing
            elif listing is not None:
                stack.append(iter(listing))
        elif _matches(os.path.basename(path), patterns):
            yield BatchItem(path, relpath, "broken symbolic link" if kind == "broken" else None)


def _ancestors(root: str) -> set[tuple[int, int]]:
    """(device, inode) of every folder above ``root``, up to the file system's root."""
    found = set()
    path = os.path.realpath(root)
    while (parent := os.path.dirname(path)) != path:
        path = parent
        try:
            info = os.stat(path)
        except OSError:
            continue
        found.add((info.st_dev, info.st_ino))
    return found


def _list_folder(folder: str, rel: str, seen: set[tuple[int, int]], hidden: bool):
    """The sorted (path, relpath, kind) entries of a folder, None if already walked."""
    try:
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in seen:
            return None  # a symlink loop, or a second link to a folder already walked
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as entries:
            found = sorted((entry.name, _kind(entry)) for entry in entries
                           if hidden or not entry.name.startswith("."))
    except OSError as exc:
        return BatchItem(folder, rel or ".", exc.strerror or "cannot read folder")
    return [(os.path.join(folder, name), os.path.join(rel, name), kind)
            for name, kind in found if kind in {"dir", "file", "broken"}]


def _kind(entry: os.DirEntry) -> str:
    try:
        mode = entry.stat(follow_symlinks=True).st_mode
    except OSError:
        return "broken" if entry.is_symlink() else "other"
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISREG(mode):
        return "file"
    return "other"  # FIFOs, sockets and devices are skipped: reading them could block


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    lower = name.lower()
    return any(fnmatch.fnmatchcase(lower, pattern.lower()) for pattern in patterns)
