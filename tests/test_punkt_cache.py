"""Punkt's models from the per-user cache (newsbrief.punkt_cache): same models, same splits,
and punkt's own model whenever the cache cannot be used."""
import json
import os
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import punkt
import pytest

from newsbrief import punkt_cache
from newsbrief.facts.ner_tables import SortedTable
from newsbrief.punkt_fast import FastPunktTokenizer
from newsbrief.text import _PUNKT_LANGUAGES

ENGLISH_FILE = punkt_cache.cache_file_name("english", punkt.__version__)
TRICKY = ("Mr. Smith met Dr. J. R. Jones at 5 p.m. on Jan. 3. They spoke. The U.S. Navy "
          "said no. 5 ships were there. Sen. Warren objected, e.g. to the rules... Then? "
          "Mrs. O'Neill-Smith, 45, said: \"Yes.\" He lives at No. 5 Downing St. in London.")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A new, empty cache folder (XDG_CACHE_HOME/newsbrief)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "newsbrief"


def assert_same_model(model, reference):
    for field in fields(reference):
        value = getattr(model, field.name)
        if field.name == "ortho_context":
            value = dict(value.items())
        assert value == getattr(reference, field.name), field.name


def test_first_load_is_punkts_own_and_writes_the_cache(cache):
    assert punkt_cache.load_model("english") is punkt.load_model("english")
    assert [path.name for path in cache.iterdir()] == [ENGLISH_FILE]


def test_the_cached_model_is_punkts(cache):
    punkt_cache.load_model("english")
    cached = punkt_cache.load_model("english")
    assert isinstance(cached.ortho_context, SortedTable)  # read from the cache file
    assert_same_model(cached, punkt.load_model("english"))
    reference = punkt.load_model("english")
    for word in ["the", "mr", "sadly", "denver", "##number##", "no-such-word", "", "zzzz"]:
        assert cached.ortho(word) == reference.ortho(word)
        assert cached.ortho_context.get(word, 0) == reference.ortho_context.get(word, 0)


@pytest.mark.parametrize("name", sorted(set(_PUNKT_LANGUAGES.values())))
def test_every_language_the_splitter_loads_is_cached_as_punkt_has_it(cache, name):
    punkt_cache.load_model(name)
    cached = punkt_cache.load_model(name)
    assert isinstance(cached.ortho_context, SortedTable), name
    assert_same_model(cached, punkt.load_model(name))


def test_the_splitter_splits_as_punkt_with_the_cached_model(cache):
    punkt_cache.load_model("english")
    cached = FastPunktTokenizer(punkt_cache.load_model("english"))
    reference = punkt.PunktSentenceTokenizer(punkt.load_model("english"))
    assert list(cached.span_tokenize(TRICKY)) == list(reference.span_tokenize(TRICKY))


def test_another_punkt_release_loads_its_own_model(cache, monkeypatch):
    punkt_cache.load_model("english")
    monkeypatch.setattr(punkt, "__version__", "9.9.9 dev/1")
    assert punkt_cache.load_model("english") is punkt.load_model("english")
    assert sorted(path.name for path in cache.iterdir()) == [
        ENGLISH_FILE, "punkt-english-9.9.9_dev_1.json"]


@pytest.mark.parametrize("change", ["punkt", "size", "crc32"])
def test_a_file_made_from_another_model_module_is_not_used(cache, change):
    punkt_cache.load_model("english")
    path = cache / ENGLISH_FILE
    table = json.loads(path.read_text(encoding="utf-8"))
    table["source"][change] = "other" if change == "punkt" else table["source"][change] + 1
    path.write_text(json.dumps(table), encoding="utf-8")
    assert punkt_cache.load_model("english") is punkt.load_model("english")
    assert isinstance(punkt_cache.load_model("english").ortho_context, SortedTable)  # rewritten


@pytest.mark.parametrize("damage", [
    lambda text: text[:len(text) // 2],  # cut short
    lambda text: "",
    lambda text: "[]",
    lambda text: text.replace('"format":1', '"format":2'),
    lambda text: text.replace('"flags":"', '"flags":"ff'),  # a flag more than words
    lambda text: text.replace('"flags":"', '"flags":"zz'),  # not hex
    lambda text: text.replace('"collocations":[[', '"collocations":[[1,'),
    lambda text: text.replace('"metadata":{', '"metadata":{"unknown":1,'),
])
def test_a_damaged_file_is_not_used_and_is_rewritten(cache, damage):
    punkt_cache.load_model("english")
    path = cache / ENGLISH_FILE
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert punkt_cache.load_model("english") is punkt.load_model("english")
    assert_same_model(punkt_cache.load_model("english"), punkt.load_model("english"))


def test_an_unwritable_cache_is_skipped_silently(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # newsbrief/ cannot be made in it
    assert punkt_cache.load_model("english") is punkt.load_model("english")
    assert punkt_cache.load_model("english") is punkt.load_model("english")
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_an_unwritable_cache_costs_no_serializing(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))

    def table(key, params):
        raise AssertionError("the table was made for a folder that cannot be written")

    monkeypatch.setattr(punkt_cache, "_table", table)
    assert punkt_cache.load_model("english") is punkt.load_model("english")


def test_a_failed_write_leaves_no_file(cache, monkeypatch):
    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr("os.replace", refuse)
    assert punkt_cache.load_model("english") is punkt.load_model("english")
    assert list(cache.iterdir()) == []  # the temporary file is gone too


def test_without_the_model_module_the_cache_is_not_used(cache, monkeypatch):
    monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    assert punkt_cache.load_model("english") is punkt.load_model("english")
    assert not cache.exists()


def test_the_folder_follows_xdg_then_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert punkt_cache.cache_folder() == tmp_path / "xdg" / "newsbrief"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for ignored in ("", "relative/path"):  # the XDG spec: only an absolute path counts
        monkeypatch.setenv("XDG_CACHE_HOME", ignored)
        assert punkt_cache.cache_folder() == tmp_path / "home" / ".cache" / "newsbrief"


def test_runs_with_and_without_a_writable_cache_brief_alike(tmp_path, wire_path):
    def brief(cache_home: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "newsbrief.cli", str(wire_path), "-f", "json"],
            env={**os.environ, "XDG_CACHE_HOME": str(cache_home)},
            capture_output=True, text=True, timeout=60)

    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    runs = [brief(tmp_path / "cache"), brief(tmp_path / "cache"), brief(blocker)]
    assert (tmp_path / "cache" / "newsbrief" / ENGLISH_FILE).exists()
    for run in runs:
        assert run.returncode == 0 and run.stderr == "", run.stderr
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout


@pytest.mark.parametrize("ortho", [{"two words": 4}, {"": 4}, {"word": 256}])
def test_a_model_the_table_cannot_hold_is_not_written(cache, ortho):
    key = {"punkt": punkt.__version__, "size": 1, "crc32": 1}
    punkt_cache._write(cache / ENGLISH_FILE, key, punkt.PunktParameters(ortho_context=ortho))
    assert list(cache.iterdir()) == []  # the folder is made, the temporary file removed
