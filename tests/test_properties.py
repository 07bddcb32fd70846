"""Property tests: arbitrary and article-like text never breaks the promises of a brief."""
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief import Options, brief_to_dict, summarize_text
from newsbrief.errors import InputError
from newsbrief.header import parse_header
from newsbrief.html import looks_like_html_text
from newsbrief.loading import strip_control_sequences
from newsbrief.serialize import dumps
from newsbrief.text import _cjk_pattern

from .schema import validate

_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def check_refusal(text: str, reason: str) -> None:
    """A text is refused only when it holds nothing to summarise, for the reason given
    (the text as loaded: escape sequences and controls removed)."""
    text = strip_control_sequences(text)
    if reason == "empty input (no text)":
        assert not text.strip()
    elif reason == "no article text after the header":  # "By" alone reads as a byline
        assert text.strip() and not text[parse_header(text).body_start:].strip()
    elif reason == "no sentences found":  # every letter or digit makes a sentence
        assert not any(ch.isalnum() for ch in text)
    else:
        assert looks_like_html_text(text), reason
        assert reason in {"no article text found in the HTML page",
                          "binary file (contains NUL bytes)"}, reason


def check_brief(text: str, sentences: int) -> None:
    try:
        brief = summarize_text(text, Options(sentences=sentences))
    except InputError as error:
        check_refusal(text, error.reason)
        return
    # the article is the text as loaded: escape sequences and non-space controls removed, and
    # in Chinese and Japanese a line break between two characters (a hard wrap, no space)
    article = strip_control_sequences(text)
    if brief.language in {"zh", "ja"}:
        article = _cjk_pattern("gap").sub("", article)
    article = norm(article)
    assert not any(ch in "\x1b\x07\x08\x7f\x9b" for ch in json.dumps(brief_to_dict(brief),
                                                                       ensure_ascii=False))
    assert 1 <= len(brief.summary) <= sentences
    positions = []
    for sentence in brief.summary:
        assert sentence.text == norm(sentence.text)
        assert sentence.text in article
        positions.append(sentence.start)
    assert positions == sorted(positions) and len(set(positions)) == len(positions)
    facts = brief.facts
    for entity in (*facts.people, *facts.organizations, *facts.places):
        assert norm(entity.name) in article, entity
        assert entity.mentions >= 1
    for number in facts.numbers:
        assert norm(number.text) in article and norm(number.context) in article, number
    for date in facts.dates:
        assert norm(date.text) in article, date
    for quote in facts.quotes:
        assert norm(quote.text) in article, quote
        assert quote.speaker is None or norm(quote.speaker) in article, quote
    data = json.loads(dumps(brief_to_dict(brief)))
    validate(data)


@given(st.text(min_size=0, max_size=3000), st.integers(min_value=1, max_value=6))
def test_arbitrary_unicode(text, sentences):
    check_brief(text, sentences)


_NAMES = ["Ana Costa", "Rafael Moreno", "Judge Laurel Beeler", "Beeler", "NATO", "Tencent Holdings Ltd.",
          "the U.S.", "San Francisco", "Jean-Claude Van Damme", "WeChat's", "Dr. Smith", "O'Neill"]
_VERBS = ["said", "told reporters", "announced", "denied", "voted", "warned", "added:"]
_OBJECTS = ["the plan", "$4.5 million", "40% of the budget", "on Sunday", "in August", "3,000 jobs",
            "11:59 p.m.", "twenty-five people", "€20bn", "a 10-15 km road", "last week"]
_QUOTES = ['"We will appeal,"', "“This is wrong.”", '"unbalanced', "‘nested “inner” quote’", '""',
           "«Bonjour»", "“multi\n\nparagraph"]
_ENDS = [".", "!", "?", "", "...", ".\n", ".\n\n"]

sentence_strategy = st.builds(
    lambda a, v, o, q, e: f"{a} {v} {o} {q}{e}",
    st.sampled_from(_NAMES), st.sampled_from(_VERBS), st.sampled_from(_OBJECTS),
    st.sampled_from(_QUOTES + [""] * 4), st.sampled_from(_ENDS))


@given(st.lists(sentence_strategy, min_size=1, max_size=40),
       st.sampled_from(["", "date 2020-09-20 By Ann Lee\n\n", "Title line\n\n", "By Bo Chen\n"]),
       st.integers(min_value=1, max_value=5))
def test_article_like_text(sentences, header, count):
    check_brief(header + " ".join(sentences), count)


@pytest.mark.parametrize("text", ["\u3040 ぁ", "ぁ\nぁ", "東京 大阪", "東京は\n大阪です。"])
def test_chinese_and_japanese_summaries_keep_a_written_space(text):
    check_brief(text, 3)
