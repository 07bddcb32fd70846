"""Reading an input (a path or stdin) into clean text."""
from __future__ import annotations

import codecs
import os
import stat
import sys
from typing import BinaryIO

from newsbrief.errors import InputError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
STDIN = "-"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_source(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                stdin: BinaryIO | None = None) -> bytes:
    """Return the raw bytes of a path, or of stdin for ``-``, refusing what is too big."""
    if source == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return _read_capped(stream, source, max_bytes)
    try:
        info = os.stat(source)
    except OSError as exc:
        raise _input_error(source, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(source, "is a directory")
    if not stat.S_ISREG(info.st_mode) and not stat.S_ISFIFO(info.st_mode):
        raise InputError(source, "not a regular file")
    if info.st_size > max_bytes:
        raise InputError(source, too_big(max_bytes))
    try:
        with open(source, "rb") as handle:
            return _read_capped(handle, source, max_bytes)
    except OSError as exc:
        raise _input_error(source, exc) from None


def _input_error(source: str, error: OSError) -> InputError:
    """The one-line reason for an OS error on an input."""
    for kind, reason in ((FileNotFoundError, "no such file"),
                         (PermissionError, "permission denied"),
                         (IsADirectoryError, "is a directory")):
        if isinstance(error, kind):
            return InputError(source, reason)
    return InputError(source, error.strerror or "cannot read")


def _read_capped(stream: BinaryIO, source: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(source, too_big(max_bytes))
    return data


def too_big(max_bytes: int) -> str:
    return f"larger than the limit of {max_bytes:,} bytes (see --max-bytes)"


def decode(data: bytes, source: str) -> str:
    """Decode bytes to text: a BOM wins, then UTF-8, then a detected encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return normalise_text(data.decode(encoding, errors="replace"), source)
    if b"\x00" in data:
        raise InputError(source, "binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _decode_not_utf8(data, exc)
    return normalise_text(text, source)


def _decode_not_utf8(data: bytes, error: UnicodeDecodeError) -> str:
    # Mostly valid UTF-8 with a few bad bytes is UTF-8 with damage, not another
    # encoding: decode with replacement rather than guess a legacy code page.
    bad = _count_invalid_utf8(data)
    if bad * 50 < len(data) and _has_valid_multibyte(data):
        return data.decode("utf-8", errors="replace")
    from charset_normalizer import from_bytes  # only for non-UTF-8 input

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    return data.decode("cp1252", errors="replace")


def _count_invalid_utf8(data: bytes) -> int:
    return data.decode("utf-8", errors="replace").count("\ufffd")


def _has_valid_multibyte(data: bytes) -> bool:
    text = data.decode("utf-8", errors="ignore")
    return any(ord(ch) > 0x7F for ch in text)


def normalise_text(text: str, source: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise InputError(source, "binary file (contains NUL bytes)")
    if not text.strip():
        raise InputError(source, "empty input (no text)")
    return text
