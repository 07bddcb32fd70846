"""--output-dir: one file per article, mirroring its path, written atomically."""
from __future__ import annotations

import os
from pathlib import Path

from newsbrief.cli.interrupt import PENDING_FILES
from newsbrief.loading import STDIN
from newsbrief.walk import BatchItem
from newsbrief.web import is_url

EXTENSIONS = {"json": ".json", "jsonl": ".json", "markdown": ".md", "text": ".txt", "rich": ".txt"}


class OutputDir:
    def __init__(self, root: str, fmt: str, force: bool) -> None:
        self.root = Path(root)
        self.extension = EXTENSIONS[fmt]
        self.force = force
        self._claimed: dict[str, str] = {}  # output path -> the input it belongs to this run

    def claim(self, item: BatchItem) -> str | None:
        """Reserve the item's output path; the input already holding it, if another does.

        Two inputs can map to one file (``a/x.txt`` under two folders given together): the
        second is failed rather than allowed to overwrite the first or be skipped as fresh.
        """
        try:
            key = str(self.path_for(item))
        except ValueError:
            return None  # write() reports it
        holder = self._claimed.setdefault(key, item.source)
        return None if holder == item.source else holder

    def path_for(self, item: BatchItem) -> Path:
        """DIR/<relative path>.<ext>: ``a/b.txt`` -> ``DIR/a/b.txt.json``, never outside DIR."""
        parts = [p for p in Path(item.relpath).parts if p not in ("", ".", "..", "/")]
        parts = [p.replace(os.sep, "_") for p in parts] or ["input"]
        target = self.root.joinpath(*parts[:-1], parts[-1] + self.extension)
        root = os.path.realpath(self.root)
        if os.path.commonpath([root, os.path.realpath(target)]) != root:
            raise ValueError(f"output path escapes the output folder: {target}")
        return target

    def is_fresh(self, item: BatchItem) -> bool:
        """True when the output exists and is newer than the input (a rerun skips it)."""
        if self.force or item.source == STDIN or is_url(item.source):
            return False
        try:
            return self.path_for(item).stat().st_mtime >= os.stat(item.source).st_mtime
        except (OSError, ValueError):
            return False

    def write(self, item: BatchItem, text: str) -> Path:
        """Write through a temporary file and a rename, so no brief is ever half-written."""
        from newsbrief.atomic import write_atomic

        # a forced exit (cli.interrupt) removes the temporary file too
        return write_atomic(self.path_for(item), text, PENDING_FILES)
