"""Folders and batches: every input accounted for, in order, for any number of jobs."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief import Options
from newsbrief.batch import summarize_many
from newsbrief.cli.main import app
from newsbrief.walk import iter_inputs

from .conftest import TITLED_ARTICLE, WIRE_ARTICLE

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def archive(tmp_path):
    """A nested folder of articles with awkward entries, built fresh for each test."""
    root = tmp_path / "archive"
    (root / "2020" / "09").mkdir(parents=True)
    (root / "b folder é").mkdir()
    (root / "2020" / "09" / "wire.txt").write_text(WIRE_ARTICLE)
    (root / "2020" / "bridge.md").write_text(TITLED_ARTICLE)
    (root / "b folder é" / "ünïcode name.text").write_text(TITLED_ARTICLE.replace("Tuesday", "Friday"))
    (root / "a-empty.txt").write_text("")
    (root / "binary.txt").write_bytes(b"GIF89a\x00\x01\x02")
    (root / "notes.csv").write_text("not,an,article\n")
    (root / "image.png").write_bytes(b"\x89PNG")
    os.symlink(root, root / "2020" / "loop")  # a symlink loop back to the top
    os.symlink(root / "missing.txt", root / "dangling.txt")
    os.mkfifo(root / "pipe.txt")  # reading it would block: it must be skipped
    return root


EXPECTED = ["2020/09/wire.txt", "2020/bridge.md", "a-empty.txt", "b folder é/ünïcode name.text",
            "binary.txt", "dangling.txt"]


def test_walk_is_sorted_recursive_and_skips_loops_fifos_and_non_articles(archive):
    items = list(iter_inputs([str(archive)]))
    assert [i.relpath for i in items] == EXPECTED
    assert [i.error for i in items] == [None] * 5 + ["broken symbolic link"]


def test_glob_chooses_the_files(archive):
    items = list(iter_inputs([str(archive)], ("*.csv",)))
    assert [i.relpath for i in items] == ["notes.csv"]


def test_library_yields_one_result_per_input_in_order(archive):
    results = list(summarize_many(iter_inputs([str(archive)]), Options(facts=False)))
    assert [r.item.relpath for r in results] == EXPECTED
    assert [r.ok for r in results] == [True, True, False, True, False, False]
    assert results[2].error == "empty input (no text)"


def test_jsonl_one_line_per_input_and_exit_code(archive):
    result = invoke(archive, "-f", "jsonl", "--jobs", "1")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(archive / p) for p in EXPECTED]
    assert ["error" in line for line in lines] == [False, False, True, False, True, True]
    assert len(result.stderr.splitlines()) == 3
    assert all(line.startswith("brief: error: ") for line in result.stderr.splitlines())


def test_output_is_identical_for_any_number_of_jobs(archive):
    one = invoke(archive, "-f", "jsonl", "--jobs", "1")
    two = invoke(archive, "-f", "jsonl", "--jobs", "2")
    three = invoke(archive, "-f", "text", "--jobs", "3")
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    assert three.stdout == invoke(archive, "-f", "text", "--jobs", "1").stdout


def test_text_format_puts_the_source_above_each_brief(archive):
    result = invoke(archive, "-f", "text", "--jobs", "1")
    assert f"==> {archive / '2020/bridge.md'} <==" in result.stdout


def test_output_dir_mirrors_paths_atomically_and_resumes(archive, tmp_path):
    out = tmp_path / "briefs"
    first = invoke(archive, "-o", out, "--jobs", "2")
    assert first.exit_code == 1 and first.stdout == ""
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["2020/09/wire.txt.json", "2020/bridge.md.json",
                       "b folder é/ünïcode name.text.json"]
    data = json.loads((out / "2020" / "bridge.md.json").read_text())
    assert data["title"] == "Harbour bridge reopens after repairs"
    before = (out / "2020" / "bridge.md.json").stat().st_mtime_ns
    # A rerun skips briefs newer than their article; --force rewrites them.
    second = invoke(archive, "-o", out, "--jobs", "1")
    assert (out / "2020" / "bridge.md.json").stat().st_mtime_ns == before
    assert second.exit_code == 1  # the bad inputs still fail
    os.utime(archive / "2020" / "bridge.md", None)
    os.utime(out / "2020" / "bridge.md.json", (1, 1))
    invoke(archive, "-o", out, "--jobs", "1")
    assert (out / "2020" / "bridge.md.json").stat().st_mtime_ns != before
    invoke(archive, "-o", out, "--force", "-f", "markdown")
    assert (out / "2020" / "bridge.md.md").read_text().startswith("# Harbour bridge")


def test_output_dir_never_escapes(tmp_path):
    article = tmp_path / "in" / "story.txt"
    article.parent.mkdir()
    article.write_text(TITLED_ARTICLE)
    out = tmp_path / "out"
    result = invoke(f"{tmp_path}/in/../in/story.txt", "-o", out)
    assert result.exit_code == 0
    assert [p.name for p in out.iterdir()] == ["story.txt.json"]
    assert not (tmp_path / "story.txt.json").exists()


def _interrupt_after_open(real_open):
    def open_then_interrupt(*args, **kwargs):
        real_open(*args, **kwargs)  # the file now exists on disk
        raise KeyboardInterrupt
    return open_then_interrupt


def _interrupt_instead(real):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt  # after os.open made the file, before the stream exists
    return interrupted


@pytest.mark.parametrize("call, interrupting", [
    ("open", _interrupt_after_open),  # just after the temporary is created
    ("fdopen", _interrupt_instead),  # while it is opened for writing
])
def test_ctrl_c_while_the_temporary_is_made_leaves_no_file(tmp_path, monkeypatch, call,
                                                           interrupting):
    from newsbrief.cli.outdir import OutputDir
    from newsbrief.walk import BatchItem

    out = tmp_path / "out"
    outdir = OutputDir(str(out), "json", force=False)
    item = BatchItem(str(tmp_path / "story.txt"), "story.txt")
    monkeypatch.setattr(os, call, interrupting(getattr(os, call)))
    with pytest.raises(KeyboardInterrupt):
        outdir.write(item, "{}")
    monkeypatch.undo()
    assert list(out.iterdir()) == []  # neither a brief nor a stray temporary


def test_mixing_files_folders_and_stdin(archive, titled_path):
    result = runner.invoke(app, [str(titled_path), str(archive / "2020" / "09"), "-", "-f", "jsonl"],
                           input=WIRE_ARTICLE)
    assert result.exit_code == 0
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(titled_path), str(archive / "2020/09/wire.txt"), "-"]


def test_stdin_twice_is_a_usage_error():
    result = invoke("-", "-")
    assert result.exit_code == 2


def _without_root_file_access() -> list[str]:
    """A command prefix under which root, too, obeys file permissions."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: every file is readable")
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}"]


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX only")
def test_unreadable_file_is_a_failed_input(tmp_path):
    (tmp_path / "ok.txt").write_text(TITLED_ARTICLE)
    secret = tmp_path / "secret.txt"
    secret.write_text(TITLED_ARTICLE)
    secret.chmod(0o000)
    try:
        result = subprocess.run(
            [*_without_root_file_access(), sys.executable, "-m", "newsbrief.cli", str(tmp_path), "-f",
             "jsonl", "--no-facts"], capture_output=True, text=True, timeout=60,
            cwd=Path(__file__).resolve().parent.parent)
    finally:
        secret.chmod(0o644)
    assert result.returncode == 1, result.stderr
    assert result.stderr == f"brief: error: {secret}: permission denied\n"
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [("error" in line) for line in lines] == [False, True]


