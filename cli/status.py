"""Exit codes, in one place."""
from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0            # every input briefed
    FAILED = 1        # at least one input failed; the others were briefed
    USAGE = 2         # bad arguments or options
    BROKEN_PIPE = 141  # stdout closed by the reader (128 + SIGPIPE), ended quietly
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
