"""The ``brief`` command."""
# No ``from __future__ import annotations`` here: typer reads the annotations of main(),
# and string annotations would cost an eval (a compile) each at every start.

import os
import sys
from typing import List, Optional

import typer

from newsbrief.cli.output import FORMATS, default_format, isatty, usage_error
from newsbrief.cli.status import ExitStatus
from newsbrief.cli.usage import EXAMPLES, OneLineUsageCommand, check_option_rules
from newsbrief.errors import UnknownMethodError
from newsbrief.languages import resolve_language
from newsbrief.loading import DEFAULT_MAX_BYTES, STDIN
from newsbrief.methods import DEFAULT_METHOD, METHODS
from newsbrief.records import Options
from newsbrief.walk import ARTICLE_PATTERNS, DEFAULT_PARTITION_SIZE
from newsbrief.web import DEFAULT_TIMEOUT

# add_completion: --install-completion and --show-completion, Typer's standard (bash, zsh, fish,
# PowerShell); completing runs brief with _BRIEF_COMPLETE set, handled before main() runs.
app = typer.Typer(add_completion=True, context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        from newsbrief import __version__

        typer.echo(f"brief {__version__}")
        raise typer.Exit()


@app.command(cls=OneLineUsageCommand, epilog=EXAMPLES)
def main(
    ctx: typer.Context,
    inputs: Optional[List[str]] = typer.Argument(
        None, metavar="[INPUT]...",
        help="Article files (text or HTML), folders (walked recursively), http(s) URLs, "
             "RSS or Atom feeds (URLs or files: each item is briefed), or - for stdin "
             "(default when piped)."),
    sentences: int = typer.Option(
        3, "-n", "--sentences", min=1, envvar="BRIEF_SENTENCES",
        help="Sentences in the summary. -n, --ratio and --words exclude each other."),
    ratio: Optional[float] = typer.Option(
        None, "--ratio", min=0.0, max=1.0, help="Share of the article's sentences instead of -n."),
    words: Optional[int] = typer.Option(
        None, "--words", min=1,
        help="Word budget: the best whole sentences that fit. When even the best sentence is "
             "longer, it is the summary alone, over the budget."),
    method: str = typer.Option(
        DEFAULT_METHOD, "--method", "-m", envvar="BRIEF_METHOD",
        help=f"Ranking method: {', '.join(METHODS)}."),
    fmt: Optional[str] = typer.Option(
        None, "--format", "-f", envvar="BRIEF_FORMAT",
        help="rich, text, markdown, json, jsonl or html (one page; with --output-dir a page "
             "each and index.html). Default: rich on a terminal, text when piped (json with "
             "--output-dir)."),
    language: Optional[str] = typer.Option(
        None, "--language", "-l", envvar="BRIEF_LANGUAGE",
        help="The articles' language: a code or name, e.g. de, pt-BR, german (default: detect)."),
    no_facts: bool = typer.Option(False, "--no-facts", help="Summary only, skip key facts."),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, envvar="BRIEF_JOBS",
        help="Worker processes for several inputs (default: CPUs)."),
    output_dir: Optional[str] = typer.Option(
        None, "--output-dir", "-o", help="Write one brief file per article here, mirroring paths."),
    force: bool = typer.Option(
        False, "--force", help="With --output-dir, rewrite briefs that are up to date too."),
    glob: Optional[List[str]] = typer.Option(
        None, "--glob", help=f"File name pattern taken from folders (repeatable; default "
                              f"{' '.join(ARTICLE_PATTERNS)})."),
    hidden: bool = typer.Option(
        False, "--hidden", help="Walk hidden files and folders too (.git/, .notes.txt)."),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this."),
    timeout: float = typer.Option(
        DEFAULT_TIMEOUT, "--timeout", min=0.1, envvar="BRIEF_TIMEOUT",
        help="Seconds allowed to fetch a URL, or to reach the --cluster scheduler."),
    feed_of: Optional[List[str]] = typer.Option(
        None, "--feed-of", metavar="URL",
        help="Brief the feed a site's page names in <link rel=\"alternate\"> (repeatable)."),
    max_items: int = typer.Option(
        20, "--max-items", min=1, envvar="BRIEF_MAX_ITEMS",
        help="Items briefed from each RSS or Atom feed, in the feed's order."),
    since: Optional[str] = typer.Option(
        None, "--since", metavar="DATE|DURATION",
        help="Only feed items published since then: 2024-03-01, or 12h, 1d, 2w back from now "
             "(undated items are left out)."),
    quiet: bool = typer.Option(
        False, "--quiet", "-q", help="Only error lines on stderr: no progress, tally or warnings."),
    verbose: bool = typer.Option(
        False, "--verbose", "-v",
        help="Also the tally when stderr is not a terminal, and each input skipped as up to date."),
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
    check_option_rules(ctx, quiet=quiet, verbose=verbose, force=force, output_dir=output_dir,
                       stderr=stderr)
    language = _check_choices(fmt, method, language, stderr)
    feeds = _feed_options(max_items, since, stderr)
    found = _find_feeds(feed_of, timeout, stderr) if feed_of else ()
    if feed_of and not found:
        raise typer.Exit(ExitStatus.FAILED)
    sources = tuple(inputs or ()) + found or _stdin_or_usage_error(stderr)
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
        hidden=hidden, verbosity=-1 if quiet else 1 if verbose else 0, feeds=feeds,
        cluster=cluster or None, text_field=text_field, id_field=id_field,
        partition_size=partition_size)
    try:
        tally = run_batch(settings, stdout, stderr)
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(ExitStatus.BROKEN_PIPE) from None
    unfound = len(feed_of or ()) - len(found)  # --feed-of pages that named no feed
    failed = tally.failed or unfound or tally.none()
    raise typer.Exit(ExitStatus.FAILED if failed else ExitStatus.OK)


def _check_choices(fmt: str | None, method: str, language: str | None, stderr) -> str | None:
    """Refuse an unknown format or method; the language's code (names become codes)."""
    if fmt is not None and fmt not in FORMATS:
        usage_error(f"unknown format {fmt!r}; available: {', '.join(FORMATS)}", stderr)
        raise typer.Exit(ExitStatus.USAGE)
    if method not in METHODS:
        usage_error(str(UnknownMethodError(method, tuple(METHODS))), stderr)
        raise typer.Exit(ExitStatus.USAGE)
    if language is None:
        return None
    try:
        return resolve_language(language)
    except ValueError as exc:
        usage_error(f"--language: {exc}", stderr)
        raise typer.Exit(ExitStatus.USAGE) from None


def _feed_options(max_items: int, since: str | None, stderr):
    from newsbrief.records import FeedOptions

    if since is None:
        return FeedOptions(max_items=max_items)
    from newsbrief.feeds import parse_since

    try:
        return FeedOptions(max_items=max_items, since=parse_since(since))
    except ValueError as exc:
        usage_error(f"--since: {exc}", stderr)
        raise typer.Exit(ExitStatus.USAGE) from None


def _find_feeds(pages: List[str], timeout: float, stderr) -> tuple[str, ...]:
    """The feed each --feed-of page names; a page that names none is an error line."""
    from newsbrief.cli.safety import clean
    from newsbrief.errors import InputError
    from newsbrief.feeds import find_feed

    found = []
    for page in pages:
        try:
            found.append(find_feed(page, timeout=timeout))
        except InputError as exc:
            stderr.write(f"brief: error: {clean(exc.source)}: {clean(exc.reason)}\n")
    return tuple(found)


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
