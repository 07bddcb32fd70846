"""--format html: the digest page, escaped, linked only to http(s), one page or a folder."""
from __future__ import annotations

import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from newsbrief.cli.digest import CSP, digest_page, index_page, safe_href
from newsbrief.cli.main import app
from newsbrief.pipeline import summarize_text
from newsbrief.records import Options
from newsbrief.serialize import brief_to_dict

from .conftest import TITLED_ARTICLE, WIRE_ARTICLE

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()

# What an article may hold that a browser would run or load, were it not escaped.
SCRIPT = "<script>document.title='PWNED'</script>"
IMG = "<img src=x onerror=\"document.body.appendChild(document.createElement('pwned'))\">"
LINK = "<a href=\"javascript:document.title='PWNED'\">read more</a>"
STYLE_END = "</style><script>document.title='PWNED'</script>"
HOSTILE_TITLE = f"Storm {SCRIPT} hits {STYLE_END} the coast"
HOSTILE_TEXT = f"""{HOSTILE_TITLE}

The storm reached the Marlow coast on Tuesday and cut power to 12,000 homes, the regional grid operator said. {IMG}

Engineers from Coastline Power worked through the night to restore the lines. {LINK} "We expect most homes back by Thursday," said Priya Nair, the operator's spokeswoman.

Schools in Marlow stayed closed on Wednesday {SCRIPT} and the council opened two shelters. {STYLE_END}

Forecasters said a second, weaker storm could arrive at the weekend.
"""

# The elements and attributes our page is made of; anything else came from an article.
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2",
                "h3", "p", "nav", "ol", "ul", "li", "a", "article", "b", "span", "div",
                "blockquote", "cite", "section"}
ALLOWED_ATTRIBUTES = {"lang", "charset", "http-equiv", "content", "name", "href", "rel", "class",
                      "id", "aria-label"}


def hostile_brief(url: str = "javascript:document.title='PWNED'") -> dict:
    data = brief_to_dict(summarize_text(HOSTILE_TEXT, Options(sentences=8), source="hostile.txt"))
    data["url"] = url
    data["site"] = f"Evil {IMG} News"
    data["authors"] = [f"Ann {SCRIPT}"]
    return data


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> Tags:
    tags = Tags()
    tags.feed(page)
    return tags


def test_hostile_article_is_escaped():
    page = digest_page([hostile_brief(), brief_to_dict(summarize_text(TITLED_ARTICLE))],
                       [("bad <script>x</script>.txt", "no <b>sentences</b> found")])
    tags = parse(page)
    assert {tag for tag, _ in tags.tags} <= ALLOWED_TAGS
    assert not [t for t, _ in tags.tags if t in {"script", "img", "iframe", "object"}]
    for tag, attrs in tags.tags:
        assert set(attrs) <= ALLOWED_ATTRIBUTES, (tag, attrs)
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("#", "http://", "https://")), href
    assert page.count("</style>") == 1  # ours, closing the page's own stylesheet
    assert page.lower().count("<script") == 0
    # ... and the article's words are all there, as text
    text = "".join(tags.text)
    assert SCRIPT in text and "onerror=" in text and "javascript:document.title" in text
    assert "Errors" in text and "bad <script>x</script>.txt" in text


def test_content_security_policy_comes_before_any_article_text():
    page = digest_page([hostile_brief()], [])
    head = page[:page.index("<title>")]
    assert 'http-equiv="Content-Security-Policy"' in head
    assert "default-src &#x27;none&#x27;" in head and "script-src" not in CSP
    assert "<link" not in page and "@import" not in page and "url(" not in page  # self-contained


def test_only_http_urls_become_links():
    assert safe_href("https://example.com/a?b=1") == "https://example.com/a?b=1"
    assert safe_href("HTTP://example.com/") == "HTTP://example.com/"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>x</b>",
                "vbscript:x", "/relative/path", "http:///no-host", "file:///etc/passwd", "",
                None):
        assert safe_href(bad) is None, bad
    page = digest_page([hostile_brief()], [])
    assert 'href="javascript' not in page.lower()
    assert "javascript:document.title=&#x27;PWNED&#x27;" in page  # shown, as text
    linked = digest_page([hostile_brief("https://news.example/storm?a=1&b=2")], [])
    assert '<a href="https://news.example/storm?a=1&amp;b=2" rel="noopener' in linked


def test_table_of_contents_only_for_several():
    one = brief_to_dict(summarize_text(TITLED_ARTICLE))
    two = brief_to_dict(summarize_text(WIRE_ARTICLE, source="wire.txt"))
    assert 'class="toc"' not in digest_page([one], [])
    page = digest_page([one, two], [])
    assert page.count('<article class="brief"') == 2
    assert '<a href="#b1">Harbour bridge reopens after repairs</a>' in page
    assert 'id="b2"' in page


def test_index_page_links_relative_pages():
    page = index_page([("a/b.txt.html", "A <b>", "2024-01-01")], [])
    assert '<a href="a/b.txt.html">A &lt;b&gt;</a>' in page


def test_cli_writes_one_page_with_errors_at_the_end(tmp_path, titled_path, wire_path):
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, [str(titled_path), str(wire_path), str(missing), "-f", "html"])
    assert result.exit_code == 1
    assert result.stderr.count("brief: error:") == 1 and "missing.txt" in result.stderr
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.count('<article class="brief"') == 2
    assert page.index('class="errors"') > page.rindex('<article class="brief"')
    assert "missing.txt" in page[page.index('class="errors"'):]


def test_cli_output_dir_writes_pages_and_an_index(tmp_path, titled_path, wire_path):
    out = tmp_path / "out"
    result = runner.invoke(app, [str(titled_path), str(wire_path), "-f", "html", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["index.html", "titled.txt.html",
                                                     "wire.txt.html"]
    index = (out / "index.html").read_text("utf-8")
    assert '<a href="titled.txt.html">Harbour bridge reopens after repairs</a>' in index
    assert 'href="wire.txt.html"' in index
    page = (out / "titled.txt.html").read_text("utf-8")
    assert "<title>Harbour bridge reopens after repairs</title>" in page
    # a rerun skips the pages that are up to date and still lists them
    again = runner.invoke(app, [str(titled_path), str(wire_path), "-f", "html", "-o", str(out)])
    assert again.exit_code == 0
    index = (out / "index.html").read_text("utf-8")
    assert 'href="titled.txt.html"' in index and 'href="wire.txt.html"' in index


def test_html_renderer_is_imported_only_for_html(tmp_path):
    (tmp_path / "a.txt").write_text(TITLED_ARTICLE, "utf-8")
    code = (
        "import json, sys\n"
        "from newsbrief.cli.main import app\n"
        "try:\n    app(['a.txt', '-f', '{fmt}'], standalone_mode=False)\n"
        "except SystemExit:\n    pass\n"
        "print(json.dumps('newsbrief.cli.digest' in sys.modules))\n"
    )
    for fmt, expected in (("text", False), ("json", False), ("html", True)):
        result = subprocess.run([sys.executable, "-c", code.replace("{fmt}", fmt)],
                                cwd=tmp_path, capture_output=True, text=True, timeout=120,
                                env={"PYTHONPATH": str(REPO), "PATH": ""})
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout.strip().splitlines()[-1]) is expected, fmt
