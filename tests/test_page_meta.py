"""A web page's title without the site's name, its authors as names only (pages written here)."""
import pytest

from newsbrief.html import _head_title, _headings, article_from_html, metadata_from_html
from newsbrief.page_meta import choose_title, clean_authors, clean_title

from .test_html import PARAGRAPHS


@pytest.mark.parametrize("title, site, url, expected", [
    ("Harbor bridge reopens after repairs | Gazette Politics", "Gazette",
     "https://www.gazette.example/a", "Harbor bridge reopens after repairs"),
    ("Harbor bridge reopens after repairs - The Riverside Gazette", "The Riverside Gazette",
     None, "Harbor bridge reopens after repairs"),
    ("Harbor bridge reopens after repairs -- gazette.example", "gazette.example", None,
     "Harbor bridge reopens after repairs"),
    # the site known only from the address
    ("Harbor bridge reopens after repairs | Riverside Gazette", None,
     "https://riversidegazette.example/news/1", "Harbor bridge reopens after repairs"),
    # a breadcrumb of sections before the site's name goes with it
    ("Harbor bridge reopens after repairs » Local » News » Riverside Gazette", None,
     "http://riversidegazette.example/x", "Harbor bridge reopens after repairs"),
    # a site name with a separator of its own
    ("Harbor bridge reopens - Gazette - Riverside news", "Gazette - Riverside news", None,
     "Harbor bridge reopens"),
    # the site's name first
    ("Riverside Gazette | Our town: Harbor bridge reopens after repairs",
     "Riverside Gazette | Our town", None, "Harbor bridge reopens after repairs"),
    # Chinese and Japanese pages, with or without a site name
    ("海港大桥修复后重新开放-河畔网", None, "http://www.hepan.example/a", "海港大桥修复后重新开放"),
    ("港の橋が修理後に再開｜河畔新聞", "河畔新聞", None, "港の橋が修理後に再開"),
    # what is not the site stays
    ("Harbor bridge reopens after repairs | Opinion", "Riverside Gazette", None,
     "Harbor bridge reopens after repairs | Opinion"),
    ("Self-driving buses cross the harbor bridge", "Riverside Gazette", None,
     "Self-driving buses cross the harbor bridge"),
    ("Riverside 2 - 1 Harbor Town - Gazette Sport", "Gazette Sport", None,
     "Riverside 2 - 1 Harbor Town"),
    # never down to a stub
    ("Update | Gazette", "Gazette", None, "Update | Gazette"),
    (None, "Gazette", None, None),
])
def test_titles_lose_the_site_name(title, site, url, expected):
    assert clean_title(title, site, url) == expected


def test_authors_are_names_only():
    found = clean_authors([
        "Analysis by Ana Costa", "Gazette Editor-at-large", "By Rafael Moreno, Gazette",
        "Metro Desk", "Staff Reports", "Submitted", "Gazette", "Maria Lopez is a reporter",
        "LENA BERG Associated Press", "Tom Reyes News reporter", "AP Harbor Writer",
        "Paul Ng", "Staff writer", "Ana Costa", "Lauren del Valle", "河畔新聞社"], "Gazette")
    assert found == ("Ana Costa", "Rafael Moreno", "Maria Lopez", "LENA BERG", "Tom Reyes",
                     "Paul Ng", "Lauren del Valle", "河畔新聞社")


def test_a_page_s_title_and_authors_in_its_brief():
    page = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            "<title>Harbor bridge reopens after repairs | Gazette Politics</title>"
            "<meta property='og:site_name' content='Gazette'>"
            "<meta name='author' content='Analysis by Maria Lopez; Gazette Senior Editor'>"
            "</head><body><article><h1>Harbor bridge reopens after repairs</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>")
    article = article_from_html(page.encode(), "page.html", url="https://gazette.example/a")
    assert article.title == "Harbor bridge reopens after repairs"
    assert article.authors == ("Maria Lopez",)
    assert article.site == "Gazette"


