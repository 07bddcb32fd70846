"""Key facts: entities, numbers, dates, quotes and a one-line headline."""
from __future__ import annotations

from ..languages import facts_supported
from ..records import Document, Facts


def extract_facts(document: Document) -> Facts:
    """Every fact stage, run on one sentence-split article."""
    # Entities and speakers only where they are done well (English); elsewhere the
    # language-neutral kinds, in the language's own conventions.
    if "people" not in facts_supported(document.article.language):
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
