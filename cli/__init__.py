"""The brief command line (``newsbrief.cli``): everything that touches the terminal lives here.

Importing it has no side effects; ``run`` is the console script.
"""
import gc
import sys


def run() -> None:
    """Console-script entry point: ``main.run`` with Ctrl-C handled from the first import on
    (Typer and the stages load inside the handler): 130 and one line, never a traceback."""
    # Starting up makes tens of thousands of objects that live as long as the process (modules,
    # compiled patterns, the models); the garbage collector would walk them again and again,
    # ~2.5% of a one-article run. Collection stays off until runner.run_batch turns it back
    # on: before a batch of several inputs, after a single one.
    gc.disable()
    from newsbrief.cli.interrupt import InterruptGuard
    from newsbrief.cli.status import ExitStatus

    InterruptGuard(sys.stderr).install()
    try:
        from newsbrief.cli.main import run as run_command

        run_command()
    except KeyboardInterrupt:
        sys.stderr.write("brief: interrupted\n")
        sys.exit(ExitStatus.INTERRUPTED)
    except SystemExit as done:
        if isinstance(done.code, int) or done.code is None:
            _exit_now(done.code or 0)
        raise


def _exit_now(status: int) -> None:
    """End the process with ``status`` now, without tearing the interpreter down, when
    nothing but the standard streams is left to finish; else return (a normal exit follows).

    A normal exit frees, one by one, the tens of thousands of objects a run made (modules,
    patterns, the models): ~4% of a one-article ``brief article.txt``, for memory the system
    takes back at once. What an exit must do is done here: the streams are flushed (a
    closed pipe fails the flush, and the normal exit then reports it as before). A process
    with exit handlers (a batch's worker pool registers some) or another thread running
    exits normally, as mypy's hard exit does.
    """
    import atexit
    import os
    import threading

    handlers = getattr(atexit, "_ncallbacks", None)  # CPython's count of registered handlers
    if handlers is None or handlers() or threading.active_count() > 1:
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # a closed pipe or stream: the normal exit says so
        return
    os._exit(status)
