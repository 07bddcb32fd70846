"""Writing a file whole or not at all: a temporary name beside it, then a rename."""
from __future__ import annotations

import os
from pathlib import Path


def temporary_beside(target: Path) -> Path:
    """A fresh hidden name in the target's folder (a rename never crosses file systems)."""
    return target.parent / f".brief-{os.urandom(6).hex()}.tmp"


def write_atomic(target: Path, text: str, pending: set[str] | None = None) -> Path:
    """Write ``text`` to ``target`` through a temporary file and a rename.

    The temporary's name is chosen before the file exists and put in ``pending`` (the command
    line's set of files to remove on a forced exit), so a Ctrl-C that lands just after it is
    created still finds it to remove (with tempfile.mkstemp the name is only known once the
    call returns, and an interrupt inside it left a stray file).
    """
    with AtomicFile(target, pending) as stream:
        stream.write(text)
    return target


class AtomicFile:
    """A text file written under a temporary name: ``commit`` renames it to ``target``,
    ``discard`` removes it; as a context manager, commit on a clean exit, else discard. So
    ``target`` is never half-written."""

    def __init__(self, target: Path, pending: set[str] | None = None) -> None:
        self.target = Path(target)
        self.pending = pending if pending is not None else set()
        self.temporary = temporary_beside(self.target)
        self._stream = None

    def open(self):
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.pending.add(str(self.temporary))
        try:
            # A new file (never an existing one), with the mode any tool's output gets: 0o666
            # less the user's umask (0o644 with the usual 022), not mkstemp's private 0o600.
            handle = os.open(self.temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            self.pending.discard(str(self.temporary))
            raise  # the name was taken (48 random bits): not our file to remove
        except BaseException:
            self.discard()  # an interrupt can land after the file was made
            raise
        try:
            self._stream = os.fdopen(handle, "w", encoding="utf-8")
        except BaseException:
            # an interrupt inside fdopen, before the with block owns the file: remove it
            # (the handle is left to the stream being collected, or to the exit)
            self.discard()
            raise
        return self._stream

    def commit(self) -> None:
        try:
            if self._stream is not None:  # (commit comes after open)
                self._stream.close()
            os.replace(self.temporary, self.target)
        except BaseException:
            self.discard()
            raise
        self.pending.discard(str(self.temporary))

    def discard(self) -> None:
        try:
            if self._stream is not None:
                self._stream.close()
        except OSError:
            pass
        try:
            os.unlink(self.temporary)
        except OSError:
            pass
        self.pending.discard(str(self.temporary))

    def __enter__(self):
        return self.open()

    def __exit__(self, kind, value, trace) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()


def replace_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file and a rename. A process that has
    the old ``target`` mapped (the model's files, see facts.ner_tables.mapped) goes on reading
    the old file; written in place, its pages would change, or vanish, under the mapping."""
    temporary = temporary_beside(target)
    try:
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
