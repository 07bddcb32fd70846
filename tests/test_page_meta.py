"""A web page's title without the site's name, its authors as names only (pages written here)."""
import pytest

from newsbrief.html import article_from_html, metadata_from_html
from newsbrief.page_meta import clean_authors, clean_title

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


def test_metadata_without_article_text():
    page = ("<html><head><title>Harbor bridge reopens after repairs | Gazette</title>"
            "<meta property='og:site_name' content='Gazette'>"
            "<meta name='author' content='By Maria Lopez, Gazette'>"
            "<meta property='article:published_time' content='2024-05-06T08:00:00Z'>"
            "</head><body><p>Short.</p></body></html>")
    meta = metadata_from_html(page, url="https://gazette.example/a")
    assert (meta.title, meta.date, meta.authors, meta.site) == (
        "Harbor bridge reopens after repairs", "2024-05-06", ("Maria Lopez",), "Gazette")
