"""Key facts: entities, numbers, dates, quotes and a one-line headline."""
from __future__ import annotations

from newsbrief.languages import facts_supported
from newsbrief.records import Document, Facts


def extract_facts(document: Document) -> Facts:
    """Every fact stage, run on one sentence-split article."""
    # Entities and speakers only where they are done well (English); elsewhere the
    # language-neutral kinds, in the language's own conventions.
    if "people" not in facts_supported(document.article.language):
        from newsbrief.facts.multilingual import extract_facts_other

        return extract_facts_other(document)
    from newsbrief.facts.dates import extract_dates
    from newsbrief.facts.entities import extract_entities
    from newsbrief.facts.headline import headline
    from newsbrief.facts.numbers import extract_numbers
    from newsbrief.facts.quotes import extract_quotes

    people, organizations, places = extract_entities(document)
    return Facts(
        headline=headline(document),
        people=people,
        organizations=organizations,
        places=places,
        numbers=extract_numbers(document),
        dates=extract_dates(document),
        quotes=extract_quotes(document, people, organizations, places),  # canonical speakers
    )
