"""Key facts: entities, numbers, dates, quotes and a one-line headline."""
from __future__ import annotations

from ..records import Document, Facts


def extract_facts(document: Document) -> Facts:
    """Every fact stage, run on one sentence-split article."""
    if document.article.language != "en":
        from .multilingual import extract_facts_other

        return extract_facts_other(document)
    from .dates import extract_dates
    from .entities import extract_entities
    from .headline import headline
    from .numbers import extract_numbers
    from .quotes import extract_quotes

    people, organizations, places = extract_entities(document)
    return Facts(
        headline=headline(document),
        people=people,
        organizations=organizations,
        places=places,
        numbers=extract_numbers(document),
        dates=extract_dates(document),
        quotes=extract_quotes(document, people),  # speakers map to canonical person names
    )