# choose_title: trafilatura's title (og:title first) against the page's own <title> and <h1>s
@pytest.mark.parametrize("meta_title, head_title, headings, expected", [
    # a social card's variant that the page never shows: the <title> without the site's name
    ("Analysis: what the harbor bridge means for the town | Gazette Politics",
     "Harbor bridge reopens after a two-year repair | Gazette Politics",
     ["Harbor bridge reopens after a two-year repair"],
     "Harbor bridge reopens after a two-year repair"),
    ("Analysis: what the harbor bridge means for the town",
     "Harbor bridge reopens after a two-year repair - Gazette", [],
     "Harbor bridge reopens after a two-year repair"),
    # the page shows the card's title as its headline (quotes typographic there): kept
    ("Mayor on the bridge: 'It was worth the wait'",
     "Harbor bridge reopens after a two-year repair | Gazette",
     ["Mayor on the bridge: \u2018It was worth the wait\u2019"],
     "Mayor on the bridge: 'It was worth the wait'"),
    # no site's name in <title>: nothing says it is the headline
    ("Harbor bridge reopens after repairs", "Bridge story for the weekend edition", [],
     "Harbor bridge reopens after repairs"),
    # the same headline with a section name after it in <title>
    ("Harbor bridge reopens after repairs -- Gazette",
     "Harbor bridge reopens after repairs -- Local news -- Gazette", [],
     "Harbor bridge reopens after repairs"),
    # no <title>
    ("Harbor bridge reopens after repairs", None, [], "Harbor bridge reopens after repairs"),
])
def test_the_page_s_own_title_when_the_card_words_it_otherwise(meta_title, head_title,
                                                               headings, expected):
    assert choose_title(meta_title, head_title, headings, "Gazette",
                        "https://www.gazette.example/a") == expected


def test_a_site_name_that_is_the_headline_takes_no_title_from_the_head():
    # trafilatura read the headline as the site's name: what the <title> loses then is its
    # head, not a suffix, and the card's title stays
    headline = "Harbor bridge reopens after repairs"
    assert choose_title(headline, f"{headline} | Riverside Gazette", [], headline,
                        "https://riverside.example/a") == headline


def _page(head: str, body: str = "") -> bytes:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>" + head
            + "</head><body><article>" + body
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>").encode()


def test_a_page_s_headline_from_its_title_when_the_card_is_a_variant():
    page = _page("<title>Harbor bridge reopens after a two-year repair | Gazette</title>"
                 "<meta property='og:title' content='Analysis: what the bridge means'>"
                 "<meta property='og:site_name' content='Gazette'>",
                 "<h1>Harbor bridge <em>reopens</em> after a two-year repair</h1>")
    article = article_from_html(page, "page.html", url="https://gazette.example/a")
    assert article.title == "Harbor bridge reopens after a two-year repair"


def test_the_card_s_title_when_the_page_shows_it():
    page = _page("<title>Harbor bridge reopens after a two-year repair | Gazette</title>"
                 "<meta property='og:title' content='What the bridge means for the town'>"
                 "<meta property='og:site_name' content='Gazette'>",
                 "<h1>What the bridge means for the town</h1>")
    article = article_from_html(page, "page.html", url="https://gazette.example/a")
    assert article.title == "What the bridge means for the town"


def test_only_the_head_s_title_counts():
    # an icon's <title> in the body is no page title
    page = _page("<title>Harbor bridge reopens after a two-year repair | Gazette</title>"
                 "<meta property='og:title' content='Analysis: what the bridge means'>",
                 "<svg><title>Close icon</title></svg>")
    assert _head_title(page.decode()) == "Harbor bridge reopens after a two-year repair | Gazette"
    assert _head_title("<html><body><p>no title</p></body></html>") is None
    assert _headings("<h1 class='x'>Bridge &amp; <b>tunnel</b>\n open</h1><h1> </h1>") == [
        "Bridge & tunnel open"]


def test_metadata_without_article_text():
    page = ("<html><head><title>Harbor bridge reopens after repairs | Gazette</title>"
            "<meta property='og:site_name' content='Gazette'>"
            "<meta name='author' content='By Maria Lopez, Gazette'>"
            "<meta property='article:published_time' content='2024-05-06T08:00:00Z'>"
            "</head><body><p>Short.</p></body></html>")
    meta = metadata_from_html(page, url="https://gazette.example/a")
    assert (meta.title, meta.date, meta.authors, meta.site) == (
        "Harbor bridge reopens after repairs", "2024-05-06", ("Maria Lopez",), "Gazette")


def test_a_date_written_in_the_page_when_its_markup_names_none():
    page = _page("<title>Harbor bridge reopens</title>",
                 "<p class='meta'>Published on 5 May 2020</p>")
    assert article_from_html(page, "page.html").date == "2020-05-05"


def test_the_markup_s_date_wins_over_one_written_in_the_page():
    page = _page("<meta property='article:published_time' content='2021-03-04T10:00:00Z'>",
                 "<p class='meta'>Published on 5 May 2020</p>")
    assert article_from_html(page, "page.html").date == "2021-03-04"
    assert article_from_html(_page("<title>Harbor bridge reopens</title>"), "page.html").date is None
