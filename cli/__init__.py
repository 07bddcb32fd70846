"""The brief command line: everything that touches the terminal lives here."""
import gc
import sys

# Starting up makes tens of thousands of objects that live as long as the process (modules,
# compiled patterns, the models); the garbage collector would walk them again and again,
# ~2.5% of a one-article run. Collection stays off until cli.run.run_batch turns it back on:
# before a batch of several inputs, after a single one.
gc.disable()


def run() -> None:
    """Console-script entry point. The command line (Typer and the stages) is imported here,
    inside the Ctrl-C handler: a Ctrl-C while it loads ends quietly with 130, as later does."""
    try:
        from .main import run as run_command
    except KeyboardInterrupt:
        sys.stderr.write("brief: interrupted\n")
        sys.exit(130)  # ExitStatus.INTERRUPTED (128 + SIGINT); cli.status may not be loaded yet
    run_command()
