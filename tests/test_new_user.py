"""The rough edges a new user hits (issue 23), and what users of other tools expect."""
import gzip
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief.cli import runner as cli_runner
from newsbrief.cli.main import app
from newsbrief.pipeline import summarize_text
from newsbrief.walk import iter_inputs

from .conftest import TITLED_ARTICLE

runner = CliRunner()


def invoke(*args, input=None, env=None):
    return runner.invoke(app, [str(a) for a in args], input=input, env=env)


def one_usage_line(result) -> str:
    """The stderr of a usage error: exactly one line in brief's style, status 2."""
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("brief: error: "), result.stderr
    return lines[0]


# --output-dir -------------------------------------------------------------------------------

def test_briefs_written_to_a_folder_follow_the_umask(tmp_path, titled_path):
    out = tmp_path / "out"
    previous = os.umask(0o022)
    try:
        result = invoke(titled_path, "-o", out)
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.stderr
    written = out / "titled.txt.json"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
    previous = os.umask(0o077)
    try:
        assert invoke(titled_path, "-o", out, "--force").exit_code == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE(written.stat().st_mode) == 0o600


def test_force_without_an_output_folder_is_a_usage_error(titled_path):
    line = one_usage_line(invoke(titled_path, "--force"))
    assert "--force" in line and "--output-dir" in line


# Folders ------------------------------------------------------------------------------------

def test_a_folder_with_no_article_files_warns_and_fails(tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "page.pdf").write_bytes(b"%PDF-1.4")
    result = invoke(folder)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (f"brief: warning: {folder}: no files matching *.txt *.md *.text "
                             f"*.html *.htm (see --glob; hidden ones skipped, see --hidden)\n")
    only = invoke(folder, "--glob", "*.doc", "--hidden")
    assert only.exit_code == 1
    assert only.stderr == f"brief: warning: {folder}: no files matching *.doc (see --glob)\n"


