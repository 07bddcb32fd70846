"""URL inputs against a loopback HTTP server started by the tests (127.0.0.1, ephemeral port)."""
from __future__ import annotations

import gzip
import os
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsbrief import __version__
from newsbrief.errors import InputError
from newsbrief.pipeline import load_article, summarize
from newsbrief.web import MAX_REDIRECTS, fetch

REPO = Path(__file__).resolve().parent.parent

PARAGRAPHS = [
    "Volunteers planted 3,000 oak saplings along the Fenwick river on Saturday, the largest "
    "planting the valley has seen in a decade, the county parks office said.",
    "The saplings were grown from acorns collected by pupils at four local schools over two "
    "winters. \u201cEvery tree here has a name on it,\u201d said head teacher Omar Haddad.",
    "Flooding in 2021 washed away much of the old woodland on the eastern bank, and the county "
    "says the new trees should hold the soil within five years.",
    "A second planting day is set for March, when another 1,500 trees will go in near the "
    "Fenwick bridge.",
]
PAGE = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Volunteers plant 3,000 oaks on the Fenwick</title>"
        "<meta name='author' content='Lena Brooks'>"
        "<meta property='article:published_time' content='2022-11-05'>"
        "<script>var ad = 'Buy one get one free';</script></head><body>"
        "<nav><a href='/'>Front page</a> <a href='/local'>Local news</a></nav><article>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</article><footer>Terms of use and cookie settings</footer></body></html>")
PAGE_BYTES = PAGE.encode("utf-8")
NAV_ONLY = b"<html><body><nav><a href='/a'>World</a> <a href='/b'>Sport</a></nav></body></html>"
TEXT_ARTICLE = "Oaks return to the Fenwick\n\n" + "\n\n".join(PARAGRAPHS)


