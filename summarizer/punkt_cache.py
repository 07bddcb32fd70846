"""Punkt's models read from a per-user cache, without importing punkt's model modules.

punkt ships each model as a Python module of literals: importing English's
(punkt/data/english.py) unmarshals ~700 kB of bytecode and runs it to build a dict of 20,000
words, ~44 M instructions, 8% of a cold ``brief article.txt``. So the first run that loads a
model writes it, as punkt loaded it, into the user's cache folder (``cache_folder``):
``punkt-english-2.2.1.json``, the orthographic context as the sorted words joined by spaces
and their flags as hex (one byte a word). Later runs read that file into a SortedTable
(looked up by bisection, no dict built): ~13 M with the check that the file is current (the
first run, which writes it, pays ~50 M more than an import once).

The file is made on the user's machine from the punkt they installed; none is shipped, as the
models are punkt's data, not ours to copy. A file is used only with the punkt release and the
model module that wrote it (punkt's version, the module's size and CRC-32). A missing,
stale, unreadable or malformed file, or a folder that cannot be written, and the splitter
loads punkt's own model as before: slower, never different. Files are written whole or not at
all (a temporary name, then a rename), so parallel workers never read half of one, and they
are JSON: nothing in the cache is run.
"""
from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

FORMAT = 1  # of the cache files: a change of their layout takes the next number
WORD_SEP = " "  # no Punkt type holds a space (``_table`` checks)
_KEPT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.+-")


def load_model(name: str):
    """``punkt.load_model(name)``, from the user's cache when the installed punkt wrote it
    there; otherwise punkt's own, then written to the cache for the next run."""
    import punkt

    folder, key = cache_folder(), _source_key(name)
    if folder is None or key is None:
        return punkt.load_model(name)
    path = folder / cache_file_name(name, punkt.__version__)
    cached = _read(path, key)
    if cached is not None:
        return cached
    params = punkt.load_model(name)
    _write(path, key, params)
    return params


def cache_folder() -> Path | None:
    """``$XDG_CACHE_HOME/newsbrief``, else ``~/.cache/newsbrief``; None without a home."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(base):  # the XDG spec: a relative path is invalid and ignored
        return Path(base) / "newsbrief"
    try:
        return Path.home() / ".cache" / "newsbrief"
    except (RuntimeError, KeyError):  # no HOME and no password entry
        return None


def cache_file_name(name: str, version: str) -> str:
    """The cache file of a model of a punkt release: ``punkt-english-2.2.1.json``."""
    return f"punkt-{name}-{''.join(c if c in _KEPT else '_' for c in version)}.json"


def _source_key(name: str) -> dict | None:
    """What a cache file must have been made from: punkt's version and the size and CRC-32
    of the module the model is read from; None when that module cannot be found or read."""
    import importlib.util

    import punkt

    try:
        spec = importlib.util.find_spec(f"punkt.data.{name}")
        if spec is None or not spec.origin:
            return None
        with open(spec.origin, "rb") as module:
            source = module.read()
    except (ImportError, OSError, ValueError):
        return None
    return {"punkt": punkt.__version__, "size": len(source), "crc32": zlib.crc32(source)}


def _read(path: Path, key: dict):
    """The model in the cache file at ``path`` when it was made from ``key``, else None."""
    try:
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
        if data["format"] != FORMAT or data["source"] != key:
            return None
        return _params(data)
    except (OSError, ValueError, LookupError, TypeError, AttributeError):
        return None  # missing, unreadable or not a table of this format: punkt's own model


def _params(data: dict):
    """The ``punkt.PunktParameters`` of a table ``_table`` made."""
    import punkt

    from newsbrief.facts.ner_tables import SortedTable

    ortho = data["ortho_context"]
    words = ortho["words"].split(WORD_SEP) if ortho["words"] else []
    flags = bytes.fromhex(ortho["flags"])
    if len(words) != len(flags):
        raise ValueError("the orthographic context has not one flag byte a word")
    return punkt.PunktParameters(
        abbrev_types=set(data["abbrev_types"]),
        collocations={(first, second) for first, second in data["collocations"]},
        sent_starters=set(data["sent_starters"]),
        numeric_abbrev_types=set(data["numeric_abbrev_types"]),
        # a read-only mapping where punkt declares a dict: Punkt only reads it, through
        # PunktParameters.ortho (tests/test_punkt_cache.py splits with it as with the dict)
        ortho_context=SortedTable(words, flags),  # type: ignore[arg-type]
        metadata=punkt.ModelMetadata(**data["metadata"]),
    )


def _table(key: dict, params) -> dict | None:
    """The JSON form of a Punkt model (read back by ``_params``); None when this format
    cannot hold it (a word that is empty or holds WORD_SEP, a flag beyond a byte)."""
    from dataclasses import asdict

    words = sorted(params.ortho_context)
    flags = [params.ortho_context[word] for word in words]
    if any(not word or WORD_SEP in word for word in words) or not all(
            isinstance(flag, int) and 0 <= flag < 256 for flag in flags):
        return None
    return {
        "about": "a Punkt model as the installed punkt loads it, cached by newsbrief "
                 "(newsbrief/punkt_cache.py); safe to delete",
        "format": FORMAT,
        "source": key,
        "abbrev_types": sorted(params.abbrev_types),
        "collocations": sorted(params.collocations),
        "sent_starters": sorted(params.sent_starters),
        "numeric_abbrev_types": sorted(params.numeric_abbrev_types),
        "ortho_context": {"words": WORD_SEP.join(words), "flags": bytes(flags).hex()},
        "metadata": asdict(params.metadata),
    }


class _Unfit(Exception):
    """A model the table's format cannot hold."""


def _write(path: Path, key: dict, params) -> None:
    """Write the cache file of ``params``; silently nothing when it cannot be written. The
    temporary file is made first, so a folder that cannot be written costs no serializing."""
    from newsbrief.atomic import AtomicFile

    try:
        with AtomicFile(path) as stream:  # renamed to ``path`` on a clean exit, else removed
            table = _table(key, params)
            if table is None:
                raise _Unfit
            stream.write(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n")
    except (OSError, _Unfit):
        pass  # a read-only home, a full disk: the cache is never required