def test_an_empty_folder_beside_an_article_warns_but_succeeds(tmp_path, titled_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = invoke(empty, titled_path, "-f", "jsonl")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.startswith(f"brief: warning: {empty}: no files matching")
    quiet = invoke(empty, titled_path, "-f", "jsonl", "--quiet")
    assert quiet.exit_code == 0 and quiet.stderr == ""


def _tree_with_hidden_entries(root: Path) -> Path:
    folder = root / "archive"
    (folder / ".git").mkdir(parents=True)
    (folder / ".git" / "notes.txt").write_text(TITLED_ARTICLE)
    (folder / ".draft.txt").write_text(TITLED_ARTICLE)
    (folder / "day").mkdir()
    (folder / "day" / "story.txt").write_text(TITLED_ARTICLE)
    return folder


def test_walks_skip_hidden_files_and_folders_unless_asked(tmp_path):
    folder = _tree_with_hidden_entries(tmp_path)
    assert [i.relpath for i in iter_inputs([str(folder)])] == [os.path.join("day", "story.txt")]
    everything = [i.relpath for i in iter_inputs([str(folder)], hidden=True)]
    assert everything == [".draft.txt", os.path.join(".git", "notes.txt"),
                          os.path.join("day", "story.txt")]
    # a hidden file named directly is taken: the user asked for it
    assert [i.source for i in iter_inputs([str(folder / ".draft.txt")])] == [
        str(folder / ".draft.txt")]
    result = invoke(folder, "--hidden", "-f", "jsonl")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3


def test_a_link_to_a_parent_folder_is_not_walked(tmp_path):
    parent = tmp_path / "parent"
    root = parent / "root"
    root.mkdir(parents=True)
    (parent / "outside.txt").write_text(TITLED_ARTICLE)
    (root / "inside.txt").write_text(TITLED_ARTICLE)
    (root / "up").symlink_to("..")
    (root / "top").symlink_to(tmp_path)
    (root / "sub").mkdir()
    (root / "sub" / "back").symlink_to("../..")  # the parent again, from deeper down
    assert [i.relpath for i in iter_inputs([str(root)])] == ["inside.txt"]


# Summary length -----------------------------------------------------------------------------

@pytest.mark.parametrize("args, names", [
    (["-n", "2", "--words", "40"], ("-n/--sentences", "--words")),
    (["--ratio", "0.5", "-n", "2"], ("-n/--sentences", "--ratio")),
    (["--ratio", "0.5", "--words", "40"], ("--ratio", "--words")),
])
def test_length_options_exclude_each_other(titled_path, args, names):
    line = one_usage_line(invoke(titled_path, *args))
    assert all(name in line for name in names), line


def test_an_environment_default_yields_to_a_length_option(titled_path):
    env = {"BRIEF_SENTENCES": "1"}
    assert len(json.loads(invoke(titled_path, "-f", "json", env=env).stdout)["summary"]) == 1
    words = invoke(titled_path, "-f", "json", "--words", "60", env=env)
    assert words.exit_code == 0, words.stderr
    summary = [item["text"] for item in json.loads(words.stdout)["summary"]]
    assert len(summary) > 1 and len(" ".join(summary).split()) <= 60


def test_help_says_the_word_budget_can_be_exceeded():
    help_text = " ".join(invoke("--help").stdout.replace("│", " ").split())
    assert "When even the best sentence is longer, it is the summary alone, over the budget" \
        in help_text


# --language ---------------------------------------------------------------------------------

@pytest.mark.parametrize("given, code", [("german", "de"), ("Deutsch", "de"), ("DE", "de"),
                                         ("pt-BR", "pt"), ("Français", "fr"), ("nb", "no")])
def test_languages_by_code_or_name(titled_path, given, code):
    result = invoke(titled_path, "-l", given, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["language"] == code


@pytest.mark.parametrize("given", ["xx", "klingon", "german!"])
def test_unknown_languages_are_refused_with_the_list(titled_path, given):
    line = one_usage_line(invoke(titled_path, "-l", given))
    assert f"--language: unknown language {given!r}; supported (ISO 639-1): ar, bg," in line
    assert " de, " in line and " zh " in line


# Usage errors -------------------------------------------------------------------------------

@pytest.mark.parametrize("args, named", [
    (["-n", "0"], "'-n' / '--sentences'"),
    (["--sentences", "many"], "'-n' / '--sentences'"),
    (["--bogus"], "--bogus"),
    (["--format"], "'--format'"),
    (["--ratio", "2"], "'--ratio'"),
    (["--jobs", "0"], "'--jobs' / '-j'"),
])
def test_every_usage_error_is_one_line_naming_the_option(titled_path, args, named):
    line = one_usage_line(invoke(titled_path, *args))
    assert named in line, line
    assert "╭" not in line and "Usage:" not in line


# Ctrl-C -------------------------------------------------------------------------------------

def test_ctrl_c_in_a_batch_says_how_far_it_got(tmp_path, monkeypatch):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(5):
        (folder / f"{number}.txt").write_text(TITLED_ARTICLE)
    emit = cli_runner._emit
    calls = []

    def emit_then_interrupt(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        emit(*args, **kwargs)

    monkeypatch.setattr(cli_runner, "_emit", emit_then_interrupt)
    out = tmp_path / "out"
    result = invoke(folder, "-o", out, "-j", "1")
    assert result.exit_code == 130
    assert result.stderr == "brief: interrupted: briefed 2 of 5; rerun to resume\n"
    assert len(list(out.iterdir())) == 2
    calls.clear()
    piped = invoke(folder, "-j", "1", "-f", "jsonl")
    assert (piped.exit_code, piped.stderr) == (130, "brief: interrupted: briefed 2 of 5\n")


# Small things -------------------------------------------------------------------------------

def test_one_sentence_is_not_one_sentences(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("The Old Harbour bridge reopened to traffic on Tuesday after eight months "
                    "of repairs.\n")
    result = invoke(path, "-f", "text")
    assert result.exit_code == 0, result.stderr
    assert "· 14 words, 1 sentence\n" in result.stdout


def test_markdown_of_one_untitled_input_is_headed_by_its_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("story.txt").write_text(TITLED_ARTICLE.split("\n\n", 2)[2])  # no title, no byline
    result = invoke("story.txt", "-f", "markdown")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# story.txt\n")
    titled = invoke("-", "-f", "markdown", input=TITLED_ARTICLE)
    assert titled.stdout.startswith("# Harbour bridge reopens after repairs\n")


def test_a_gzip_file_is_read_as_zcat_would(tmp_path):
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(TITLED_ARTICLE.encode()))
    result = invoke(path, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Harbour bridge reopens after repairs"
    piped = invoke("-", "-f", "json", input=gzip.compress(TITLED_ARTICLE.encode()))
    assert json.loads(piped.stdout)["title"] == "Harbour bridge reopens after repairs"


def test_a_gzip_file_is_held_to_the_size_limit_once_decompressed(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"word " * 200_000))  # 1 MB of text, ~3 kB compressed
    result = invoke(bomb, "--max-bytes", "100000")
    assert result.exit_code == 1
    assert result.stderr == (f"brief: error: {bomb}: larger than the limit of 100,000 bytes "
                             f"(see --max-bytes) once decompressed\n")
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(gzip.compress(TITLED_ARTICLE.encode())[:-12])
    damaged = invoke(cut)
    assert damaged.exit_code == 1 and "damaged gzip file" in damaged.stderr


def test_escape_sequences_never_reach_the_analysis():
    text = TITLED_ARTICLE.replace("$12 million", "\x1b[1m$12 million\x1b[0m").replace(
        "400 steel", "\x1b]0;owned\x07400 steel\x07")
    brief = summarize_text(text)
    numbers = [n.text for n in brief.facts.numbers]
    assert "$12 million" in numbers and "400" in numbers
    assert not any("0m" in n or "1m" in n for n in numbers), numbers
    assert all("\x1b" not in s.text and "\x07" not in s.text for s in brief.summary)
    assert summarize_text(text) == summarize_text(TITLED_ARTICLE)


def test_escape_sequences_in_a_file_never_reach_the_analysis(tmp_path):
    path = tmp_path / "coloured.txt"
    path.write_text(TITLED_ARTICLE.replace("40 minutes", "\x1b[0m40 minutes\x1b[0m"))
    data = json.loads(invoke(path, "-f", "json").stdout)
    assert "0m" not in [n["text"] for n in data["facts"]["numbers"]]
    assert data == {**json.loads(invoke("-", "-f", "json", input=TITLED_ARTICLE).stdout),
                    "source": str(path)}


# What users of other tools expect ------------------------------------------------------------

def test_help_has_examples_environment_defaults_and_completion():
    help_text = invoke("--help").stdout
    assert "Examples:" in help_text and "brief archive/ -o briefs/" in help_text
    for name in ("BRIEF_FORMAT", "BRIEF_SENTENCES", "BRIEF_METHOD", "BRIEF_LANGUAGE",
                 "BRIEF_JOBS", "BRIEF_TIMEOUT"):
        assert name in help_text
    assert "--install-completion" in help_text and "--show-completion" in help_text


def test_environment_defaults_and_the_command_line_over_them(titled_path):
    env = {"BRIEF_FORMAT": "json", "BRIEF_METHOD": "lead", "BRIEF_LANGUAGE": "german"}
    data = json.loads(invoke(titled_path, env=env).stdout)
    assert (data["method"], data["language"]) == ("lead", "de")
    text = invoke(titled_path, "-f", "text", "-m", "brief", env=env)
    assert text.stdout.startswith("Harbour bridge reopens after repairs\n")
    bad = invoke(titled_path, env={"BRIEF_FORMAT": "yaml"})
    assert bad.exit_code == 2 and "unknown format 'yaml'" in bad.stderr


def test_quiet_and_verbose(tmp_path, titled_path):
    out = tmp_path / "out"
    assert invoke(titled_path, "-o", out).exit_code == 0
    verbose = invoke(titled_path, "-o", out, "--verbose")
    assert verbose.exit_code == 0
    lines = verbose.stderr.splitlines()
    assert lines[0] == (f"brief: {titled_path}: skipped, its brief is up to date "
                        f"(--force rewrites it)")
    assert lines[1].startswith("briefed 0, failed 0, skipped 1 in ")
    quiet = invoke(tmp_path / "missing.txt", titled_path, "-q", "-f", "jsonl")
    assert quiet.exit_code == 1
    assert quiet.stderr == f"brief: error: {tmp_path / 'missing.txt'}: no such file\n"
    line = one_usage_line(invoke(titled_path, "-q", "-v"))
    assert "--quiet" in line and "--verbose" in line


def test_shell_completion_of_the_installed_command():
    command = Path(sys.executable).with_name("brief")
    if not command.exists():
        pytest.skip("the brief console script is not installed beside this Python")
    env = {**os.environ, "_BRIEF_COMPLETE": "complete_bash", "COMP_WORDS": "brief --for",
           "COMP_CWORD": "1"}
    result = subprocess.run([str(command)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "--format" in result.stdout.split()
