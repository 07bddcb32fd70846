"""Article text is data: strip what could drive a terminal before printing or writing it."""
from __future__ import annotations

from newsbrief.precompiled import regex

# ESC-introduced sequences (CSI, OSC with BEL or ST terminator, other two-byte
# escapes), then lone C0/C1 controls except tab and newline, DEL, and the
# Unicode bidi embedding/override/isolate marks that can reorder what is shown.
_ESCAPES = regex(
    r"\x1b\[[0-?]{0,64}[ -/]{0,16}[@-~]"      # CSI
    r"|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?"  # OSC (title, hyperlinks)
    r"|\x1b[PX^_][^\x1b]{0,4096}(?:\x1b\\)?"    # DCS, SOS, PM, APC
    r"|\x1b[ -/]{0,4}[0-~]?"                   # other escapes, or a lone ESC
    r"|\x9b[0-?]{0,64}[ -/]{0,16}[@-~]"        # 8-bit CSI
    r"|\x9d[^\x07\x9c]{0,4096}[\x07\x9c]?"      # 8-bit OSC
)
_CONTROLS = regex("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def clean(text: str) -> str:
    """``text`` without terminal escape sequences, control characters or bidi overrides."""
    if text.isprintable():  # no control, format (bidi) or line-break character: the usual case
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def clean_data(value):
    """``clean`` applied to every string inside a JSON-like value."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [clean_data(v) for v in value]
    if isinstance(value, dict):
        return {k: clean_data(v) for k, v in value.items()}
    return value
