"""brief: extractive news summaries and key facts, offline."""
from __future__ import annotations

from .errors import BriefError, InputError, UnknownMethodError
from .methods import DEFAULT_METHOD, METHODS
from .pipeline import load_article, summarize, summarize_article, summarize_text
from .records import (
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
from .serialize import SCHEMA_VERSION, brief_to_dict

__version__ = "0.1.0"

__all__ = [
    "Article", "Brief", "BriefError", "DEFAULT_METHOD", "DateFact", "Document", "Entity",
    "Facts", "InputError", "METHODS", "NumberFact", "Options", "Quote", "SCHEMA_VERSION",
    "Sentence", "Stats", "UnknownMethodError", "brief_to_dict",
    "load_article", "summarize", "summarize_article", "summarize_text",
]
