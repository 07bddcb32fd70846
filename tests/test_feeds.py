"""RSS and Atom feeds as inputs, served from a loopback HTTP server (127.0.0.1) started here;
every feed and page is written for these tests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from newsbrief.batch import summarize_many
from newsbrief.cli.main import app
from newsbrief.feeds import parse_since, read_feed
from newsbrief.records import FeedOptions
from newsbrief.walk import iter_inputs
from newsbrief.web import looks_like_feed

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()
DAY = 86400
NOW = time.time()

TOWNS = ["Ashford", "Brackley", "Corran", "Dunmore", "Elstow", "Farleigh", "Glenard", "Hexley",
         "Ilsby", "Jarrow Vale", "Kettering Hythe", "Lowick", "Marden", "Northam", "Ossett",
         "Pelham", "Quarrington", "Redmire", "Stanwick", "Tarrant"]


HOSTILE = ("<script>document.title='PWNED'</script><img src=x onerror=\"document.body."
           "appendChild(document.createElement('pwned'))\"></style>"
           "<a href=\"javascript:document.title='PWNED'\">x</a>")


def story(n: int) -> tuple[str, str]:
    """A short article about town n: (title, HTML page with no date or author of its own)."""
    town = TOWNS[n % len(TOWNS)]
    title = f"{town} opens a new footbridge over the river"
    paragraphs = [
        f"{town} opened a new footbridge over the river Lode on Saturday, after {n + 2} years "
        f"of planning and a public vote that {60 + n} percent of residents backed.",
        f"The bridge cost {n + 3} million pounds and links the railway station to the market "
        f"square, the {town} town council said.",
        f'"People have waited a long time for this," said councillor Mary Holt. "Now the walk '
        f'to the station takes {n + 4} minutes instead of twenty."',
        "Cyclists will share the deck with walkers, and the old ferry crossing will close at "
        "the end of the month.",
    ]
    page = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'></head><body><article>"
            + "".join(f"<p>{escape(p)}</p>" for p in paragraphs) + "</article></body></html>")
    return title, page


def rss(items: list[tuple[str, str, float | None, str]]) -> str:
    """(title, link, published epoch or None, author) -> an RSS 2.0 feed."""
    out = []
    for title, link, stamp, author in items:
        date = f"<pubDate>{formatdate(stamp, usegmt=True)}</pubDate>" if stamp else ""
        out.append(f"<item><title>{escape(title)}</title><link>{escape(link)}</link>{date}"
                   f"<author>{escape(author)}</author></item>")
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            "<title>Valley News</title><link>http://valley.example/</link>"
            "<description>Local news</description>" + "".join(out) + "</channel></rss>")


def atom(base: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Valley News (Atom)</title><id>urn:valley</id>"
            f"<updated>2024-03-02T10:00:00Z</updated>"
            "<entry><title>Corran opens a new footbridge over the river</title><id>urn:2</id>"
            f'<link href="{base}/story/2"/><updated>2024-03-02T10:00:00Z</updated>'
            "<author><name>Ruth Abara</name></author></entry>"
            "<entry><title>Dunmore opens a new footbridge over the river</title><id>urn:3</id>"
            '<link href="/story/3"/><updated>2024-02-20T10:00:00Z</updated></entry>'
            "</feed>")


class Handler(BaseHTTPRequestHandler):
    base = ""

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path
        if path.startswith("/story/"):
            n = int(path.rsplit("/", 1)[1])
            self._send(200, "text/html; charset=utf-8", story(n)[1])
        elif path == "/feed.xml":  # 20 items, a day apart, newest first
            self._send(200, "application/rss+xml", rss(
                [(story(n)[0], f"{self.base}/story/{n}", NOW - n * DAY - 60, f"Reporter {n}")
                 for n in range(20)]))
        elif path == "/partly-broken.xml":  # item 2's page is missing, item 3's link is not http
            items = [(story(n)[0], f"{self.base}/story/{n}", NOW - n * DAY, "Ann Lee")
                     for n in range(2)]
            items.append(("Missing", f"{self.base}/gone", NOW, "Ann Lee"))
            items.append(("Bad link", "javascript:alert(1)", NOW, "Ann Lee"))
            self._send(200, "application/rss+xml", rss(items))
        elif path == "/hostile.xml":  # payloads in the feed's titles and authors
            self._send(200, "application/rss+xml", rss(
                [(f"Storm {HOSTILE} number {n}", f"{self.base}/hostile/{n}", NOW - n * DAY,
                  f"Ann {HOSTILE}") for n in range(3)]
                + [("Click", "javascript:document.title='PWNED'", NOW, "Bo")]))
        elif path.startswith("/hostile/"):  # ... and in the page's text, title left to the feed
            title, page = story(int(path.rsplit("/", 1)[1]))
            self._send(200, "text/html", page.replace(
                "</article>", f"<p>The council said {escape(HOSTILE)} on Monday, and "
                f"repeated it twice to reporters.</p></article>"))
        elif path == "/slow-and-big.xml":  # one item too slow, one too big, one fine
            self._send(200, "application/rss+xml", rss(
                [("Slow", f"{self.base}/slow", NOW, "A"), ("Big", f"{self.base}/big", NOW, "B"),
                 (story(0)[0], f"{self.base}/story/0", NOW, "C")]))
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", story(1)[1])
        elif path == "/big":
            self._send(200, "text/html", story(2)[1] + " " * 60_000)
        elif path == "/atom":
            self._send(200, "text/xml", atom(self.base))
        elif path == "/broken-feed":
            self._send(200, "application/rss+xml", "this is <not> a feed at all &&&")
        elif path == "/site":
            self._send(200, "text/html", "<!DOCTYPE html><html><head><title>Valley</title>"
                       '<link rel="stylesheet" href="/s.css">'
                       '<link rel="alternate" type="application/rss+xml" title="News" '
                       'href="/feed.xml"></head><body><p>Front page</p></body></html>')
        elif path == "/site-without-feed":
            self._send(200, "text/html", "<!DOCTYPE html><html><head><title>Valley</title>"
                       "</head><body><p>Front page</p></body></html>")
        else:
            self._send(404, "text/html", "<html><body>Not here</body></html>")

    def _send(self, code: int, ctype: str, body: str) -> None:
        data = body.encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except ConnectionError:  # the client gave up (timeout, size limit), as tested
            pass


@contextmanager
def serve():
    """The feeds and pages above on 127.0.0.1, an ephemeral port; yields the base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    Handler.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Handler.base
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def server():
    with serve() as base:
        yield base


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_a_feed_url_briefs_its_items_with_the_feeds_metadata(server):
    result = invoke(f"{server}/feed.xml", "-f", "jsonl", "--max-items", "3", "-j", "2")
    assert result.exit_code == 0, result.stderr
    briefs = jsonl(result.stdout)
    assert [b["source"] for b in briefs] == [f"{server}/story/{n}" for n in range(3)]
    # the pages have no title, date or author: the feed's fill them in
    assert [b["title"] for b in briefs] == [story(n)[0] for n in range(3)]
    assert briefs[1]["authors"] == ["Reporter 1"]
    assert briefs[0]["site"] == "Valley News"
    assert briefs[2]["date"] == time.strftime("%Y-%m-%d", time.gmtime(NOW - 2 * DAY - 60))
    assert "footbridge" in briefs[0]["summary"][0]["text"]


