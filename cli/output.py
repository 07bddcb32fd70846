"""Writing briefs and errors to the terminal or a pipe in the chosen format."""
from __future__ import annotations

import sys
from typing import Any, TextIO

from summarizer.serialize import dumps, error_to_dict

from . import render
from .safety import clean, clean_data

FORMATS = ("rich", "text", "markdown", "json", "jsonl")


def default_format(stream: TextIO) -> str:
    return "rich" if _isatty(stream) else "text"


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


class Writer:
    """One writer per run: it knows the format and whether to print headings."""

    def __init__(self, fmt: str, stdout: TextIO, stderr: TextIO, many: bool) -> None:
        self.fmt = fmt
        self.stdout = stdout
        self.stderr = stderr
        self.many = many
        self._written = 0
        self._console = None

    def brief(self, data: dict[str, Any]) -> None:
        data = clean_data(data)
        if self.fmt in {"json", "jsonl"}:
            self._write(dumps(data) + "\n")
        elif self.fmt == "text":
            self._write(("\n" if self._written else "") + render.to_text(data, self.many))
        elif self.fmt == "markdown":
            self._write(("\n" if self._written else "") + render.to_markdown(data, self.many))
        else:
            self._rich_console().print(render.to_rich(data, self.many))
            self.stdout.flush()
        self._written += 1

    def error(self, source: str, message: str) -> None:
        """One line on stderr; in JSON modes also a record on stdout so no input is lost."""
        source, message = clean(source), clean(message)
        self.stderr.write(f"brief: error: {source}: {message}\n")
        self.stderr.flush()
        if self.fmt in {"json", "jsonl"}:
            self._write(dumps(error_to_dict(source, message)) + "\n")

    def _write(self, text: str) -> None:
        self.stdout.write(text)
        self.stdout.flush()

    def _rich_console(self):
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self.stdout, highlight=False, markup=False,
                                    emoji=False, soft_wrap=False)
        return self._console


def usage_error(message: str, stderr: TextIO = sys.stderr) -> None:
    stderr.write(f"brief: error: {clean(message)}\n")