class Handler(BaseHTTPRequestHandler):
    """Routes for each case; records the request headers it saw."""

    seen: list = []

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: C901 - one branch per route is the clearest
        Handler.seen.append(dict(self.headers))
        path = self.path
        if path == "/article":
            self._send(200, "text/html; charset=utf-8", PAGE_BYTES)
        elif path == "/latin":
            self._send(200, "text/html; charset=windows-1252",
                       PAGE.replace("Omar", "Andr\u00e9").encode("cp1252"))
        elif path == "/redirect":
            self._redirect("/article")
        elif path.startswith("/chain/"):
            left = int(path.rsplit("/", 1)[1])
            self._redirect(f"/chain/{left - 1}" if left else "/article")
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/file")
        elif path == "/slow":
            time.sleep(2)
            self._send(200, "text/html", PAGE_BYTES)
        elif path == "/stall":  # headers and a first chunk, then nothing
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(PAGE_BYTES[:100])
            self.wfile.flush()
            time.sleep(2)
        elif path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 not really")
        elif path == "/png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n")
        elif path == "/big":
            self._send(200, "text/html", PAGE_BYTES + b" " * 200_000)
        elif path == "/big-unsized":  # no Content-Length: the cap must hold while reading
            self._send(200, "text/html", PAGE_BYTES + b" " * 200_000, length=False)
        elif path == "/gzip":
            self._send(200, "text/html", gzip.compress(PAGE_BYTES), encoding="gzip")
        elif path == "/gzip-bomb":
            self._send(200, "text/html", gzip.compress(b" " * 5_000_000), encoding="gzip")
        elif path == "/text":
            self._send(200, "text/plain; charset=utf-8", TEXT_ARTICLE.encode("utf-8"))
        elif path == "/nav":
            self._send(200, "text/html", NAV_ONLY)
        elif path == "/untyped":
            self._send(200, None, PAGE_BYTES)
        else:
            self._send(404, "text/html", b"<html><body>Not here</body></html>")

    def _send(self, code: int, ctype: str | None, body: bytes, *, length: bool = True,
              encoding: str | None = None) -> None:
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except ConnectionError:  # the client gave up (timeout, size cap), as tested
            pass

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True  # a sleeping handler must not hold up shutdown
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """A proxy from the environment must not intercept loopback requests."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def _error(url: str, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        load_article(url, **kwargs)
    assert info.value.source == url
    assert "\n" not in info.value.reason
    return info.value


def test_fetches_and_extracts_a_page(server):
    url = f"{server}/article"
    article = load_article(url)
    assert article.source == url and article.url == url
    assert article.title == "Volunteers plant 3,000 oaks on the Fenwick"
    assert article.authors == ("Lena Brooks",)
    assert article.date == "2022-11-05"
    assert article.body == "\n\n".join(PARAGRAPHS)
    headers = Handler.seen[-1]
    assert headers["User-Agent"] == f"brief/{__version__} (+news summarizer)"


def test_summary_of_a_url(server):
    brief = summarize(f"{server}/article")
    assert len(brief.summary) == 3
    assert all(s.text in " ".join(PARAGRAPHS) for s in brief.summary)
    assert brief.url == f"{server}/article"


def test_charset_from_the_http_header(server):
    assert "Andr\u00e9 Haddad" in load_article(f"{server}/latin").body


def test_redirect_is_followed(server):
    article = load_article(f"{server}/redirect")
    assert article.url == f"{server}/article"
    assert article.source == f"{server}/redirect"
    assert load_article(f"{server}/chain/{MAX_REDIRECTS - 1}").title is not None


def test_too_many_redirects(server):
    error = _error(f"{server}/chain/{MAX_REDIRECTS + 3}")
    assert "too many redirects" in error.reason


def test_redirect_loop(server):
    assert _error(f"{server}/loop").reason == "redirect loop"


def test_redirect_to_another_scheme_is_refused(server):
    assert "non-HTTP" in _error(f"{server}/to-ftp").reason


def test_404(server):
    assert _error(f"{server}/missing").reason == "HTTP 404 Not Found"


def test_timeout_while_waiting(server):
    # /slow answers after 2 s: an error, not the page, is the timeout at work
    assert _error(f"{server}/slow", timeout=0.3).reason == "timed out after 0.3 s"


def test_timeout_while_reading(server):
    assert _error(f"{server}/stall", timeout=0.3).reason == "timed out after 0.3 s"


def test_connection_refused():
    with socket.socket() as sock:  # a port that was free a moment ago
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert _error(f"http://127.0.0.1:{port}/x").reason == "connection refused"


@pytest.mark.parametrize("path, ctype", [("/pdf", "application/pdf"), ("/png", "image/png")])
def test_wrong_content_type(server, path, ctype):
    assert _error(f"{server}{path}").reason == f"not an HTML page (content type {ctype})"


@pytest.mark.parametrize("path", ["/big", "/big-unsized", "/gzip-bomb"])
def test_oversized_body(server, path):
    assert "larger than the limit of 100,000 bytes" in _error(f"{server}{path}",
                                                              max_bytes=100_000).reason


def test_gzip_body(server):
    assert fetch(f"{server}/gzip").data == PAGE_BYTES


def test_plain_text_and_untyped_responses(server):
    text = load_article(f"{server}/text")
    assert text.title == "Oaks return to the Fenwick"
    assert text.body.startswith("Volunteers planted 3,000")
    assert load_article(f"{server}/untyped").authors == ("Lena Brooks",)


def test_page_without_an_article(server):
    assert "no article text" in _error(f"{server}/nav").reason


def test_invalid_url():
    assert _error("http://").reason == "invalid URL (no host given)"


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "newsbrief.cli", *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=REPO)


def test_cli_errors_are_one_line_with_exit_code_1(server):
    url = f"{server}/missing"
    result = _cli(url)
    assert result.returncode == 1
    assert result.stderr == f"brief: error: {url}: HTTP 404 Not Found\n"
    assert result.stdout == ""


def test_cli_timeout_option_and_success(server):
    slow, good = f"{server}/slow", f"{server}/article"
    result = _cli("--timeout", "0.3", slow, good, "-f", "jsonl")
    assert result.returncode == 1
    assert result.stderr == f"brief: error: {slow}: timed out after 0.3 s\n"
    assert '"title":"Volunteers plant 3,000 oaks on the Fenwick"' in result.stdout
    assert f'"url":"{good}"' in result.stdout
