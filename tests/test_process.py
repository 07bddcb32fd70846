"""The installed package run as a real process: offline, terminals, pipes and signals.

Each test runs ``python -m newsbrief.cli``, the code the ``brief`` script calls, from the
package installed in this environment (the repository's top folder holds no ``newsbrief``
to shadow it); tests/test_packaging.py runs the ``brief`` script itself, from outside the
repository.
"""
import json
import os
import pty
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def brief(*args, env=None, **kwargs):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "newsbrief.cli", *map(str, args)], env=full_env,
                          capture_output=True, text=True, timeout=60, **kwargs)


def test_runs_offline_with_empty_nltk_data(tmp_path, wire_path):
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {"NLTK_DATA": str(empty), "HOME": str(tmp_path), "no_proxy": "*",
           "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}
    for method in ("brief", "lexrank", "lsa", "sumbasic"):
        result = brief(wire_path, "-f", "json", "--method", method, env=env)
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        assert len(json.loads(result.stdout)["summary"]) == 3
    assert list(empty.iterdir()) == []


@pytest.mark.slow
def test_no_pickle_and_no_network(wire_path):
    # Audit hooks see every unpickled global, every file opened and every socket.
    code = ("import sys\n"
            "def hook(event, args):\n"
            "    if event == 'pickle.find_class':\n"
            "        raise RuntimeError('pickle loaded')\n"
            "    if event == 'open' and str(args[0]).endswith(('.pickle', '.pkl')):\n"
            "        raise RuntimeError('pickle file opened')\n"
            "    if event in ('socket.connect', 'socket.getaddrinfo'):\n"
            "        raise RuntimeError('network used')\n"
            "sys.addaudithook(hook)\n"
            "sys.argv = ['brief'] + sys.argv[1:]\n"
            "from newsbrief.cli.main import run\nrun()\n")
    for method in ("brief", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic"):
        result = subprocess.run([sys.executable, "-c", code, str(wire_path), "-f", "json",
                                 "--method", method], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, (method, result.stderr)


def test_sample_article_in_the_repository():
    result = brief(ROOT / "examples" / "sample.txt", "-f", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["authors"] == ["Mara Lindqvist", "Tomas Okafor"]
    assert data["date"] == "2026-03-15"


def test_no_input_with_a_terminal_on_stdin_is_a_usage_error():
    primary, secondary = pty.openpty()
    try:
        result = subprocess.run([sys.executable, "-m", "newsbrief.cli"], stdin=secondary,
                                capture_output=True, text=True, timeout=60)
    finally:
        os.close(primary)
        os.close(secondary)
    assert result.returncode == 2
    assert "no input" in result.stderr and "Traceback" not in result.stderr


def test_closed_stdout_ends_quietly(tmp_path, wire_path):
    paths = [wire_path] * 200
    proc = subprocess.Popen([sys.executable, "-m", "newsbrief.cli", *map(str, paths)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) in (0, 141)
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr


# The console script run with os._exit watched (it says when it is called) and, on demand,
# an exit handler registered or a thread still running.
_WATCHED = ("import os, sys, threading, time\n"
            "real_exit = os._exit\n"
            "def watched_exit(status):\n"
            "    os.write(2, b'fast exit\\n')\n"
            "    real_exit(status)\n"
            "os._exit = watched_exit\n"
            "if sys.argv[1] == 'handler':\n"
            "    import atexit\n"
            "    atexit.register(lambda: os.write(2, b'handler ran\\n'))\n"
            "if sys.argv[1] == 'thread':\n"
            "    threading.Thread(target=lambda: (time.sleep(1), os.write(2, b'thread done\\n')))"
            ".start()\n"
            "sys.argv = ['brief'] + sys.argv[2:]\n"
            "from newsbrief.cli import run\n"
            "run()\n")


def _watched(*args):
    return subprocess.run([sys.executable, "-c", _WATCHED, *map(str, args)],
                          capture_output=True, text=True, timeout=60)


def test_one_article_ends_without_tearing_the_interpreter_down(tmp_path, wire_path):
    # Freeing every object at exit costs a one-article run ~4%: it ends with os._exit, the
    # brief written whole (stdout is a pipe here, block-buffered) and the status kept.
    done = _watched("none", wire_path, "-f", "json")
    assert done.returncode == 0 and done.stderr == "fast exit\n"
    assert json.loads(done.stdout)["summary"]
    failed = _watched("none", tmp_path / "missing.txt")
    assert failed.returncode == 1 and failed.stdout == ""
    assert failed.stderr.startswith("brief: error: ") and failed.stderr.endswith("\nfast exit\n")
    usage = _watched("none", wire_path, "--sentences", "0")
    assert usage.returncode == 2 and usage.stderr.endswith("fast exit\n")


def test_exit_handlers_and_other_threads_get_a_normal_exit(wire_path):
    for case, sign in (("handler", "handler ran\n"), ("thread", "thread done\n")):
        done = _watched(case, wire_path, "-f", "json")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["summary"]
        assert done.stderr == sign, case


def test_ctrl_c_exits_130_without_traceback(wire_path):
    # stdin is a pipe that never closes, so brief waits on it until interrupted.
    proc = subprocess.Popen([sys.executable, "-m", "newsbrief.cli", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in stderr


def test_ctrl_c_while_the_command_line_loads_exits_130_without_traceback():
    # the process interrupts itself as Typer starts to load, before brief's own code runs
    code = ("import os, signal, sys\n"
            "class Interrupt:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name == 'typer':\n"
            "            os.kill(os.getpid(), signal.SIGINT)\n"
            "sys.meta_path.insert(0, Interrupt())\n"
            "sys.argv = ['brief', '--version']\n"
            "import newsbrief.cli\n"
            "newsbrief.cli.run()\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert (result.returncode, result.stderr, result.stdout) == (130, "brief: interrupted\n", "")


_STUCK_CLEAN_UP = (
    "import multiprocessing, os, signal, sys, time\n"
    "from newsbrief.cli.interrupt import InterruptGuard\n"
    "if __name__ == '__main__':\n"
    "    worker = multiprocessing.get_context('fork').Process(target=time.sleep, args=(60,))\n"
    "    worker.start()\n"
    "    print(worker.pid, flush=True)\n"
    "    InterruptGuard(sys.stderr, grace=float(sys.argv[1])).install()\n"
    "    try:\n"
    "        os.kill(os.getpid(), signal.SIGINT)\n"
    "        time.sleep(60)\n"
    "    except KeyboardInterrupt:\n"
    "        if sys.argv[2] == 'again':\n"
    "            os.kill(os.getpid(), signal.SIGINT)\n"
    "        time.sleep(60)  # a clean-up that never ends\n")


def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    return "State:\tZ" in status  # killed, not yet reaped


def test_a_ctrl_c_whose_clean_up_hangs_still_ends_with_130():
    # The clean-up sleeps 60 s, as long as the run may take: only the 1 s grace ends it,
    # and only the grace says "did not stop in time".
    result = subprocess.run([sys.executable, "-c", _STUCK_CLEAN_UP, "1", "once"],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 130
    assert result.stderr == "brief: interrupted (did not stop in time)\n"
    time.sleep(0.5)
    assert _gone(int(result.stdout))  # the worker was killed, not left behind


def test_a_second_ctrl_c_ends_at_once():
    # Not the 50 s grace: that would say "did not stop in time", not "stopped".
    result = subprocess.run([sys.executable, "-c", _STUCK_CLEAN_UP, "50", "again"],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert (result.returncode, result.stderr) == (130, "brief: interrupted (stopped)\n")
    time.sleep(0.5)
    assert _gone(int(result.stdout))


_STUCK_WRITE = (
    "import os, signal, sys, time\n"
    "from newsbrief.cli.interrupt import InterruptGuard\n"
    "from newsbrief.cli.outdir import OutputDir\n"
    "from newsbrief.walk import BatchItem\n"
    "def stuck(source, target):  # the rename of a brief into place never ends\n"
    "    try:\n"
    "        os.kill(os.getpid(), signal.SIGINT)\n"
    "        time.sleep(60)\n"
    "    except KeyboardInterrupt:\n"
    "        time.sleep(60)\n"
    "os.replace = stuck\n"
    "InterruptGuard(sys.stderr, grace=1.0).install()\n"
    "OutputDir(sys.argv[1], 'json', False).write(BatchItem('a.txt', 'a.txt'), '{}')\n")


def test_a_forced_exit_leaves_no_temporary_file(tmp_path):
    """Even when the clean stop hangs inside a write, the forced exit removes the
    temporary file it was writing: nothing half-written, and no litter."""
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-c", _STUCK_WRITE, str(out)],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert (result.returncode, result.stderr) == (130, "brief: interrupted (did not stop in time)\n")
    assert out.is_dir() and list(out.iterdir()) == []


def _folder_of_copies(root: Path, count: int) -> Path:
    from .conftest import WIRE_ARTICLE

    folder = root / "many"
    folder.mkdir()
    for number in range(count):
        (folder / f"{number:04d}.txt").write_text(WIRE_ARTICLE * 3)
    return folder


def test_progress_bar_and_tally_only_on_a_terminal(tmp_path):
    folder = _folder_of_copies(tmp_path, 5)
    (folder / "empty.txt").write_text("")
    primary, secondary = pty.openpty()
    try:
        result = subprocess.run([sys.executable, "-m", "newsbrief.cli", str(folder), "-f", "jsonl", "-j", "2"],
                                stderr=secondary, stdout=subprocess.PIPE, text=True, timeout=60)
        os.close(secondary)
        seen = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(primary)
    text = seen.decode(errors="replace")
    assert result.returncode == 1
    assert "briefed 5, failed 1, skipped 0" in text and "articles/s" in text
    assert f"brief: error: {folder / 'empty.txt'}: empty input (no text)" in text
    assert len(result.stdout.splitlines()) == 6
    piped = subprocess.run([sys.executable, "-m", "newsbrief.cli", str(folder), "-f", "jsonl"],
                           capture_output=True, text=True, timeout=60)
    assert piped.stderr == f"brief: error: {folder / 'empty.txt'}: empty input (no text)\n"


def test_ctrl_c_stops_a_pooled_batch_cleanly(tmp_path):
    folder = _folder_of_copies(tmp_path, 400)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "newsbrief.cli", str(folder), "-o", str(out), "-j", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (out.exists() and any(out.iterdir())):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in stderr
    # one line says how far it got: the briefs written, of all the inputs
    said = re.fullmatch(rb"brief: interrupted: briefed (\d+) of 400; rerun to resume\n", stderr)
    assert said is not None, stderr
    files = list(out.iterdir())
    # a signal landing between a brief's rename and its count leaves one more file than said
    assert len(files) - 1 <= int(said.group(1)) <= len(files)
    assert all(f.name.endswith(".txt.json") for f in files)  # no temporary file left behind
    for f in files:
        json.loads(f.read_text())  # and none half-written
    assert len(files) < 400