def test_max_items_defaults_to_20_and_caps(server):
    assert len(jsonl(invoke(f"{server}/feed.xml", "-f", "jsonl").stdout)) == 20
    capped = jsonl(invoke(f"{server}/feed.xml", "-f", "jsonl", "--max-items", "5",
                          "-j", "1").stdout)
    assert [b["source"].rsplit("/", 1)[1] for b in capped] == ["0", "1", "2", "3", "4"]


def test_since_keeps_newer_items(server):
    recent = jsonl(invoke(f"{server}/feed.xml", "-f", "jsonl", "--since", "3d").stdout)
    assert [b["source"].rsplit("/", 1)[1] for b in recent] == ["0", "1", "2"]
    moment = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(NOW - 3.5 * DAY))
    since_date = jsonl(invoke(f"{server}/feed.xml", "-f", "jsonl", "--since", moment).stdout)
    assert [b["source"].rsplit("/", 1)[1] for b in since_date] == ["0", "1", "2", "3"]
    both = jsonl(invoke(f"{server}/feed.xml", "-f", "jsonl", "--since", "1w",
                        "--max-items", "2").stdout)
    assert len(both) == 2


def test_a_bad_since_is_a_usage_error(server):
    result = invoke(f"{server}/feed.xml", "--since", "yesterday")
    assert result.exit_code == 2
    assert result.stderr.startswith("brief: error: --since: 'yesterday' is neither a date")
    assert result.stderr.count("\n") == 1


