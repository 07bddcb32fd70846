"""HTML inputs: detection, decoding, extraction and metadata, on pages written for these tests."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.html import decode_html, looks_like_html, looks_like_html_text
from newsbrief.pipeline import load_article, summarize, summarize_text
from newsbrief.records import Options

REPO = Path(__file__).resolve().parent.parent

PARAGRAPHS = [
    "The Harbor Street bridge reopened to traffic on Tuesday after eight months of repairs "
    "that cost the city 14 million dollars, officials said.",
    "Mayor Ellen Park said the work had replaced the corroded steel beams that engineers found "
    "during an inspection last spring. \u201cDrivers can cross safely again,\u201d she told "
    "reporters at the east end of the bridge.",
    "About 22,000 vehicles used the bridge every day before it closed. Local shop owners said "
    "the detour had cut their sales by a third.",
    "The city council will review the final cost of the project at its meeting next month, "
    "and a second bridge on Mill Road is due for the same work in the autumn.",
]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbor bridge reopens after repairs | Riverside Gazette</title>
<meta property="og:site_name" content="Riverside Gazette">
<meta name="author" content="Maria Lopez">
<meta property="article:published_time" content="2023-04-12T08:30:00Z">
<script>var promo = "Subscribe now for unlimited stories";</script>
<style>body { font-family: serif; }</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/sports">Sports desk</a></li>
<li><a href="/weather">Weather radar</a></li></ul></nav>
<article><h1>Harbor bridge reopens after repairs</h1>
<p class="byline">By Maria Lopez</p>
""" + "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS) + """
</article>
<script>document.write("Click here to win a prize");</script>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>This bridge was always a disgrace and the mayor should resign today.</p>
</div></section>
<footer><p>Copyright 2023 Riverside Gazette. All rights reserved. Privacy policy.</p></footer>
</body></html>
"""

BOILERPLATE = ("Sports desk", "Weather radar", "Subscribe now", "Click here", "disgrace",
               "All rights reserved", "font-family", "Comments")


def _check_article(article) -> None:
    assert article.title == "Harbor bridge reopens after repairs"
    assert article.authors == ("Maria Lopez",)
    assert article.date == "2023-04-12"
    assert article.site == "Riverside Gazette"
    assert article.body == "\n\n".join(PARAGRAPHS)  # paragraphs kept, byline dropped
    for junk in BOILERPLATE:
        assert junk not in article.body


def test_html_file_by_extension(tmp_path):
    for name in ("story.html", "story.HTM"):
        path = tmp_path / name
        path.write_text(PAGE, encoding="utf-8")
        _check_article(load_article(str(path)))


def test_html_by_content_in_a_txt_file(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(PAGE, encoding="utf-8")
    _check_article(load_article(str(path)))


def test_html_on_stdin():
    _check_article(load_article("-", stdin=io.BytesIO(PAGE.encode("utf-8"))))


def test_html_text_in_memory():
    brief = summarize_text(PAGE, Options(facts=False))
    assert brief.title == "Harbor bridge reopens after repairs"
    assert brief.site == "Riverside Gazette"


def test_summary_and_facts_come_from_the_article_only(tmp_path):
    path = tmp_path / "story.html"
    path.write_text(PAGE, encoding="utf-8")
    brief = summarize(str(path))
    assert len(brief.summary) == 3
    body = " ".join(PARAGRAPHS)
    for sentence in brief.summary:
        assert sentence.text in body
    names = [e.name for e in brief.facts.people + brief.facts.organizations + brief.facts.places]
    assert not any(junk in name for name in names for junk in ("Sports", "Weather", "Comments"))


@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><body><p>x</p></body></html>",
    "\ufeff  \n<!doctype HTML>\n<title>t</title>",
    "<html lang='en'><p>story</p>",
    "<!-- saved page -->\n<head><title>t</title></head><body>text</body>",
    '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
])
def test_looks_like_html(text):
    assert looks_like_html_text(text)
    assert looks_like_html("article.txt", text.encode("utf-8"))


@pytest.mark.parametrize("text", [
    "Harbor bridge reopens\n\nThe <html> tag starts every web page, the mayor said.",
    "<b>Note</b>: the council meets on Monday to discuss the budget.",
    "By Jane Doe\n\nNothing here is markup at all.",
    "",
])
def test_plain_text_is_not_html(text):
    assert not looks_like_html_text(text)
    assert not looks_like_html("article.txt", text.encode("utf-8"))


def test_utf16_html_is_recognised():
    data = "\ufeff<!DOCTYPE html><html><body>x</body></html>".encode("utf-16-le")
    assert looks_like_html("-", data)


def test_declared_legacy_charset_is_used():
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1252"></head><body><p>Caf\u00e9 owners \u2013 and '
            '\u201cothers\u201d</p></body></html>')
    text = decode_html(page.encode("cp1252"), "p.html")
    assert "Caf\u00e9 owners \u2013 and \u201cothers\u201d" in text


def test_http_charset_is_used_and_latin1_means_windows_1252():
    body = "<html><body><p>\u041c\u043e\u0441\u043a\u0432\u0430 \u2014 news</p></body></html>"
    assert "\u041c\u043e\u0441\u043a\u0432\u0430" in decode_html(body.encode("cp1251"), "u",
                                                                  "windows-1251")
    quote = "<html><body><p>\u201cyes\u201d</p></body></html>".encode("cp1252")
    assert "\u201cyes\u201d" in decode_html(quote, "u", "ISO-8859-1")


def test_valid_utf8_wins_over_a_stale_legacy_label():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>S\u00e3o Paulo</p></body>'
    assert "S\u00e3o Paulo" in decode_html(page.encode("utf-8"), "p.html")


def test_xml_declaration_with_encoding(tmp_path):
    page = ('<?xml version="1.0" encoding="iso-8859-1"?>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Fa\u00e7ade work</title>'
            '</head><body><article>' + "".join(f"<p>{p} Fa\u00e7ade.</p>" for p in PARAGRAPHS)
            + "</article></body></html>")
    path = tmp_path / "x.xhtml.txt"
    path.write_bytes(page.encode("cp1252"))  # what browsers read for an iso-8859-1 label
    article = load_article(str(path))
    assert "Fa\u00e7ade." in article.body
    assert article.title == "Fa\u00e7ade work"


def test_page_without_an_article_is_an_input_error(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<!DOCTYPE html><html><head><title>Home</title>"
                    "<script>var x = 'Breaking news everywhere';</script></head>"
                    "<body><nav><a href='/a'>World</a> <a href='/b'>Business</a></nav>"
                    "</body></html>", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_article(str(path))
    assert info.value.source == str(path)
    assert "no article text" in info.value.reason


def test_the_body_language_wins_over_a_wrong_declaration(tmp_path):
    path = tmp_path / "de.html"
    path.write_text(PAGE.replace('lang="en"', 'lang="de-AT"'), encoding="utf-8")
    assert load_article(str(path)).language == "en"  # an English article on a German site
    assert load_article(str(path), language="fr").language == "fr"  # given wins


def test_declared_language_decides_when_the_words_do_not(tmp_path):
    names = " ".join(["Audi Porsche Volkswagen BMW Mercedes Opel Skoda Cupra Bentley Ducati"] * 3)
    page = (f'<html lang="de"><head><title>Marken</title></head><body><article><p>{names}.</p>'
            f"<p>{names}.</p></article></body></html>")
    path = tmp_path / "names.html"
    path.write_text(page, encoding="utf-8")
    assert load_article(str(path)).language == "de"


def test_no_log_noise_on_stderr(tmp_path, capfd):
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError):
        load_article(str(path))
    assert capfd.readouterr().err == ""


def _run(code: str, cwd: Path) -> dict:
    result = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True,
                            text=True, env={"PYTHONPATH": str(REPO), "PATH": ""}, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_text_article_does_not_import_html_support(tmp_path):
    (tmp_path / "a.txt").write_text("Bridge reopens\n\n" + "\n\n".join(PARAGRAPHS), "utf-8")
    code = (
        "import json, sys\n"
        "from newsbrief.pipeline import summarize\n"
        "from newsbrief.cli.main import app\n"
        "summarize('a.txt')\n"
        "try:\n    app(['a.txt', '-f', 'json'], standalone_mode=False)\n"
        "except SystemExit:\n    pass\n"
        "heavy = ('trafilatura', 'lxml', 'htmldate', 'urllib.request', 'http.client')\n"
        "print(json.dumps({m: m in sys.modules for m in heavy}))\n"
    )
    loaded = _run(code, tmp_path)
    assert loaded == {m: False for m in loaded}


def test_extraction_loads_no_pickle_and_opens_no_socket(tmp_path):
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    code = (
        "import json, pickle, socket\n"
        "calls = []\n"
        "def refuse(name):\n"
        "    def f(*a, **k):\n        calls.append(name)\n        raise RuntimeError(name)\n"
        "    return f\n"
        "pickle.load = refuse('pickle.load')\npickle.loads = refuse('pickle.loads')\n"
        "socket.socket.connect = refuse('connect')\n"
        "from newsbrief.pipeline import load_article\n"
        "a = load_article('p.html')\n"
        "print(json.dumps({'calls': calls, 'title': a.title}))\n"
    )
    result = _run(code, tmp_path)
    assert result == {"calls": [], "title": "Harbor bridge reopens after repairs"}
