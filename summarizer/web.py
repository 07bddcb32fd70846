"""Fetching a URL the user gave: bounded in time, size and redirects, with clear errors.

The standard library's urllib is enough here (timeouts, redirects, headers) and
is imported only when a URL appears; requests is not a declared dependency of
brief (it comes with sumy) and takes ~120 ms to import against ~35 ms here.
"""
from __future__ import annotations

import time

from newsbrief.errors import InputError

DEFAULT_TIMEOUT = 20.0
DEFAULT_URL_MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
# Fetched too: a feed is an input like a folder (newsbrief.feeds). application/xml and
# text/xml may be a feed, an XHTML page or neither; the body decides.
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
XML_TYPES = frozenset({"application/xml", "text/xml"})
_FEED_START = None  # compiled on first use: this module is imported on every run
_ACCEPT = ("text/html,application/xhtml+xml;q=0.9,application/rss+xml;q=0.8,"
           "application/atom+xml;q=0.8,text/plain;q=0.8,*/*;q=0.1")


def is_url(source: str) -> bool:
    """An ``http://`` or ``https://`` input."""
    return source[:8].lower().startswith(("http://", "https://"))


def user_agent() -> str:
    from newsbrief.version import __version__

    return f"brief/{__version__} (+news summarizer)"


class Page:
    """A fetched response body and what its headers say about it."""

    # A plain class, not a dataclass: this module is imported on every run
    # (for is_url) and a dataclass would add ~1 ms to that.
    __slots__ = ("url", "data", "content_type", "charset")

    def __init__(self, url: str, data: bytes, content_type: str, charset: str | None) -> None:
        self.url = url  # after redirects
        self.data = data
        self.content_type = content_type  # lower-case media type, "" when none was sent
        self.charset = charset


def looks_like_feed(data: bytes) -> bool:
    """Bytes whose root element is an RSS, Atom or RDF feed's (after an XML declaration,
    comments or processing instructions)."""
    global _FEED_START
    if _FEED_START is None:
        import re

        # Each part can match a prolog's piece in one way only (a comment ends at its first
        # -->): with overlapping parts, a page of many comments backtracks exponentially.
        _FEED_START = re.compile(rb"(?:<\?[^>]*>|<!--(?:[^-]|-(?!->))*-->|<!DOCTYPE[^>]*>|\s)*"
                                 rb"<(?:rss|feed|rdf:RDF)[\s>/]", re.I)
    head = data[:4096].removeprefix(b"\xef\xbb\xbf")
    return bool(_FEED_START.match(head))


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT,
          max_bytes: int = DEFAULT_URL_MAX_BYTES) -> Page:
    """GET ``url``; every failure is an InputError naming it."""
    import urllib.request

    opener = urllib.request.build_opener(_redirect_handler(url))
    request = urllib.request.Request(url, headers={
        "User-Agent": user_agent(), "Accept": _ACCEPT, "Accept-Encoding": "gzip"})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = _check_headers(url, response.headers, max_bytes)
            data = _read(url, response, max_bytes, deadline, timeout)
            return Page(response.geturl(), data, content_type,
                        response.headers.get_content_charset())
    except InputError:
        raise
    except Exception as exc:  # urllib, http.client and socket errors of every kind
        raise InputError(url, _reason(exc, timeout)) from None


def _check_headers(url: str, headers, max_bytes: int) -> str:
    """Refuse by the headers, before reading the body: type, size, encoding."""
    content_type = (headers.get_content_type() if headers.get("Content-Type") else "").lower()
    if content_type and content_type not in HTML_TYPES | TEXT_TYPES | FEED_TYPES | XML_TYPES:
        raise InputError(url, f"not an HTML page (content type {content_type})")
    length = headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise InputError(url, _too_big(max_bytes))
    if headers.get("Content-Encoding", "identity").lower() not in {"identity", "gzip", ""}:
        raise InputError(url, f"unsupported content encoding {headers['Content-Encoding']}")
    return content_type


def _read(url: str, response, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """The body, gunzipped if need be, stopping at the size cap or the deadline."""
    import zlib

    gzipped = response.headers.get("Content-Encoding", "").lower() == "gzip"
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
    parts: list[bytes] = []
    size = 0
    while chunk := response.read(_CHUNK):
        if time.monotonic() > deadline:
            raise InputError(url, f"timed out after {timeout:g} s")
        if inflater is not None:
            # Bounded inflation: a small gzip bomb cannot grow past the cap.
            chunk = inflater.decompress(chunk, max_bytes + 1 - size)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, _too_big(max_bytes))
        parts.append(chunk)
    if inflater is not None:
        parts.append(inflater.flush())
    return b"".join(parts)


def _too_big(max_bytes: int) -> str:
    return f"larger than the limit of {max_bytes:,} bytes for a URL"


def _reason(exc: BaseException, timeout: float) -> str:
    """A one-line reason for a failed fetch."""
    import urllib.error

    if isinstance(exc, urllib.error.HTTPError):
        exc.close()
        if 300 <= exc.code < 400 and "infinite loop" in str(exc.reason):
            return "redirect loop"
        if 300 <= exc.code < 400 and "not allowed" in str(exc.reason):
            return "redirected to a non-HTTP URL"
        return f"HTTP {exc.code} {exc.reason}".rstrip()
    if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, BaseException):
        exc = exc.reason
    elif isinstance(exc, urllib.error.URLError):
        return f"invalid URL ({exc.reason})"  # urllib's own checks: no host, unknown type
    return _os_reason(exc, timeout)


def _os_reason(exc: BaseException, timeout: float) -> str:
    import socket
    import ssl

    if isinstance(exc, TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "cannot resolve the host name"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error: {getattr(exc, 'reason', None) or exc}"
    if isinstance(exc, ValueError):
        return f"invalid URL ({exc})"
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return f"connection failed: {text}"


def _redirect_handler(source: str):
    """A handler that follows at most MAX_REDIRECTS redirects, to http(s) URLs only."""
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS + 1  # the count below speaks first
        count = 0

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            self.count += 1
            if self.count > MAX_REDIRECTS or not is_url(newurl):
                fp.close()
                why = (f"too many redirects (more than {MAX_REDIRECTS})"
                       if self.count > MAX_REDIRECTS else "redirected to a non-HTTP URL")
                raise InputError(source, why)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return Redirects()
