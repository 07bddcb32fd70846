"""Writing briefs and errors to the terminal or a pipe in the chosen format."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

from newsbrief.cli import render
from newsbrief.records import Brief
from newsbrief.safety import clean, clean_data
from newsbrief.serialize import brief_to_dict, dumps, error_to_dict
from newsbrief.walk import BatchItem

FORMATS = ("rich", "text", "markdown", "json", "jsonl", "html")


def isatty(stream: TextIO | None) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def default_format(stream: TextIO) -> str:
    return "rich" if isatty(stream) else "text"


def format_brief(data: dict[str, Any], fmt: str, heading: bool = False) -> str:
    """The brief as text in a file format (rich becomes plain text)."""
    data = clean_data(data)
    if fmt in {"json", "jsonl"}:
        return dumps(data) + "\n"
    if fmt == "markdown":
        return render.to_markdown(data, heading)
    if fmt == "html":
        from newsbrief.cli.digest import article_page  # only when asked: start-up is measured

        return article_page(data)
    return render.to_text(data, heading)


# Formats whose text is made where the article was briefed (newsbrief.batch.Render): not rich
# (a console draws it) nor html (pages and an index are made from the briefs' data).
RENDERED = frozenset({"json", "jsonl", "text", "markdown"})


def render_brief(brief: Brief, item: BatchItem, fmt: str, many: bool, to_file: bool) -> str:
    """The text of ``item``'s brief as the run writes it: in a file of --output-dir, or on
    stdout headed with its source as ``Writer.brief`` heads it (always, for a feed's item)."""
    heading = not to_file and (many or item.entry is not None)
    return format_brief(brief_to_dict(brief), fmt, heading)


class Writer:
    """One writer per run: it knows the format and whether to print headings."""

    def __init__(self, fmt: str, stdout: TextIO, stderr: TextIO, many: bool) -> None:
        self.fmt = fmt
        self.stdout = stdout
        self.stderr = stderr
        self.many = many
        self._written = 0
        self._console = None
        # set while a progress bar owns stderr
        self.error_sink: Callable[[str], None] | None = None
        # --format html: the page is written whole at the end, so a pipe never holds half a
        # page (and a Ctrl-C leaves none)
        self.held: list[dict[str, Any]] = []
        self.errors: list[tuple[str, str]] = []

    def brief(self, data: dict[str, Any]) -> None:
        if self.fmt == "html":
            self.held.append(clean_data(data))
        elif self.fmt == "rich":
            self._rich_console().print(render.to_rich(clean_data(data), self.many))
            self.stdout.flush()
        else:
            self.rendered(format_brief(data, self.fmt, self.many))
            return
        self._written += 1

    def rendered(self, text: str) -> None:
        """A brief's text already made (``render_brief``), written as ``brief`` writes it."""
        gap = "\n" if self._written and self.fmt in {"text", "markdown"} else ""
        self._write(gap + text)
        self._written += 1

    def error(self, source: str, message: str, record: bool = True,
              ident: str | None = None) -> None:
        """One line on stderr; in JSON modes also a record on stdout so no input is lost
        (with the ``id`` of a corpus record)."""
        source, message = clean(source), clean(message)
        self._stderr_line(f"brief: error: {source}: {message}")
        if record and self.fmt in {"json", "jsonl"}:
            ident = clean(ident) if ident is not None else None
            self._write(dumps(error_to_dict(source, message, ident)) + "\n")
        elif record and self.fmt == "html":
            self.errors.append((source, message))

    def finish(self) -> None:
        """The end of the run: --format html writes its page now, every brief and error."""
        if self.fmt == "html" and (self.held or self.errors):
            from newsbrief.cli.digest import digest_page

            self._write(digest_page(self.held, self.errors))

    def note(self, source: str, message: str) -> None:
        """One line on stderr about an input that is no error (--verbose)."""
        self._stderr_line(f"brief: {clean(source)}: {clean(message)}")

    def raw(self, text: str) -> None:
        """JSON Lines already made (and cleaned), as they are."""
        self._write(text)

    def trace(self, text: str) -> None:
        self._stderr_line(clean(text).rstrip("\n"))

    def _stderr_line(self, line: str) -> None:
        if self.error_sink is not None:
            self.error_sink(line)
            return
        self.stderr.write(line + "\n")
        self.stderr.flush()

    def _write(self, text: str) -> None:
        self.stdout.write(text)
        self.stdout.flush()

    def _rich_console(self):
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self.stdout, highlight=False, markup=False,
                                    emoji=False, soft_wrap=False)
        return self._console


def usage_error(message: str, stderr: TextIO) -> None:
    stderr.write(f"brief: error: {clean(message)}\n")
