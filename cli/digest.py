"""--format html: briefs as one self-contained page (a digest), or a page each plus an index.

Article text is data. Every string that comes from an article or an input's name goes
through ``_e`` (html.escape, quotes too) and nowhere else; only http(s) URLs become links.
A strict Content-Security-Policy is the second wall: were a string ever left unescaped,
the browser would still run no script and load nothing from outside the page.
Imported only when --format html is used (start-up is benchmarked).
"""
from __future__ import annotations

import html
from typing import Any
from urllib.parse import urlsplit

from newsbrief.cli.render import TOP, TOP_QUOTES, _date, _number

# Before any article text in <head>: the policy must be in force before a string could act.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
       "form-action 'none'")

# Light by default, dark when the reader's system asks; one column that wraps every long word
# (URLs, numbers) so nothing overflows a phone's 390 px.
STYLE = """
:root{color-scheme:light dark;--bg:#fbfaf7;--fg:#1d1d1f;--muted:#5f6368;--card:#fff;
--line:#e3e1dc;--accent:#0b57d0;--chip:#eef2f8;--chip-fg:#1d3557;--warn:#b3261e}
@media (prefers-color-scheme:dark){:root{--bg:#131416;--fg:#e8e6e3;--muted:#a0a4a8;
--card:#1c1e21;--line:#2e3135;--accent:#8ab4f8;--chip:#26303d;--chip-fg:#d4e3ff;--warn:#f2b8b5}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);line-height:1.55;
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
overflow-wrap:anywhere;word-break:break-word}
main{max-width:46rem;margin:0 auto;padding:1rem}
header.page h1{font-size:1.5rem;margin:.5rem 0 .25rem}
.muted,.meta{color:var(--muted);font-size:.9rem}
nav.toc{background:var(--card);border:1px solid var(--line);border-radius:.6rem;
padding:.75rem 1rem;margin:1rem 0}
nav.toc h2{font-size:1rem;margin:0 0 .4rem}
nav.toc ol{margin:0;padding-left:1.4rem}
nav.toc li{margin:.2rem 0}
a{color:var(--accent)}
article.brief{background:var(--card);border:1px solid var(--line);border-radius:.6rem;
padding:1rem;margin:1rem 0}
article.brief h2{font-size:1.2rem;line-height:1.3;margin:0 0 .3rem}
.source{font-size:.8rem;color:var(--muted)}
.headline{margin:.75rem 0;padding-left:.75rem;border-left:3px solid var(--accent)}
article.brief h3{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;
color:var(--muted);margin:1rem 0 .3rem}
ul.summary{margin:0;padding-left:1.2rem}
ul.summary li{margin:.3rem 0}
ul.chips{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem}
ul.chips li{background:var(--chip);color:var(--chip-fg);border-radius:1rem;padding:.1rem .6rem;
font-size:.85rem;max-width:100%}
div.facts{display:flex;flex-wrap:wrap;align-items:baseline;gap:.3rem;margin:.35rem 0}
div.facts .label{font-size:.8rem;font-weight:600;color:var(--muted);flex-basis:100%}
@media (min-width:600px){div.facts{flex-wrap:nowrap}div.facts .label{flex:0 0 7.5rem}
div.facts ul.chips{flex:1}}
blockquote{margin:.3rem 0;padding-left:.75rem;border-left:2px solid var(--line)}
blockquote cite{display:block;color:var(--muted);font-size:.85rem;font-style:normal}
section.errors{border:1px solid var(--warn);border-radius:.6rem;padding:.75rem 1rem;margin:1rem 0}
section.errors h2{font-size:1rem;margin:0 0 .4rem;color:var(--warn)}
section.errors li{margin:.2rem 0}
"""

# The page carries the style on one line: every line of STYLE ends where CSS needs no space.
_STYLE_LINE = "".join(STYLE.splitlines())