def test_two_inputs_with_one_output_path_never_lose_a_brief(tmp_path):
    first, second = tmp_path / "a" / "day", tmp_path / "b" / "day"
    for folder, text in ((first, TITLED_ARTICLE), (second, WIRE_ARTICLE)):
        folder.mkdir(parents=True)
        (folder / "story.txt").write_text(text)
    out = tmp_path / "out"
    result = invoke(first, second, "-o", out, "--jobs", "1")
    assert result.exit_code == 1
    assert result.stderr == (f"brief: error: {second / 'story.txt'}: its brief would overwrite "
                             f"the brief of {first / 'story.txt'} in the output folder\n")
    assert json.loads((out / "story.txt.json").read_text())["source"] == str(first / "story.txt")
    again = invoke(first, second, "-o", out, "--jobs", "1")  # the rerun skips the first only
    assert again.exit_code == 1 and "would overwrite" in again.stderr


class _ClosedPipe:
    """A stdout whose reader has gone: every write fails as a closed pipe does."""

    def write(self, text: str) -> int:
        raise BrokenPipeError

    def flush(self) -> None:
        raise BrokenPipeError

    def isatty(self) -> bool:
        return False


def test_a_closed_stdout_stops_the_workers_before_the_error_leaves(tmp_path):
    """The workers stop as the write fails, not at interpreter exit, where CPython 3.11's
    own exit hook races the pool's shutdown and can print a traceback."""
    import multiprocessing

    from newsbrief.cli.runner import RunSettings, run_batch
    from newsbrief.walk import ARTICLE_PATTERNS

    for n in range(20):
        (tmp_path / f"{n:02d}.txt").write_text(WIRE_ARTICLE, encoding="utf-8")
    settings = RunSettings(sources=(str(tmp_path),), options=Options(), fmt="jsonl", jobs=2,
                           patterns=ARTICLE_PATTERNS, max_bytes=10_000_000)
    try:
        run_batch(settings, _ClosedPipe(), sys.stderr)
    except BrokenPipeError:  # the traceback still holds the batch's frames here
        alive = [p for p in multiprocessing.active_children() if p.is_alive()]
    else:
        pytest.fail("a closed stdout must end the batch")
    assert alive == [], [(p.name, p.pid, p.exitcode) for p in alive]


