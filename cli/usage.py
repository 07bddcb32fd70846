"""Usage: one-line usage errors, option rules Typer cannot state, and the help's examples."""
from __future__ import annotations

from typing import Any, TextIO

import typer
from typer.core import TyperCommand

from newsbrief.cli.output import usage_error
from newsbrief.cli.status import ExitStatus

EXAMPLES = """Examples:
  brief article.txt                       a brief in the terminal
  brief https://example.com/news/story    a web page
  brief story.txt -f json | jq .title     JSON for scripts
  brief archive/ -o briefs/               a folder, in parallel; rerun to resume
  brief archive/ --words 60 -f jsonl      at most ~60 words of summary each
  brief URL.rss --since 1d -f html        a feed's new items as one HTML page

Options marked env var take their default from the environment, e.g. BRIEF_FORMAT=markdown.
Shell completion: brief --install-completion."""

# click's UsageError, the base of every usage error, found through typer's public names:
# typer >= 0.23 vendors its own click (typer._click), and importing the package click would
# load a second copy at every start.
# (Any: the class is found at run time, and mypy cannot see typer's vendored click)
_USAGE_ERROR: Any = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")

# One of them sets the summary's length. The library would let --words win over --ratio and
# --ratio over -n without a word; here two given together are refused. An environment
# default (BRIEF_SENTENCES) is no choice made now: --ratio or --words on the command line
# simply win over it.
_LENGTH_OPTIONS = (("sentences", "-n/--sentences"), ("ratio", "--ratio"), ("words", "--words"))


class OneLineUsageCommand(TyperCommand):
    """Typer's command whose usage errors are one line in brief's style, naming the option
    (``brief: error: invalid value for '-n' / '--sentences': ...``), not Typer's boxed panel:
    every other error of brief is one line, and scripts read stderr line by line."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # click's Context
        try:
            return super().parse_args(ctx, args)
        except _USAGE_ERROR as exc:
            usage_error(_one_line(exc.format_message()) + " (see brief --help)", _stderr())
            raise typer.Exit(ExitStatus.USAGE) from None


def _one_line(message: str) -> str:
    message = " ".join(message.split()).rstrip(".")
    return message[:1].lower() + message[1:]


def _stderr() -> TextIO:
    import sys

    return sys.stderr


def check_option_rules(ctx: typer.Context, *, quiet: bool, verbose: bool, force: bool,
                       output_dir: str | None, stderr: TextIO) -> None:
    """Refuse, as a usage error, the combinations whose meaning would be a guess."""
    given = [name for key, name in _LENGTH_OPTIONS if _on_command_line(ctx, key)]
    if len(given) > 1:
        _refuse(f"{given[0]} and {given[1]} both set the summary's length; give one", stderr)
    if quiet and verbose:
        _refuse("-q/--quiet and -v/--verbose contradict each other; give one", stderr)
    if force and not output_dir:
        _refuse("--force rewrites briefs in --output-dir; without it there is nothing to "
                "force", stderr)


def _on_command_line(ctx: typer.Context, name: str) -> bool:
    source = ctx.get_parameter_source(name)
    return source is not None and source.name == "COMMANDLINE"


def _refuse(message: str, stderr: TextIO) -> None:
    usage_error(message, stderr)
    raise typer.Exit(ExitStatus.USAGE)