_GROUPS = (("people", "People"), ("organizations", "Organizations"), ("places", "Places"))


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def safe_href(url: str | None) -> str | None:
    """The URL when it may be a link: http or https with a host; anything else (javascript:,
    data:, a relative path) is shown as text."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return url.strip()


def article_url(data: dict[str, Any]) -> str | None:
    return safe_href(data.get("url")) or safe_href(data.get("source"))


def digest_page(briefs: list[dict[str, Any]], errors: list[tuple[str, str]],
                title: str | None = None) -> str:
    """One page holding every brief, a table of contents when there are several, then the
    inputs that failed; titled by its one brief, or "News digest"."""
    title = title or (_title(briefs[0]) if len(briefs) == 1 and not errors else "News digest")
    body = []
    if len(briefs) != 1 or errors:  # one brief alone is headed by its own title
        body.append(f'<header class="page"><h1>{_e(title)}</h1>'
                    f'<p class="muted">{_count(len(briefs), "brief")}'
                    f'{", " + _count(len(errors), "error") if errors else ""}</p></header>')
    if len(briefs) > 1:
        items = "".join(f'<li><a href="#b{n}">{_e(_title(b))}</a></li>'
                        for n, b in enumerate(briefs, 1))
        body.append(f'<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>{items}</ol>'
                    '</nav>')
    body += [brief_html(b, f"b{n}") for n, b in enumerate(briefs, 1)]
    body.append(_errors_html(errors))
    return _page(title, "".join(body))


def index_page(entries: list[tuple[str, str, str]], errors: list[tuple[str, str]],
               title: str = "News digest") -> str:
    """--output-dir's index.html: (relative link, title, meta line) per article page."""
    items = "".join(f'<li><a href="{_e(href)}">{_e(label)}</a>'
                    f'{f" <span class=meta>{_e(meta)}</span>" if meta else ""}</li>'
                    for href, label, meta in entries)
    body = (f'<header class="page"><h1>{_e(title)}</h1>'
            f'<p class="muted">{_count(len(entries), "brief")}</p></header>'
            f'<nav class="toc" aria-label="Contents"><ol>{items}</ol></nav>'
            + _errors_html(errors))
    return _page(title, body)


def article_page(data: dict[str, Any]) -> str:
    """--output-dir's page for one article."""
    return _page(_title(data), brief_html(data, "b1"))


def _page(title: str, body: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="color-scheme" content="light dark">'
            '<meta name="referrer" content="no-referrer">'
            f'<title>{_e(title)}</title><style>{_STYLE_LINE}</style></head>'
            f'<body><main>{body}</main></body></html>\n')


def _title(data: dict[str, Any]) -> str:
    return data.get("title") or data.get("source") or "Untitled"


def meta_text(data: dict[str, Any]) -> str:
    parts = [data[k] for k in ("site", "date") if data.get(k)]
    if data.get("authors"):
        parts.append("By " + ", ".join(data["authors"]))
    return " · ".join(parts)


def brief_html(data: dict[str, Any], anchor: str) -> str:
    href = article_url(data)
    title = _e(_title(data))
    # rel: the page opened from a digest learns nothing of it and cannot reach back into it
    heading = (f'<a href="{_e(href)}" rel="noopener noreferrer nofollow">{title}</a>'
               if href else title)
    out = [f'<article class="brief" id="{anchor}"><h2>{heading}</h2>']
    meta = meta_text(data)
    if meta:
        out.append(f'<p class="meta">{_e(meta)}</p>')
    if data.get("url") and not href:  # not a link (javascript:, data:, ...): shown as text
        out.append(f'<p class="source">{_e(data["url"])}</p>')
    elif data.get("title") and data.get("source") != href:
        out.append(f'<p class="source">{_e(data["source"])}</p>')
    facts = data["facts"]
    if facts.get("headline"):
        out.append(f'<p class="headline"><b>What happened:</b> {_e(facts["headline"])}</p>')
    out.append('<h3>Summary</h3><ul class="summary">'
               + "".join(f"<li>{_e(s['text'])}</li>" for s in data["summary"]) + "</ul>")
    chips = _facts(facts)
    if chips:
        out.append(f"<h3>Key facts</h3>{chips}")
    if facts["quotes"]:
        out.append("<h3>Quotes</h3>" + "".join(
            f"<blockquote>“{_e(q['text'])}”<cite>— {_e(q['speaker'] or 'unattributed')}</cite>"
            "</blockquote>" for q in facts["quotes"][:TOP_QUOTES]))
    out.append("</article>")
    return "".join(out)


def _facts(facts: dict[str, Any]) -> str:
    """The key facts as chips, one row per kind."""
    rows = [(label, [e["name"] for e in facts[key][:TOP]]) for key, label in _GROUPS]
    rows.append(("Numbers", [_number(n) for n in facts["numbers"][:TOP]]))
    rows.append(("Dates", [_date(d) for d in facts["dates"][:TOP]]))
    return "".join(
        f'<div class="facts"><span class="label">{_e(label)}</span><ul class="chips">'
        + "".join(f"<li>{_e(value)}</li>" for value in values) + "</ul></div>"
        for label, values in rows if values)


def _errors_html(errors: list[tuple[str, str]]) -> str:
    if not errors:
        return ""
    items = "".join(f"<li><b>{_e(source)}</b>: {_e(message)}</li>" for source, message in errors)
    return f'<section class="errors"><h2>Errors</h2><ul>{items}</ul></section>'


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"