def test_parse_since():
    assert parse_since("1d", now=1_000_000.0) == 1_000_000.0 - DAY
    assert parse_since("90m", now=10_000.0) == 10_000.0 - 5400
    assert parse_since("2w", now=2_000_000.0) == 2_000_000.0 - 14 * DAY
    assert parse_since("2024-03-01") == 1709251200.0
    assert parse_since("2024-03-01T01:00+01:00") == 1709251200.0
    assert parse_since("2024-03-01T00:00Z") == 1709251200.0
    with pytest.raises(ValueError):
        parse_since("1y")


def test_failed_items_are_error_lines_and_the_others_are_briefed(server):
    result = invoke(f"{server}/partly-broken.xml", "-f", "jsonl", "-j", "2")
    assert result.exit_code == 1
    records = jsonl(result.stdout)
    assert [r.get("error") is None for r in records] == [True, True, False, False]
    errors = [line for line in result.stderr.splitlines() if line.startswith("brief: error:")]
    assert errors == [f"brief: error: {server}/gone: HTTP 404 Not Found",
                      f"brief: error: {server}/partly-broken.xml (item 4): the item's link is "
                      "not http(s): javascript:alert(1)"]


def test_an_unparsable_feed_is_one_error_line(server, titled_path):
    result = invoke(f"{server}/broken-feed", titled_path, "-f", "jsonl")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"brief: error: {server}/broken-feed: cannot parse the feed")
    records = jsonl(result.stdout)
    assert len(records) == 2 and records[1]["title"] == "Harbour bridge reopens after repairs"


