"""Small corpora written for the tests: articles made from templates, as JSON Lines, Parquet
and WARC files."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

_TOWNS = ["Harwick", "Lenmoor", "Castelby", "Oakridge", "Brennan Falls", "Port Amsel", "Wexley"]
_PEOPLE = ["Maria Tolland", "James Okafor", "Priya Raman", "Tomas Lindqvist", "Hannah Cole",
           "David Mensah", "Sofia Marchetti"]
_THINGS = ["bridge", "library", "hospital wing", "tram line", "flood barrier", "harbour wall"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(n: int) -> str:
    """A short news article, different for each n."""
    town, person = _TOWNS[n % len(_TOWNS)], _PEOPLE[n * 3 % len(_PEOPLE)]
    thing, day = _THINGS[n * 5 % len(_THINGS)], _DAYS[n % len(_DAYS)]
    cost, workers, years = 2 + n % 37, 40 + n * 7 % 300, 2 + n % 9
    return (
        f"{town} opens its new {thing} after {years} years of work\n\n"
        f"The town of {town} opened its new {thing} on {day} after {years} years of planning "
        f"and building that cost ${cost} million.\n\n"
        f"Mayor {person} said the {thing} would serve about {workers * 100:,} residents a year. "
        f"\"This is a day the whole town has waited for,\" {person.split()[-1]} said.\n\n"
        f"About {workers} workers took part in the project, which ran {n % 5 + 1} months "
        f"late because of a wet winter.\n\n"
        f"Critics on the council said the money could have gone to schools, but the vote to "
        f"finish the {thing} passed by {n % 7 + 5} votes to {n % 4 + 1}.\n"
    )


def records(count: int, start: int = 0) -> list[dict]:
    """JSON-ready records with the usual field names (every third has its own title)."""
    found = []
    for n in range(start, start + count):
        record = {"id": f"doc-{n:05d}", "text": article(n), "url": f"https://news.test/{n}"}
        if n % 3 == 0:
            record["title"] = f"Story {n}"
        if n % 4 == 0:
            record["date"] = f"2021-0{n % 9 + 1}-1{n % 10}T08:00:00Z"
        found.append(record)
    return found


def write_jsonl(path: Path, rows: list[dict], extra_lines: tuple[str, ...] = ()) -> Path:
    text = "".join(json.dumps(row) + "\n" for row in rows) + "".join(extra_lines)
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    else:
        path.write_text(text, encoding="utf-8")
    return path


def write_parquet(path: Path, rows: list[dict], row_group_size: int) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {name: [row.get(name) for row in rows] for name in ("id", "text", "title", "url")}
    pq.write_table(pa.table(columns), path, row_group_size=row_group_size)
    return path


def html_page(n: int) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in article(n).split("\n\n")[1:])
    title = article(n).split("\n")[0]
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paragraphs}</article>"
            f"<footer>Copyright News Test</footer></body></html>")


def write_warc(path: Path, count: int, start: int = 0) -> Path:
    """HTML responses, each after its request, and a robots.txt response that is no article."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=path.name.endswith(".gz"))
        for n in range(start, start + count):
            url = f"https://news.test/{n}"
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders("GET /%d HTTP/1.1" % n, [], is_http_request=True))
            writer.write_record(request)
            body = html_page(n).encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers))
        robots = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.test/robots.txt", "response", payload=io.BytesIO(b"User-agent: *\n"),
            http_headers=robots))
    return path
