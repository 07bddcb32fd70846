"""The installed command run as a real process: offline, terminals, pipes and signals."""
import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def brief(*args, env=None, **kwargs):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "cli", *map(str, args)], env=full_env,
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
            "from cli.main import run\nrun()\n")
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
        result = subprocess.run([sys.executable, "-m", "cli"], stdin=secondary,
                                capture_output=True, text=True, timeout=60)
    finally:
        os.close(primary)
        os.close(secondary)
    assert result.returncode == 2
    assert "no input" in result.stderr and "Traceback" not in result.stderr


def test_closed_stdout_ends_quietly(tmp_path, wire_path):
    paths = [wire_path] * 200
    proc = subprocess.Popen([sys.executable, "-m", "cli", *map(str, paths)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) in (0, 141)
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr


def test_ctrl_c_exits_130_without_traceback(wire_path):
    # stdin is a pipe that never closes, so brief waits on it until interrupted.
    proc = subprocess.Popen([sys.executable, "-m", "cli", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in stderr
