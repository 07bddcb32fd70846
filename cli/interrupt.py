"""Ctrl-C: a clean stop that cannot hang.

The first Ctrl-C raises KeyboardInterrupt as usual: the batch cancels what waits, stops its
workers, removes its temporary files, and ``newsbrief.cli.run`` exits with 130. That clean-up waits
on worker processes and on concurrent.futures' threads; CI once saw it still running 30 s after
a Ctrl-C (once in hundreds of runs, never reproduced since). So the first Ctrl-C also arms a
timer: if the process is still alive GRACE_SECONDS later, or at a second Ctrl-C, it kills the
worker processes, removes the temporary files being written (``PENDING_FILES``), says so
and leaves at once (``os._exit``), still with status 130.
"""
from __future__ import annotations

import os
import signal
import threading
from typing import TextIO

from newsbrief.cli.status import ExitStatus

GRACE_SECONDS = 10.0
# Temporary files being written now (cli.outdir registers them): a forced exit runs no
# finally clause, so it removes them itself, as the clean stop does.
PENDING_FILES: set[str] = set()


class InterruptGuard:
    """SIGINT handler of the command line (main thread only)."""

    def __init__(self, stderr: TextIO, grace: float = GRACE_SECONDS) -> None:
        self.stderr = stderr
        self.grace = grace
        self.interrupted = False

    def install(self) -> None:
        """Handle SIGINT from now on (a no-op outside the main thread, as in tests)."""
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, self._on_sigint)

    def _on_sigint(self, signum, frame) -> None:
        if self.interrupted:  # a second Ctrl-C: the user wants out now
            self.force_exit("stopped")
        self.interrupted = True
        timer = threading.Timer(self.grace, self.force_exit, args=("did not stop in time",))
        timer.daemon = True
        timer.start()
        raise KeyboardInterrupt

    def force_exit(self, why: str) -> None:
        """Kill the worker processes and leave now, with status 130."""
        try:
            import multiprocessing

            for child in multiprocessing.active_children():
                child.kill()
            for path in list(PENDING_FILES):
                try:
                    os.unlink(path)
                except OSError:
                    pass  # renamed into place already, or never created
            self.stderr.write(f"brief: interrupted ({why})\n")
            self.stderr.flush()
        except BaseException:  # leaving matters more than the message
            pass
        finally:
            os._exit(ExitStatus.INTERRUPTED)
