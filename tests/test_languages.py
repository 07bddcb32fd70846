"""Per-language data for key facts: quotation marks, dates, numbers, supported kinds."""
from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.dates_i18n import date_spans, find_dates
from newsbrief.languages import (
    digits_pattern,
    facts_supported,
    find_quotes,
    percent_regex,
    quote_regex,
)

ANCHOR = dt.date(2020, 9, 1)


@pytest.mark.parametrize(("language", "text", "quoted"), [
    ("de", "Sie sagte: „Wir werden das Bad bald öffnen.“ Dann ging sie.",
     "Wir werden das Bad bald öffnen."),
    ("de", "Er meinte »Das ist eine gute Nachricht für alle«, und lachte.",
     "Das ist eine gute Nachricht für alle"),
    ("fr", "« Nous voulons des trains pour tous », a-t-elle dit.",
     "Nous voulons des trains pour tous"),
    ("pl", "Powiedział: „To jest ważny dzień dla miasta”.", "To jest ważny dzień dla miasta"),
    ("zh", "市长表示：「这座公园将属于每一位市民。」", "这座公园将属于每一位市民。"),
    ("ja", "市長は「誰もが集まれる場所にしたい。」と述べた。", "誰もが集まれる場所にしたい。"),
    ("en", "“We will appeal the ruling soon,” she said.", "We will appeal the ruling soon,"),
])
def test_quotes_in_the_language_marks(language, text, quoted):
    assert [body for _, _, body in find_quotes(text, language)] == [quoted]


def test_scare_quotes_are_not_quotations():
    assert find_quotes("Das sogenannte „Sparpaket“ kommt.", "de") == []
    assert find_quotes("他们称之为「奇迹」。", "zh") == []


def test_quote_regex_is_bounded():
    text = "„" + "Wort " * 5000  # never closed
    assert quote_regex("de").search(text) is None


@pytest.mark.parametrize(("language", "text", "value"), [
    ("de", "am 20. September 2020", "2020-09-20"),
    ("de", "am 3.10.2020", "2020-10-03"),
    ("fr", "le 20 septembre 2020", "2020-09-20"),
    ("fr", "le 1er mai", "2020-05-01"),
    ("es", "el 20 de septiembre de 2020", "2020-09-20"),
    ("pt", "em 20 de setembro de 2020", "2020-09-20"),
    ("it", "il 20 settembre 2020", "2020-09-20"),
    ("nl", "op 20 september 2020", "2020-09-20"),
    ("ru", "20 сентября 2020 года", "2020-09-20"),
    ("pl", "20 września 2020 r.", "2020-09-20"),
    ("zh", "于2020年9月20日开工", "2020-09-20"),
    ("zh", "预计2022年建成", "2022"),
    ("ja", "１２月５日に", "2020-12-05"),
    ("ko", "2020년 9월 20일", "2020-09-20"),
    ("sv", "2020-09-20", "2020-09-20"),
])
def test_dates_per_language(language, text, value):
    assert [v for _, _, _, v in find_dates(text, language, ANCHOR)] == [value]


def test_dates_without_anchor_or_year():
    assert find_dates("am 5. Mai", "de") == [(3, 9, "5. Mai", "--05-05")]
    assert find_dates("am 31. Februar 2020", "de")[0][3] is None
    assert date_spans("Seit dem 20. September 2020 gilt das.", "de") == [(9, 27)]


def test_numbers_and_percentages_per_language():
    import re

    assert re.findall(digits_pattern("de"), "2.000 Menschen, 12,5 Grad") == ["2.000", "12,5"]
    assert re.findall(digits_pattern("fr"), "2 000 personnes") == ["2 000"]
    assert re.findall(digits_pattern("en"), "2,000 people, 12.5 degrees") == ["2,000", "12.5"]
    assert percent_regex("de").findall("um 12,5 Prozent") == ["12,5 Prozent"]
    assert percent_regex("tr").findall("yüzde 12 arttı") == ["yüzde 12"]
    assert percent_regex("zh").findall("增长了百分之十二，又涨15％") == ["百分之十二", "15％"]


def test_facts_supported_off_english():
    assert facts_supported("zh") == {"headline", "numbers", "dates", "quotes"}
