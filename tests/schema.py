"""The documented JSON schema (README, schema_version 1) as a validator for tests."""
from __future__ import annotations

from typing import Any

_FACT_ITEMS = {
    "people": {"name": str, "mentions": int, "aliases": list},
    "organizations": {"name": str, "mentions": int, "aliases": list},
    "places": {"name": str, "mentions": int, "aliases": list},
    "numbers": {"text": str, "context": str, "kind": str},
    "dates": {"text": str, "value": (str, type(None))},
    "quotes": {"text": str, "speaker": (str, type(None))},
}
_OPTIONAL = (str, type(None))


def _check(value: Any, kind, where: str) -> None:
    assert isinstance(value, kind) and not isinstance(value, bool), f"{where}: {value!r} is not {kind}"


def validate(data: dict[str, Any]) -> None:
    """Raise AssertionError unless ``data`` is a brief or an error record of schema 1."""
    assert data["schema_version"] == 1
    assert isinstance(data["source"], str)
    if "error" in data:
        assert set(data) == {"schema_version", "source", "error"}
        assert isinstance(data["error"], str) and data["error"]
        return
    required = {"schema_version", "source", "title", "authors", "date", "language", "method",
                "summary", "facts", "stats"}
    assert required <= set(data) <= required | {"site", "url"}, set(data) ^ required
    _check(data["title"], _OPTIONAL, "title")
    _check(data["date"], _OPTIONAL, "date")
    assert all(isinstance(a, str) for a in data["authors"])
    _check(data["language"], str, "language")
    _check(data["method"], str, "method")
    indexes = []
    for item in data["summary"]:
        assert set(item) == {"text", "index"}
        _check(item["text"], str, "summary.text")
        _check(item["index"], int, "summary.index")
        indexes.append(item["index"])
    assert indexes == sorted(set(indexes)), "summary not in article order"
    facts = data["facts"]
    assert set(facts) == {"headline", *_FACT_ITEMS}
    _check(facts["headline"], _OPTIONAL, "headline")
    for key, fields in _FACT_ITEMS.items():
        for item in facts[key]:
            assert set(item) == set(fields), (key, item)
            for field, kind in fields.items():
                _check(item[field], kind, f"{key}.{field}")
    assert set(data["stats"]) == {"words", "sentences"}
    assert all(isinstance(v, int) and v >= 0 for v in data["stats"].values())
