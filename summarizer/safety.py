"""Article text is data: strip what could drive a terminal before printing or writing it."""
from __future__ import annotations

from newsbrief.loading import ESCAPE_SEQUENCES, TERMINAL_CONTROLS

# Escape sequences (newsbrief.loading removes them before analysis too), then lone C0/C1
# controls except tab and newline, DEL, and the Unicode bidi embedding/override/isolate
# marks that can reorder what is shown.
_ESCAPES = ESCAPE_SEQUENCES
_CONTROLS = TERMINAL_CONTROLS


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
