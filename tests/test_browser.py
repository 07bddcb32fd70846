"""The digest page in a real browser (headless Chromium): every brief there, no script run,
nothing wider than a phone's 390 px or a desktop's 1280 px. Skipped, with the reason, when
no Chromium is installed (.ci/run installs Debian's)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.cli.digest import digest_page
from newsbrief.pipeline import summarize_text
from newsbrief.serialize import brief_to_dict

from .chromium import Chromium, need_browser
from .conftest import TITLED_ARTICLE, WIRE_ARTICLE
from .test_digest import hostile_brief
from .test_feeds import HOSTILE, serve, story

REPO = Path(__file__).resolve().parent.parent
WIDTHS = (390, 1280)

# What the page holds after load, read through DevTools; a payload that ran leaves a trace.
STATE_JS = """JSON.stringify({
  title: document.title,
  briefs: [...document.querySelectorAll('article.brief h2')].map(h => h.textContent),
  scripts: document.querySelectorAll('script').length,
  imgs: document.querySelectorAll('img, iframe, object, embed').length,
  pwned: document.querySelectorAll('pwned, #pwned').length,
  jsLinks: [...document.querySelectorAll('a[href]')]
    .filter(a => !/^(https?:|#)/i.test(a.getAttribute('href'))).length,
  errors: document.querySelectorAll('section.errors li').length,
})"""


# brief runs in a subprocess here: a proxy from the environment must not take its loopback
# requests
ENV = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy",
                                                                 "all_proxy"}}
ENV["PYTHONPATH"] = str(REPO)


@pytest.fixture(scope="module")
def feed_server():
    with serve() as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    chromium = Chromium(need_browser())
    yield chromium
    chromium.close()


def _state(browser: Chromium) -> dict:
    return json.loads(browser.evaluate(STATE_JS))


def check_page(browser: Chromium, path: Path, titles: list[str], title: str, errors: int = 0,
               shots: Path | None = None) -> None:
    """The browser checks of one page, at both widths."""
    for width in WIDTHS:
        browser.open(path.as_uri(), width)
        state = _state(browser)
        assert state["title"] == title, "a script changed the title"
        assert state["scripts"] == 0 and state["imgs"] == 0 and state["pwned"] == 0
        assert state["jsLinks"] == 0
        assert state["briefs"] == titles
        assert state["errors"] == errors
        layout = browser.overflow()
        assert layout["width"] == width
        assert layout["over"] == [] and layout["scroll"] <= width, layout
        if shots is not None:
            browser.screenshot(str(shots / f"{path.stem}-{width}.png"), full_page=False)
            assert (shots / f"{path.stem}-{width}.png").stat().st_size > 1000


def test_the_harness_sees_a_script_that_runs(browser, tmp_path):
    """The control: without escaping, the payloads do run, and the checks see it."""
    page = tmp_path / "control.html"
    page.write_text("<!DOCTYPE html><title>Clean</title><body><div style='width:700px'>x</div>"
                    "<script>document.title='PWNED'</script>"
                    "<img src=x onerror=\"document.body.appendChild("
                    "document.createElement('pwned'))\"></body>", "utf-8")
    browser.open(page.as_uri(), 390)
    browser.evaluate("new Promise(r => setTimeout(r, 200))")
    state = _state(browser)
    assert state["title"] == "PWNED" and state["pwned"] == 1
    assert browser.overflow()["over"]


@pytest.mark.parametrize("with_csp", [True, False])
def test_hostile_digest_runs_nothing(browser, tmp_path, with_csp):
    """Escaping alone holds (the page without its CSP meta), and with it."""
    briefs = [hostile_brief(), brief_to_dict(summarize_text(TITLED_ARTICLE)),
              hostile_brief("https://news.example/storm")]
    page = digest_page(briefs, [("evil <img src=x onerror=alert(1)>.txt", "no <script>")])
    if not with_csp:
        start = page.index('<meta http-equiv="Content-Security-Policy"')
        page = page[:start] + page[page.index(">", start) + 1:]
        assert "Content-Security-Policy" not in page
    path = tmp_path / "hostile.html"
    path.write_text(page, "utf-8")
    check_page(browser, path, [b["title"] for b in briefs], "News digest", errors=1)
    browser.evaluate("new Promise(r => setTimeout(r, 200))")  # an onerror would have fired
    assert _state(browser)["title"] == "News digest"


def test_light_and_dark_follow_the_readers_setting(browser, tmp_path):
    path = tmp_path / "scheme.html"
    path.write_text(digest_page([brief_to_dict(summarize_text(TITLED_ARTICLE))], []), "utf-8")
    colours = {}
    for scheme in ("light", "dark"):
        browser.open(path.as_uri(), 390, scheme=scheme)
        colours[scheme] = browser.evaluate(
            "[getComputedStyle(document.body).backgroundColor,"
            " getComputedStyle(document.body).color].join(' / ')")
        assert browser.overflow()["over"] == []
    assert colours == {"light": "rgb(251, 250, 247) / rgb(29, 29, 31)",
                       "dark": "rgb(19, 20, 22) / rgb(232, 230, 227)"}


def test_long_words_wrap_on_a_phone(browser, tmp_path):
    """A URL or a number with no space in it breaks rather than widening the page."""
    long_text = TITLED_ARTICLE.replace(
        "Drivers had faced", "See https://example.com/" + "a" * 300 + " where drivers had faced")
    data = brief_to_dict(summarize_text(long_text, source="x" * 200 + ".txt"))
    data["title"] = "W" * 120
    path = tmp_path / "long.html"
    path.write_text(digest_page([data, brief_to_dict(summarize_text(WIRE_ARTICLE))], []),
                    "utf-8")
    check_page(browser, path, ["W" * 120, _title(WIRE_ARTICLE)], "News digest")


def _title(text: str) -> str:
    data = brief_to_dict(summarize_text(text))
    return data["title"] or data["source"]


def _brief(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "newsbrief.cli", *args],
                            capture_output=True, text=True, cwd=REPO, timeout=300,
                            env=ENV)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_examples_digest(browser, tmp_path):
    """The digest of examples/ that ships, made now by brief, passes; screenshots are kept
    where BRIEF_SCREENSHOTS points (the README's come from there)."""
    articles = sorted(f"examples/{p.name}" for p in (REPO / "examples").glob("*.txt"))
    path = tmp_path / "digest.html"
    path.write_text(_brief(*articles, "-f", "html"), "utf-8")
    titles = [d["title"] or d["source"]
              for d in map(json.loads, _brief(*articles, "-f", "jsonl").splitlines())]
    shots = Path(os.environ.get("BRIEF_SCREENSHOTS") or tmp_path)
    check_page(browser, path, titles, "News digest" if len(articles) > 1 else titles[0],
               shots=shots)


def test_a_feed_of_20_items_as_todays_page(browser, feed_server, tmp_path):
    """The issue's check: brief FEED_URL --format html > today.html."""
    today = tmp_path / "today.html"
    with open(today, "w", encoding="utf-8") as stream:
        result = subprocess.run([sys.executable, "-m", "newsbrief.cli", f"{feed_server}/feed.xml",
                                 "--format", "html"], stdout=stream, stderr=subprocess.PIPE,
                                text=True, cwd=REPO, timeout=300,
                                env=ENV)
    assert result.returncode == 0, result.stderr
    shots = Path(os.environ.get("BRIEF_SCREENSHOTS") or tmp_path)
    check_page(browser, today, [story(n)[0] for n in range(20)], "News digest", shots=shots)


def test_a_hostile_feed_runs_nothing(browser, feed_server, tmp_path):
    page = tmp_path / "hostile-feed.html"
    page.write_text(_brief_status(f"{feed_server}/hostile.xml", "-f", "html", "-n", "5"), "utf-8")
    titles = [f"Storm {HOSTILE} number {n}" for n in range(3)]
    check_page(browser, page, titles, "News digest", errors=1)
    text = browser.evaluate("document.body.innerText")
    assert HOSTILE in text  # shown as text, whole


def _brief_status(*args: str) -> str:
    """brief's stdout, whatever its status (a failed item is status 1)."""
    result = subprocess.run([sys.executable, "-m", "newsbrief.cli", *args],
                            capture_output=True, text=True, cwd=REPO, timeout=300,
                            env=ENV)
    assert result.returncode in (0, 1), result.stderr
    return result.stdout
