"""Key facts beyond English, end to end (summarizer/facts/multilingual.py)."""
from __future__ import annotations

import pytest

from newsbrief import Options, summarize_text

from .conftest import WIRE_ARTICLE
from .multilingual_texts import ARTICLES


def _facts(text: str, language: str | None = None):
    return summarize_text(text, Options(language=language)).facts


def _dates(facts) -> set[tuple[str, str | None]]:
    return {(d.text, d.value) for d in facts.dates}


@pytest.mark.parametrize(("language", "date"), [
    ("de", ("20. September 2020", "2020-09-20")),
    ("fr", ("20 septembre 2020", "2020-09-20")),
    ("zh", ("2020年9月20日", "2020-09-20")),
    ("ja", ("2020年9月20日", "2020-09-20")),
])
def test_dates_in_the_language(language, date):
    assert date in _dates(_facts(ARTICLES[language]))


@pytest.mark.parametrize(("language", "quoted"), [
    ("de", "Das Bad gehört allen Bürgern der Stadt."),
    ("fr", "Nous voulons que chacun puisse prendre le train sans voiture"),
    ("es", "Es una inversión para nuestros hijos"),
    ("it", "Vogliamo restituire le piazze ai cittadini"),
    ("ru", "Это важный шаг для всего города"),
    ("zh", "这座公园将属于每一位市民。"),
    ("ja", "子どもから高齢者まで、誰もが集まれる場所にしたい。"),
])
def test_quotes_in_the_language_marks(language, quoted):
    quotes = _facts(ARTICLES[language]).quotes
    assert quoted in [q.text for q in quotes]
    # (speakers: tests/test_speakers_i18n.py and test_multilingual.py)


@pytest.mark.parametrize("language", ["de", "fr", "zh", "ja"])
def test_date_digits_are_not_counts(language):
    numbers = _facts(ARTICLES[language]).numbers
    assert not any(n.text in {"20", "9", "2020"} for n in numbers)


def test_percentages_in_the_language():
    facts = _facts("Die Preise stiegen im August um 12,5 Prozent, teilte das Amt mit. "
                   "Im Juli waren es noch 3 %.", "de")
    assert {n.text for n in facts.numbers if n.kind == "percent"} == {"12,5 Prozent", "3 %"}
    zh = _facts("该公司表示，第三季度利润增长了百分之十二。股价上涨15％。", "zh")
    assert {n.text for n in zh.numbers if n.kind == "percent"} == {"百分之十二", "15％"}


def test_entities_are_not_extracted_off_english():
    facts = _facts(ARTICLES["de"])
    assert (facts.people, facts.organizations, facts.places) == ((), (), ())


def test_chinese_headline_is_a_short_line():
    headline = _facts(ARTICLES["zh"]).headline
    assert headline and headline.startswith("市政府周三宣布") and len(headline) <= 61


def test_english_facts_are_unchanged():
    facts = _facts(WIRE_ARTICLE)
    assert any(p.name == "Wilbur Ross" for p in facts.people)
    assert any(q.speaker == "Wilbur Ross" for q in facts.quotes)
