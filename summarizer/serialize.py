"""The JSON form of a Brief (schema_version 1), documented in the README."""
from __future__ import annotations

import json
from typing import Any

from newsbrief.records import Brief, Entity

SCHEMA_VERSION = 1


def _entity(entity: Entity) -> dict[str, Any]:
    return {"name": entity.name, "mentions": entity.mentions, "aliases": list(entity.aliases)}


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    facts = brief.facts
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "source": brief.source,
        "title": brief.title,
        "authors": list(brief.authors),
        "date": brief.date,
        "language": brief.language,
        "method": brief.method,
        "summary": [{"text": s.text, "index": s.index} for s in brief.summary],
        "facts": {
            "headline": facts.headline,
            "people": [_entity(e) for e in facts.people],
            "organizations": [_entity(e) for e in facts.organizations],
            "places": [_entity(e) for e in facts.places],
            "numbers": [{"text": n.text, "context": n.context, "kind": n.kind}
                        for n in facts.numbers],
            "dates": [{"text": d.text, "value": d.value} for d in facts.dates],
            "quotes": [{"text": q.text, "speaker": q.speaker} for q in facts.quotes],
        },
        "stats": {"words": brief.stats.words, "sentences": brief.stats.sentences},
    }
    if brief.site is not None:
        data["site"] = brief.site
    if brief.url is not None:
        data["url"] = brief.url
    return data


def error_to_dict(source: str, message: str, ident: str | None = None) -> dict[str, Any]:
    """An error record; a corpus record's carries its ``id`` too."""
    if ident is None:
        return {"schema_version": SCHEMA_VERSION, "source": source, "error": message}
    return {"schema_version": SCHEMA_VERSION, "source": source, "id": ident, "error": message}


def dumps(data: dict[str, Any]) -> str:
    """One compact JSON line; non-ASCII kept as is, keys in schema order."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
