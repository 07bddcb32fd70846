"""What `pip install .` puts in place: one import root, newsbrief, and the `brief` command."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsbrief

# Packages of other projects that ship the generic top-level names brief's folders have.
_STRAYS = {
    "summarizer/__init__.py": "WHO = 'another summarizer'\n",
    "cli/__init__.py": "WHO = 'another cli'\nraise ImportError('not brief')\n",
    "cli.py": "raise ImportError('a stray cli.py')\n",
}


def _with_strays(tmp_path: Path) -> dict[str, str]:
    strays = tmp_path / "strays"
    for name, text in _STRAYS.items():
        (strays / name).parent.mkdir(parents=True, exist_ok=True)
        (strays / name).write_text(text, encoding="utf-8")
    return {**os.environ, "PYTHONPATH": str(strays)}


def test_brief_runs_beside_packages_named_summarizer_and_cli(tmp_path, wire_path):
    env = _with_strays(tmp_path)
    result = subprocess.run([sys.executable, "-m", "newsbrief.cli", str(wire_path), "-f", "json"],
                            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["summary"]) == 3
    # and the other package is still the one its own name imports
    probe = ("import summarizer, newsbrief, newsbrief.pipeline\n"
             "print(summarizer.WHO, newsbrief.summarize_text('A man walked. He sat.').stats.words)")
    result = subprocess.run([sys.executable, "-c", probe], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout) == (0, "another summarizer 5\n"), result.stderr


def test_the_public_names_load_on_first_use():
    for name in newsbrief.__all__:
        assert getattr(newsbrief, name) is not None
    with pytest.raises(AttributeError):
        newsbrief.no_such_name  # noqa: B018


def test_importing_the_command_line_has_no_side_effects():
    probe = ("import gc, sys\nimport newsbrief.cli\n"
             "print(gc.isenabled(), 'newsbrief.pipeline' in sys.modules, 'typer' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout == "True False False\n", result.stderr


def test_the_installed_brief_command_runs_from_outside_the_repository(tmp_path, wire_path):
    command = Path(sys.executable).parent / "brief"
    if not command.exists():
        pytest.skip(f"no installed brief command beside {sys.executable}")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run([str(command), str(wire_path), "-f", "json"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]
