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
