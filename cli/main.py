"""The ``brief`` command."""
# No ``from __future__ import annotations`` here: typer reads the annotations of main(),
# and string annotations would cost an eval (a compile) each at every start.

import os
import sys
from typing import List, Optional

import typer

from newsbrief.cli.output import FORMATS, default_format, isatty, usage_error
from newsbrief.cli.status import ExitStatus
from newsbrief.errors import UnknownMethodError
from newsbrief.languages import LANGUAGE_CODE
from newsbrief.loading import DEFAULT_MAX_BYTES, STDIN
from newsbrief.methods import DEFAULT_METHOD, METHODS
from newsbrief.records import Options
from newsbrief.walk import ARTICLE_PATTERNS, DEFAULT_PARTITION_SIZE
from newsbrief.web import DEFAULT_TIMEOUT

app = typer.Typer(add_completion=False, context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        from newsbrief import __version__

        typer.echo(f"brief {__version__}")
        raise typer.Exit()


@app.command()
def main(
    inputs: Optional[List[str]] = typer.Argument(
        None, metavar="[INPUT]...",
        help="Article files (text or HTML), folders (walked recursively), http(s) URLs, "
             "or - for stdin (default when piped)."),
    sentences: int = typer.Option(3, "-n", "--sentences", min=1, help="Sentences in the summary."),
    ratio: Optional[float] = typer.Option(
        None, "--ratio", min=0.0, max=1.0, help="Share of the article's sentences instead of -n."),
    words: Optional[int] = typer.Option(
        None, "--words", min=1, help="Word budget for the summary (whole sentences only)."),
    method: str = typer.Option(
        DEFAULT_METHOD, "--method", "-m", help=f"Ranking method: {', '.join(METHODS)}."),
    fmt: Optional[str] = typer.Option(
        None, "--format", "-f",
        help="rich, text, markdown, json or jsonl. Default: rich on a terminal, text when piped "
             "(json with --output-dir)."),
    language: Optional[str] = typer.Option(
        None, "--language", "-l",
        help="ISO 639-1 code of the articles' language, e.g. de or zh (default: detect)."),
    no_facts: bool = typer.Option(False, "--no-facts", help="Summary only, skip key facts."),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, help="Worker processes for several inputs (default: CPUs)."),
    output_dir: Optional[str] = typer.Option(
        None, "--output-dir", "-o", help="Write one brief file per article here, mirroring paths."),
    force: bool = typer.Option(
        False, "--force", help="With --output-dir, rewrite briefs that are up to date too."),
    glob: Optional[List[str]] = typer.Option(
        None, "--glob", help=f"File name pattern taken from folders (repeatable; default "
                              f"{' '.join(ARTICLE_PATTERNS)})."),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this."),
    timeout: float = typer.Option(
        DEFAULT_TIMEOUT, "--timeout", min=0.1,
        help="Seconds allowed to fetch a URL, or to reach the --cluster scheduler."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
    # corpus files (JSON Lines, Parquet, WARC) and cluster runs: logic in cli/corpus.py
    cluster: Optional[str] = typer.Option(
        None, "--cluster",
        help="Brief corpus files on a Dask cluster: a scheduler address (tcp://host:8786; "
             "for corpus files, default $DASK_SCHEDULER_ADDRESS) or 'local'. Needs "
             "newsbrief[cluster]."),
    text_field: Optional[str] = typer.Option(
        None, "--text-field", help="Corpus field holding the article (default: the first of "
                                   "text, article, maintext, content)."),
    id_field: str = typer.Option("id", "--id-field", help="Corpus field holding a record's id."),
    partition_size: int = typer.Option(
        DEFAULT_PARTITION_SIZE, "--partition-size", min=1,
        help="Corpus records in a partition (one output shard)."),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Summarize news articles: title, date, authors, the sentences that matter, key facts."""
    from newsbrief.cli.runner import RunSettings, run_batch

    stdout, stderr = sys.stdout, sys.stderr
    _check_choices(fmt, method, language, stderr)
    sources = tuple(inputs or ()) or _stdin_or_usage_error(stderr)
    if sources.count(STDIN) > 1:
        usage_error("stdin (-) can be read only once", stderr)
        raise typer.Exit(ExitStatus.USAGE)
    from newsbrief.batch import default_jobs

    settings = RunSettings(
        sources=sources,
        options=Options(method=method, sentences=sentences, ratio=ratio, words=words,
                        language=language, facts=not no_facts),
        fmt=fmt or ("json" if output_dir else default_format(stdout)),
        jobs=jobs or default_jobs(),
        patterns=tuple(glob) if glob else ARTICLE_PATTERNS,
        max_bytes=max_bytes, timeout=timeout, output_dir=output_dir, force=force, debug=debug,
        cluster=cluster or None, text_field=text_field, id_field=id_field,
        partition_size=partition_size)
    try:
        tally = run_batch(settings, stdout, stderr)
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(ExitStatus.BROKEN_PIPE) from None
    raise typer.Exit(ExitStatus.FAILED if tally.failed else ExitStatus.OK)


def _check_choices(fmt: str | None, method: str, language: str | None, stderr) -> None:
    if fmt is not None and fmt not in FORMATS:
        usage_error(f"unknown format {fmt!r}; available: {', '.join(FORMATS)}", stderr)
        raise typer.Exit(ExitStatus.USAGE)
    if method not in METHODS:
        usage_error(str(UnknownMethodError(method, tuple(METHODS))), stderr)
        raise typer.Exit(ExitStatus.USAGE)
    if language is not None and not LANGUAGE_CODE.fullmatch(language.strip()):
        usage_error(f"--language wants an ISO 639-1 code such as en, de or zh, not {language!r}",
                    stderr)
        raise typer.Exit(ExitStatus.USAGE)


def _stdin_or_usage_error(stderr) -> tuple[str, ...]:
    if sys.stdin is None or isatty(sys.stdin):
        usage_error("no input: give a file or folder, or pipe text to stdin (see brief --help)",
                    stderr)
        raise typer.Exit(ExitStatus.USAGE)
    return (STDIN,)


def run() -> None:
    """The app with closed pipes handled (``newsbrief.cli.run``, the console script, adds
    Ctrl-C)."""
    try:
        app()
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
