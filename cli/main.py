"""The ``brief`` command."""
from __future__ import annotations

import os
import sys
import traceback
from typing import List, Optional

import typer

from summarizer.errors import BriefError, InputError, UnknownMethodError
from summarizer.loading import DEFAULT_MAX_BYTES, STDIN
from summarizer.methods import DEFAULT_METHOD, METHODS
from summarizer.records import Options
from summarizer.web import DEFAULT_TIMEOUT

from .output import FORMATS, Writer, default_format, usage_error
from .status import ExitStatus

app = typer.Typer(add_completion=False, context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        from summarizer import __version__

        typer.echo(f"brief {__version__}")
        raise typer.Exit()


@app.command()
def main(
    inputs: Optional[List[str]] = typer.Argument(
        None, metavar="[INPUT]...",
        help="Article files (text or HTML), http(s) URLs, or - for stdin (default when piped)."),
    sentences: int = typer.Option(3, "-n", "--sentences", min=1, help="Sentences in the summary."),
    ratio: Optional[float] = typer.Option(
        None, "--ratio", min=0.0, max=1.0, help="Share of the article's sentences instead of -n."),
    words: Optional[int] = typer.Option(
        None, "--words", min=1, help="Word budget for the summary (whole sentences only)."),
    method: str = typer.Option(
        DEFAULT_METHOD, "--method", "-m", help=f"Ranking method: {', '.join(METHODS)}."),
    fmt: Optional[str] = typer.Option(
        None, "--format", "-f",
        help="Output: rich, text, markdown, json or jsonl. Default: rich on a terminal, text when piped."),
    language: Optional[str] = typer.Option(
        None, "--language", "-l", help="ISO 639-1 code of the article's language (default: en)."),
    no_facts: bool = typer.Option(False, "--no-facts", help="Summary only, skip key facts."),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this."),
    timeout: float = typer.Option(
        DEFAULT_TIMEOUT, "--timeout", min=0.1, help="Seconds allowed to fetch a URL."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of failures."),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Summarize news articles: title, date, authors, the sentences that matter, key facts."""
    stdout, stderr = sys.stdout, sys.stderr
    if fmt is not None and fmt not in FORMATS:
        usage_error(f"unknown format {fmt!r}; available: {', '.join(FORMATS)}", stderr)
        raise typer.Exit(ExitStatus.USAGE)
    if method not in METHODS:
        usage_error(str(UnknownMethodError(method, tuple(METHODS))), stderr)
        raise typer.Exit(ExitStatus.USAGE)
    sources = list(inputs or [])
    if not sources:
        if sys.stdin is None or _isatty(sys.stdin):
            usage_error("no input: give a file, or pipe text to stdin (see brief --help)", stderr)
            raise typer.Exit(ExitStatus.USAGE)
        sources = [STDIN]
    options = Options(method=method, sentences=sentences, ratio=ratio, words=words,
                      language=language, facts=not no_facts)
    writer = Writer(fmt or default_format(stdout), stdout, stderr, many=len(sources) > 1)
    failed = _run(sources, options, writer, max_bytes, debug, timeout)
    raise typer.Exit(ExitStatus.FAILED if failed else ExitStatus.OK)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _run(sources: list[str], options: Options, writer: Writer, max_bytes: int, debug: bool,
         timeout: float = DEFAULT_TIMEOUT) -> int:
    from summarizer.pipeline import summarize
    from summarizer.serialize import brief_to_dict

    failed = 0
    for source in sources:
        try:
            brief = summarize(source, options, max_bytes=max_bytes, timeout=timeout)
        except InputError as exc:
            failed += 1
            writer.error(exc.source, exc.reason)
            continue
        except BriefError as exc:
            failed += 1
            writer.error(source, str(exc))
            continue
        except Exception as exc:  # a bug must not hide the other inputs' briefs
            failed += 1
            if debug:
                traceback.print_exc()
            writer.error(source, f"internal error: {type(exc).__name__}: {exc}")
            continue
        writer.brief(brief_to_dict(brief))
    return failed


def run() -> None:
    """Console-script entry point: the app, with Ctrl-C and closed pipes handled."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("brief: interrupted\n")
        sys.exit(ExitStatus.INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(ExitStatus.BROKEN_PIPE)


def _silence_stdout() -> None:
    # Python flushes stdout at exit; point it at /dev/null so that flush
    # cannot raise a second BrokenPipeError with a traceback.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
