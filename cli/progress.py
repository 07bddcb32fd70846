"""Progress bar and end-of-run tally, on stderr, only when stderr is a terminal."""
from __future__ import annotations

import time
from typing import TextIO


class Tally:
    """Counts of the inputs briefed, failed and skipped in a run."""

    # A plain class, not a dataclass: dataclass compiles its methods at every start.
    __slots__ = ("briefed", "failed", "skipped", "started", "from_feeds")

    def __init__(self) -> None:
        self.briefed = self.failed = self.skipped = 0
        self.from_feeds = 0  # inputs a feed added beyond itself
        self.started = time.monotonic()

    def none(self) -> bool:
        """Nothing at all was briefed, failed or skipped: the inputs held no article."""
        return self.briefed + self.failed + self.skipped == 0

    def line(self) -> str:
        seconds = time.monotonic() - self.started
        rate = self.briefed / seconds if seconds > 0 else 0.0
        return (f"briefed {self.briefed:,}, failed {self.failed:,}, skipped {self.skipped:,} "
                f"in {seconds:.1f} s ({rate:,.1f} articles/s)")


class Progress:
    """A Rich progress bar (count, rate, ETA); refreshed by hand, so it starts no thread."""

    def __init__(self, stderr: TextIO, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TaskProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichProgress

        self._progress = RichProgress(
            TextColumn("briefing"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[rate]} /s"), TimeRemainingColumn(),
            console=Console(file=stderr), auto_refresh=False, transient=True)
        self._task = self._progress.add_task("briefing", total=total, rate="-")
        self.total = total
        self._started = time.monotonic()
        self._last = 0.0
        self._done = 0

    def __enter__(self) -> Progress:
        self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self._progress.stop()

    def advance(self, count: int = 1) -> None:
        self._done += count
        now = time.monotonic()
        if now - self._last < 0.1:
            self._progress.update(self._task, advance=count)
            return
        self._last = now
        rate = self._done / max(now - self._started, 1e-9)
        self._progress.update(self._task, advance=count, rate=f"{rate:,.1f}")
        self._progress.refresh()

    def grow(self, feed: object, items: int) -> None:
        """A feed counted as one input turned into ``items`` inputs."""
        if self.total is not None:  # (a feed only grows a counted run)
            self.total += items - 1
        self._progress.update(self._task, total=self.total)
        self._progress.refresh()

    def skip(self, count: int) -> None:
        """Count inputs done by an earlier run (they weigh on no rate)."""
        self._progress.update(self._task, advance=count)

    def print_above(self, text: str) -> None:
        self._progress.console.print(text, markup=False, highlight=False, soft_wrap=True)


class NoProgress:
    def __enter__(self) -> NoProgress:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def advance(self, count: int = 1) -> None:
        pass

    def grow(self, feed: object, items: int) -> None:
        pass
