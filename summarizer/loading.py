"""Reading an input (a path or stdin) into clean text."""
from __future__ import annotations

import codecs
import os
import stat
import sys
from typing import BinaryIO

from newsbrief.errors import InputError
from newsbrief.precompiled import regex

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
STDIN = "-"
_GZIP_MAGIC = b"\x1f\x8b"

# Terminal escape sequences: CSI, OSC with its BEL or ST terminator, DCS/SOS/PM/APC, other
# ESC-introduced escapes (or a lone ESC), and their 8-bit forms. The output cleaner
# (newsbrief.cli.safety) removes them too; here they go before analysis, so that
# "\x1b[0m" never reaches the number extractor as the number "0m".
ESCAPE_SEQUENCES = regex(
    r"\x1b\[[0-?]{0,64}[ -/]{0,16}[@-~]"      # CSI
    r"|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?"  # OSC (title, hyperlinks)
    r"|\x1b[PX^_][^\x1b]{0,4096}(?:\x1b\\)?"    # DCS, SOS, PM, APC
    r"|\x1b[ -/]{0,4}[0-~]?"                   # other escapes, or a lone ESC
    r"|\x9b[0-?]{0,64}[ -/]{0,16}[@-~]"        # 8-bit CSI
    r"|\x9d[^\x07\x9c]{0,4096}[\x07\x9c]?"      # 8-bit OSC
)
# Lone C0/C1 controls except tab and newline, DEL, and the Unicode bidi embedding/override/
# isolate marks that can reorder what a terminal shows (the output cleaner removes them all).
TERMINAL_CONTROLS = regex(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# Of those, what goes before analysis: the controls that are not whitespace (BEL, backspace,
# DEL, ...). Whitespace controls (vertical tab, form feed, the separators 0x1c-0x1f, NEL) stay,
# as removing them would join the words on either side; bidi marks are text.
_NON_SPACE_CONTROLS = dict.fromkeys(
    [*range(0x01, 0x09), *range(0x0e, 0x1c), *range(0x7f, 0x85), *range(0x86, 0xa0)])

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_source(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                stdin: BinaryIO | None = None) -> bytes:
    """Return the bytes of a path, or of stdin for ``-``, refusing what is too big; a gzip
    file (``article.txt.gz``) is decompressed, as zcat would."""
    return _gunzipped(_read_raw(source, max_bytes, stdin), source, max_bytes)


def _read_raw(source: str, max_bytes: int, stdin: BinaryIO | None) -> bytes:
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
    # A regular file is read at its size: asked for the whole cap, CPython's read() makes a
    # buffer of the cap (50 MB) for each file and shrinks it, ~25 us of an article's time.
    size = min(info.st_size, max_bytes) if stat.S_ISREG(info.st_mode) else None
    try:
        with open(source, "rb") as handle:
            return _read_capped(handle, source, max_bytes, size)
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


def _read_capped(stream: BinaryIO, source: str, max_bytes: int,
                 size: int | None = None) -> bytes:
    """The stream's bytes, refused past ``max_bytes``; ``size``, the bytes it is expected to
    hold (a file's size, read first; a file that has grown since, or that tells no size, as
    /proc's, is read on to the cap)."""
    data = stream.read((max_bytes if size is None else size) + 1)
    if size is not None and len(data) > size:
        data += stream.read(max_bytes + 1 - len(data))
    if len(data) > max_bytes:
        raise InputError(source, too_big(max_bytes))
    return data


def _gunzipped(data: bytes, source: str, max_bytes: int) -> bytes:
    if not data.startswith(_GZIP_MAGIC):
        return data
    import zlib

    # Bounded inflation, as for a gzip web page: a small gzip bomb cannot grow past the cap.
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        text = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        raise InputError(source, "damaged gzip file (cannot decompress it)") from None
    if len(text) > max_bytes:
        raise InputError(source, too_big(max_bytes) + " once decompressed")
    if not inflater.eof:
        raise InputError(source, "damaged gzip file (it ends too soon)")
    return text


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
    except UnicodeDecodeError:
        text = _decode_not_utf8(data)
    return normalise_text(text, source)


def _decode_not_utf8(data: bytes) -> str:
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


def strip_control_sequences(text: str) -> str:
    """``text`` without terminal escape sequences and non-whitespace control characters."""
    if TERMINAL_CONTROLS.search(text) is None:  # the usual case: nothing to remove
        return text
    return ESCAPE_SEQUENCES.sub("", text).translate(_NON_SPACE_CONTROLS)


def normalise_text(text: str, source: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise InputError(source, "binary file (contains NUL bytes)")
    text = strip_control_sequences(text)
    if not text.strip():
        raise InputError(source, "empty input (no text)")
    return text
