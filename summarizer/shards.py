"""A corpus run's output folder: one JSON Lines shard a partition, and a manifest.

``shard-00000.jsonl`` holds the briefs and error records of partition 0, in file order. It is
written under a temporary name and renamed, so a shard is whole or absent. ``manifest.jsonl``
has one line a shard, appended once the shard is in place: its input and range, how many
briefs and errors it holds, the brief version and the options. A rerun skips the shards the
manifest lists, so a killed run resumes; at the end of a complete run the manifest is
rewritten in shard order, so it is the same whatever order the shards landed in.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsbrief.atomic import AtomicFile, write_atomic
from newsbrief.errors import CorpusError
from newsbrief.partitions import Partition

MANIFEST = "manifest.jsonl"


def shard_name(part: Partition) -> str:
    return f"shard-{part.index:05d}.jsonl"


class ShardDir:
    """The output folder of a corpus run; ``settings`` is what must match for a resume
    (brief version, options), recorded with every shard."""

    def __init__(self, root: str, settings: dict[str, Any], force: bool = False,
                 pending: set[str] | None = None) -> None:
        self.root = Path(root)
        self.settings = settings
        self.pending = pending
        self.root.mkdir(parents=True, exist_ok=True)
        self.manifest = self.root / MANIFEST
        if force:
            self._clear()
        self.entries: dict[str, dict[str, Any]] = self._read_manifest()

    def _clear(self) -> None:
        """--force: forget the shards of earlier runs (only files this module names)."""
        for path in self.root.glob("shard-*.jsonl"):
            path.unlink()
        self.manifest.unlink(missing_ok=True)

    def _read_manifest(self) -> dict[str, dict[str, Any]]:
        entries: dict[str, dict[str, Any]] = {}
        try:
            with open(self.manifest, encoding="utf-8") as stream:
                for line in stream:
                    try:
                        entry = json.loads(line)
                        entries[entry["shard"]] = entry
                    except (ValueError, KeyError, TypeError):
                        continue  # a line cut by a crash: its shard is simply done again
        except FileNotFoundError:
            pass
        return entries

    def done(self, part: Partition) -> dict[str, Any] | None:
        """The manifest entry of a shard already written for this partition, if any.

        A shard listed for another input, range, version or options means the folder holds
        another run: refused rather than mixed (``--force`` starts it afresh)."""
        name = shard_name(part)
        entry = self.entries.get(name)
        if entry is None or not (self.root / name).exists():
            return None
        expected = self._entry(part, entry.get("briefs"), entry.get("errors"))
        if entry != expected:
            raise CorpusError(f"{self.root} holds shards of another run (other inputs, options "
                              f"or brief version: {name} differs); use --force to rewrite it, "
                              f"or another folder")
        return entry

    def _entry(self, part: Partition, briefs: Any, errors: Any) -> dict[str, Any]:
        return {"shard": shard_name(part), **part.describe(), "briefs": briefs,
                "errors": errors, **self.settings}

    def open(self, part: Partition) -> ShardWriter:
        return ShardWriter(self, part)

    def _record(self, part: Partition, briefs: int, errors: int) -> None:
        entry = self._entry(part, briefs, errors)
        self.entries[entry["shard"]] = entry
        line = (json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        # one write to an append-only file: a crash can cut only this line, read as absent
        handle = os.open(self.manifest, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            os.write(handle, line)
        finally:
            os.close(handle)

    def finish(self, parts: Iterable[Partition]) -> None:
        """Rewrite the manifest in shard order once every partition has its shard."""
        names = [shard_name(part) for part in parts]
        if all(name in self.entries for name in names):
            text = "".join(json.dumps(self.entries[name], ensure_ascii=False,
                                      separators=(",", ":")) + "\n" for name in names)
            write_atomic(self.manifest, text, self.pending)


class ShardWriter:
    """One shard, written line by line and put in place by ``commit``."""

    def __init__(self, shards: ShardDir, part: Partition) -> None:
        self.shards = shards
        self.part = part
        self.briefs = self.errors = 0
        self._file = AtomicFile(shards.root / shard_name(part), shards.pending)
        self._stream = self._file.open()

    def add(self, line: str, error: bool) -> None:
        self._stream.write(line)
        if error:
            self.errors += 1
        else:
            self.briefs += 1

    def add_text(self, text: str, briefs: int, errors: int) -> None:
        """Many lines at once (a partition briefed on a cluster worker)."""
        self._stream.write(text)
        self.briefs += briefs
        self.errors += errors

    def commit(self) -> None:
        self._file.commit()
        self.shards._record(self.part, self.briefs, self.errors)

    def abandon(self) -> None:
        """Remove the unfinished shard (an interrupted or failed run)."""
        self._file.discard()