def test_pool_tasks_keep_every_item_once_in_order_and_stdin_alone():
    from newsbrief.batch import _CHUNK, _chunks
    from newsbrief.loading import STDIN
    from newsbrief.walk import BatchItem

    items = [BatchItem(f"{i}.txt", f"{i}.txt") for i in range(200)]
    items.insert(50, BatchItem(STDIN, STDIN))
    chunks = list(_chunks(items, jobs=2))
    assert [item for chunk in chunks for item in chunk] == items
    assert [len(chunk) for chunk in chunks[:4]] == [1, 1, 1, 1]  # a short batch is shared
    assert max(map(len, chunks)) == _CHUNK
    assert all(len(chunk) == 1 for chunk in chunks if any(i.source == STDIN for i in chunk))


def test_pool_warm_up_brief_is_quiet_and_harmless(capsys):
    from newsbrief.batch import warm_up

    warm_up(Options())
    warm_up(Options(method="no-such-method"))  # a bad option fails the batch later, not here
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("fmt,jobs", [("jsonl", 2), ("text", 2), ("markdown", 1)])
def test_the_briefs_text_is_made_where_they_are_briefed(archive, monkeypatch, fmt, jobs):
    """The parent of a pool only writes text: the workers make it (render_brief), which
    costs the one process every result passes through much less than a Brief to unpickle
    and render. The text is what the parent made before, to the byte."""
    from newsbrief.cli import runner as cli_runner

    before = invoke(archive, "-f", fmt, "--jobs", jobs)

    def refuse(brief):
        raise AssertionError("the parent rendered a brief")

    monkeypatch.setattr(cli_runner, "brief_to_dict", refuse)  # the workers' copy is elsewhere
    after = invoke(archive, "-f", fmt, "--jobs", jobs)
    assert (after.exit_code, after.stdout, after.stderr) == (1, before.stdout, before.stderr)


def _sentences_line(brief, item):
    """A render for the pool (a module's function: it is pickled by name)."""
    return f"{item.relpath}: {len(brief.summary)}\n"


def test_rendered_results_hold_text_not_the_brief(archive):
    from newsbrief.batch import BatchResult

    results = list(summarize_many(iter_inputs([str(archive)]), Options(facts=False), jobs=2,
                                  render=_sentences_line))
    assert [r.item.relpath for r in results] == EXPECTED
    assert [r.ok for r in results] == [True, True, False, True, False, False]
    assert all(r.brief is None for r in results)
    assert [r.text for r in results if r.ok] == [f"{p}: 3\n" for p in
                                                 ("2020/09/wire.txt", "2020/bridge.md",
                                                  "b folder é/ünïcode name.text")]
    assert BatchResult(results[0].item, text="x").ok


def test_a_failing_render_costs_one_input(archive):
    def render(brief, item):
        if item.relpath.endswith("bridge.md"):
            raise KeyError("boom")
        return "fine\n"

    results = list(summarize_many(iter_inputs([str(archive)]), Options(facts=False),
                                  render=render))
    assert [r.text for r in results] == ["fine\n", None, None, "fine\n", None, None]
    assert results[1].error == "internal error: KeyError: 'boom'" and results[1].trace


def test_pool_tasks_shrink_at_the_end_so_workers_finish_together():
    """Long runs at the end of a batch would leave a worker idle while another briefs its
    last run of up to _CHUNK articles: the last runs are a share of what is left, down to
    single items."""
    from newsbrief.batch import _CHUNK, _chunks
    from newsbrief.walk import BatchItem

    items = [BatchItem(f"{i}.txt", f"{i}.txt") for i in range(200)]
    sizes = [len(chunk) for chunk in _chunks(iter(items), jobs=2)]
    assert sum(sizes) == 200 and max(sizes) == _CHUNK
    assert sizes[-4:] == [1, 1, 1, 1]  # one item for each of 2 * jobs tasks
    last_long = max(i for i, size in enumerate(sizes) if size == _CHUNK)
    tail = sizes[last_long:]
    assert tail == sorted(tail, reverse=True)  # never longer again once shrinking
