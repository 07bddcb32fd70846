"""newsbrief: extractive news briefs and key facts, offline (the library behind ``brief``).

The public names below load on first use (PEP 562), so ``import newsbrief.cli`` costs nothing
before the command has started: the command turns the garbage collector off first (see
``newsbrief.cli.run``), then loads the stages.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# public name -> the module that defines it
_PUBLIC = {
    "__version__": "version",
    "BriefError": "errors", "InputError": "errors", "UnknownMethodError": "errors",
    "DEFAULT_METHOD": "methods", "METHODS": "methods",
    "load_article": "articles", "summarize": "pipeline", "summarize_article": "pipeline",
    "summarize_text": "pipeline",
    "Article": "records", "Brief": "records", "DateFact": "records", "Document": "records",
    "Entity": "records", "Facts": "records", "NumberFact": "records", "Options": "records",
    "Quote": "records", "Sentence": "records", "Stats": "records",
    "SCHEMA_VERSION": "serialize", "brief_to_dict": "serialize",
}

__all__ = [
    "Article", "Brief", "BriefError", "DEFAULT_METHOD", "DateFact", "Document", "Entity",
    "Facts", "InputError", "METHODS", "NumberFact", "Options", "Quote", "SCHEMA_VERSION",
    "Sentence", "Stats", "UnknownMethodError", "brief_to_dict",
    "load_article", "summarize", "summarize_article", "summarize_text",
]
# (__version__ loads on first use too, from newsbrief.version)

if TYPE_CHECKING:
    from newsbrief.articles import load_article
    from newsbrief.errors import BriefError, InputError, UnknownMethodError
    from newsbrief.methods import DEFAULT_METHOD, METHODS
    from newsbrief.pipeline import summarize, summarize_article, summarize_text
    from newsbrief.records import (
        Article,
        Brief,
        DateFact,
        Document,
        Entity,
        Facts,
        NumberFact,
        Options,
        Quote,
        Sentence,
        Stats,
    )
    from newsbrief.serialize import SCHEMA_VERSION, brief_to_dict


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_PUBLIC])