def test_atom_feed_from_a_file_with_relative_links(server, tmp_path):
    path = tmp_path / "valley.atom"
    path.write_text(atom(server).replace('<link href="/story/3"/>',
                                         f'<link href="{server}/story/3"/>'), "utf-8")
    result = invoke(path, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    briefs = jsonl(result.stdout)
    assert [b["title"] for b in briefs] == [story(2)[0], story(3)[0]]
    assert briefs[0]["authors"] == ["Ruth Abara"] and briefs[0]["date"] == "2024-03-02"
    # served as text/xml, its relative link resolved against the feed's URL
    served = jsonl(invoke(f"{server}/atom", "-f", "jsonl", "--since", "2024-03-01").stdout)
    assert [b["source"] for b in served] == [f"{server}/story/2"]


def test_feed_of_finds_the_sites_feed(server):
    result = invoke("--feed-of", f"{server}/site", "-f", "jsonl", "--max-items", "2")
    assert result.exit_code == 0, result.stderr
    assert [b["source"] for b in jsonl(result.stdout)] == [f"{server}/story/0",
                                                          f"{server}/story/1"]
    missing = invoke("--feed-of", f"{server}/site-without-feed")
    assert missing.exit_code == 1
    assert missing.stderr == (f"brief: error: {server}/site-without-feed: the page names no "
                              'RSS or Atom feed (<link rel="alternate">)\n')


def test_library_reads_a_feed_and_pools_its_items(server):
    items = list(iter_inputs([f"{server}/feed.xml"]))
    for jobs in (1, 2):
        told: list = []
        results = list(summarize_many(items, jobs=jobs, feeds=FeedOptions(max_items=4),
                                      on_feed=lambda feed, n, told=told: told.append(
                                          (feed.source, n))))
        assert [r.item.source for r in results] == [f"{server}/story/{n}" for n in range(4)]
        assert all(r.ok for r in results)
        assert told == [(f"{server}/feed.xml", 4)]  # the progress bar's count grows by it
    assert looks_like_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- x --><rss version="2.0">')
    assert not looks_like_feed(b"<!DOCTYPE html><html><body>rss</body></html>")
    assert looks_like_feed(b"<?xml version='1.0'?><!-- a - b --><?xml-stylesheet href='x'?>\n"
                           b"<!DOCTYPE rss><rss version='2.0'>")
    # a prolog that is not one: many comments or declarations and no root, read in one pass
    # (overlapping alternatives backtracked over 2**n ways here: 10 s for 25 comments)
    for hostile in (b"<!--a-->" * 500 + b"x", b"<?xml?>" * 500 + b"x",
                    b"<!--" + b"-" * 4000, b" " * 4096 + b"<rss>"):
        assert not looks_like_feed(hostile)
    assert read_feed(rss([]).encode(), "empty.xml") == []


def test_twenty_items_as_one_page(server):
    result = invoke(f"{server}/feed.xml", "-f", "html")
    assert result.exit_code == 0, result.stderr
    page = result.stdout
    assert page.count('<article class="brief"') == 20
    assert all(f'href="{server}/story/{n}"' in page for n in range(20))


def test_feedparser_is_imported_only_for_a_feed(tmp_path, titled_path):
    code = (
        "import json, sys\n"
        "from newsbrief.cli.main import app\n"
        "try:\n    app([sys.argv[1], '-f', 'text', '-j', '1'], standalone_mode=False)\n"
        "except SystemExit:\n    pass\n"
        "print(json.dumps(['feedparser' in sys.modules, 'newsbrief.feeds' in sys.modules]))\n"
    )
    feed = tmp_path / "empty.rss"
    feed.write_text(rss([]), "utf-8")
    for source, expected in ((titled_path, [False, False]), (feed, [True, True])):
        result = subprocess.run([sys.executable, "-c", code, str(source)], cwd=tmp_path,
                                capture_output=True, text=True, timeout=120,
                                env={**os.environ, "PYTHONPATH": str(REPO)})
        assert json.loads(result.stdout.strip().splitlines()[-1]) == expected, result.stderr


def test_a_feed_into_an_output_folder_of_pages(server, tmp_path):
    out = tmp_path / "site"
    result = invoke(f"{server}/partly-broken.xml", "-f", "html", "-o", out)
    assert result.exit_code == 1
    pages = sorted(p.name for p in out.iterdir())
    port = server.rsplit(":", 1)[1]
    assert pages == ["127.0.0.1_" + port + "_story_0.html", "127.0.0.1_" + port + "_story_1.html",
                     "index.html"]
    index = (out / "index.html").read_text("utf-8")
    assert index.count("<li><a href=") == 2 and story(1)[0] in index
    assert "HTTP 404 Not Found" in index and "javascript:alert(1)" in index


def test_no_new_items_is_a_warning_and_status_1(server):
    result = invoke(f"{server}/feed.xml", "--since", "2099-01-01")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == "brief: warning: no feed items to brief since --since\n"


def test_the_progress_count_grows_with_a_feed():
    import io

    from newsbrief.cli.progress import Progress

    with Progress(io.StringIO(), 1) as progress:
        progress.grow(object(), 20)
        assert progress.total == 20


def test_items_have_the_timeout_and_size_limit_of_any_url(server):
    result = invoke(f"{server}/slow-and-big.xml", "-f", "jsonl", "--timeout", "0.5",
                    "--max-bytes", "20000")
    assert result.exit_code == 1
    records = jsonl(result.stdout)
    assert [r.get("error") for r in records] == [
        "timed out after 0.5 s", "larger than the limit of 20,000 bytes for a URL", None]
    assert records[2]["title"] == story(0)[0]
