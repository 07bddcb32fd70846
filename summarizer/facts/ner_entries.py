"""The tagger's entries of common words, made when the model was built.

A process meets every word of its first article for the first time, and making a word's
entry (``ner_scores.WordTable._make``: its features' weights summed in each role, and how
far O leads in each) costs ~120 k instructions: ~40 M of a cold ``brief article.txt``, as
much as the rest of the brief. Most of an article's words are common ones, so
``tools/build_ner_entries.py`` makes the summed rows and O's leads of the most common word
forms of news once and writes them to ``summarizer/data/ner-entries.bin``; a process reads
a word's from there, a few slices of bytes, instead of making them.

The file records which model it was made from (model_key), and is used only with that
model: a model trained again without the table rebuilt is still read right, only slower
(and a test says to rebuild). The entries are the same integers ``_make`` makes (a test
compares every one).

The file: one ASCII line of JSON (the model's key, the number of words, the bytes of the
word list and of the shapes' list, the number of tags), the words in UTF-8 joined by
newlines, the distinct word_shapes of the words the same way, then per word, in that
order, its ROLES summed rows (relative, see ner_scores; the own row with LIFT added) as
signed little-endian integers of 8 bytes per tag, its ROLES leads as signed 8-byte
integers, and the number of its shape in the list as an unsigned 2-byte integer.
"""
from __future__ import annotations

import json
import os
import struct
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsbrief.facts.ner_tables import mapped

if TYPE_CHECKING:
    import mmap

ENTRIES_FILE = "ner-entries.bin"
ROLE_COUNT = 5  # ner_features.ROLES
Rows = tuple[tuple[int, ...], tuple[int, ...]]  # (summed rows, O's leads), per role
Entry = tuple[tuple[int, ...], tuple[int, ...], str]  # Rows, then the word's shape


def model_key(model_json: bytes, weights: bytes | mmap.mmap) -> tuple[int, int]:
    """What ties the entries to a model: the CRC-32 of its ner.json (zlib is loaded at
    start anyway; see ranker_trees) and the length of its weights file.

    tools/train_ner.py writes the two files together, and ner.json changes with every
    training (its transitions, its features' list, the versions it records); the weights'
    1.8 MB would cost a cold start ~0.5 ms more to check byte by byte. A test compares
    every shipped entry with the one the model makes.
    """
    return zlib.crc32(model_json), len(weights)


def encode(words: Sequence[str], rows: Sequence[Rows], shapes: Sequence[str],
           key: Sequence[int], tags: int) -> bytes:
    """The file's bytes for ``words``, their (rows, leads) and their shapes."""
    kinds = sorted(set(shapes))
    number = {shape: i for i, shape in enumerate(kinds)}
    listed = "\n".join(words).encode("utf-8")
    shaped = "\n".join(kinds).encode("utf-8")
    head = json.dumps({"model": list(key), "words": len(words), "list": len(listed),
                       "shapes": len(shaped), "tags": tags}).encode("ascii") + b"\n"
    width = 8 * tags
    leads = struct.Struct(f"<{ROLE_COUNT}qH")
    body = bytearray()
    for (summed, lead), shape in zip(rows, shapes, strict=True):
        for row in summed:
            body += row.to_bytes(width, "little", signed=True)
        body += leads.pack(*lead, number[shape])
    return head + listed + shaped + bytes(body)


class Entries:
    """Word -> its (summed rows, O's leads, shape), read from the file's bytes when asked."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        end = data.find(b"\n")
        if end < 0:
            raise ValueError(f"{ENTRIES_FILE}: no header line")
        head = json.loads(data[:end])
        self.model = tuple(head["model"])
        self.tags = head["tags"]
        start = end + 1
        words = data[start:start + head["list"]].decode("utf-8").split("\n")
        start += head["list"]
        self._shapes = data[start:start + head["shapes"]].decode("utf-8").split("\n")
        if len(words) != head["words"]:
            raise ValueError(f"{ENTRIES_FILE}: {len(words)} words, the header says "
                             f"{head['words']}")
        self._index = dict(zip(words, range(len(words)), strict=True))
        self._data = data
        self._width = 8 * self.tags
        self._size = ROLE_COUNT * (self._width + 8) + 2
        self._start = start + head["shapes"]
        self._leads = struct.Struct(f"<{ROLE_COUNT}qH").unpack_from
        if len(data) != self._start + len(words) * self._size:
            raise ValueError(f"{ENTRIES_FILE}: {len(data)} bytes, not what its header says")

    def __len__(self) -> int:
        return len(self._index)

    def words(self) -> list[str]:
        return list(self._index)

    def get(self, word: str) -> Entry | None:
        """The rows, leads and shape of ``word``, or None if the file lacks it."""
        at = self._index.get(word)
        if at is None:
            return None
        data, width = self._data, self._width
        start = self._start + at * self._size
        from_bytes = int.from_bytes
        rows = (from_bytes(data[start:start + width], "little", signed=True),
                from_bytes(data[start + width:start + 2 * width], "little", signed=True),
                from_bytes(data[start + 2 * width:start + 3 * width], "little", signed=True),
                from_bytes(data[start + 3 * width:start + 4 * width], "little", signed=True),
                from_bytes(data[start + 4 * width:start + 5 * width], "little", signed=True))
        *leads, shape = self._leads(data, start + 5 * width)
        return rows, tuple(leads), self._shapes[shape]


def load(folder: str, model_files: tuple[bytes, bytes | mmap.mmap], tags: int) -> Entries | None:
    """The shipped entries, or None when there are none, they cannot be read, or they were
    made from other model files than ``model_files`` (ner.json's and the weights' bytes)."""
    try:
        entries = Entries(mapped(os.path.join(folder, ENTRIES_FILE)))
    except (OSError, ValueError, KeyError):  # none, or not one this code wrote: make them all
        return None
    if entries.tags != tags or entries.model != model_key(*model_files):
        return None
    return entries
