"""--output-dir: one file per article, mirroring its path, written atomically."""
from __future__ import annotations

import os
from pathlib import Path

from newsbrief.cli.interrupt import PENDING_FILES
from newsbrief.loading import STDIN
from newsbrief.walk import BatchItem
from newsbrief.web import is_url

EXTENSIONS = {"json": ".json", "jsonl": ".json", "markdown": ".md", "text": ".txt", "rich": ".txt",
              "html": ".html"}
INDEX = "index.html"


class OutputDir:
    def __init__(self, root: str, fmt: str, force: bool) -> None:
        self.root = Path(root)
        self.extension = EXTENSIONS[fmt]
        self.force = force
        self._claimed: dict[str, str] = {}  # output path -> the input it belongs to this run
        # --format html: the pages of this run (written or up to date) and the errors, for
        # index.html; its name is taken first, so no article's page can overwrite it
        self.html = fmt == "html"
        self.pages: list[tuple[str, str, str]] = []
        self.errors: list[tuple[str, str]] = []
        if self.html:
            self._claimed[str(self.root / INDEX)] = "the index page (index.html)"

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

    def add_page(self, item: BatchItem, data: dict | None = None) -> None:
        """An article page to list in index.html (data None: up to date, not briefed now)."""
        if not self.html:
            return
        try:
            href = self.path_for(item).relative_to(self.root).as_posix()
        except ValueError:
            return
        if data is None:
            self.pages.append((href, item.source, "up to date"))
            return
        from newsbrief.cli.digest import meta_text

        self.pages.append((href, data.get("title") or item.source, meta_text(data)))

    def write_index(self) -> Path | None:
        """index.html linking this run's pages, written like a brief: whole or not at all."""
        if not self.html or not (self.pages or self.errors):
            return None
        from newsbrief.cli.digest import index_page

        target = self.root / INDEX
        self.root.mkdir(parents=True, exist_ok=True)
        self._write_file(target, index_page(self.pages, self.errors))
        return target

    def write(self, item: BatchItem, text: str) -> Path:
        """Write through a temporary file and a rename, so no brief is ever half-written."""
        return self._write_file(self.path_for(item), text)

    def _write_file(self, target: Path, text: str) -> Path:
        from newsbrief.atomic import write_atomic

        # a forced exit (cli.interrupt) removes the temporary file too
        return write_atomic(target, text, PENDING_FILES)
