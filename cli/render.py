"""Rendering a brief (its cleaned JSON form) as plain text, Markdown or Rich."""
from __future__ import annotations

from typing import Any

TOP = 6  # entries per fact group shown in the terminal; JSON lists are complete
TOP_QUOTES = 4
_GROUPS = (("people", "People"), ("organizations", "Organizations"), ("places", "Places"))


def meta_line(data: dict[str, Any]) -> str:
    parts = []
    if data.get("date"):
        parts.append(data["date"])
    if data.get("authors"):
        parts.append("By " + _join_names(data["authors"]))
    if data.get("site"):
        parts.append(data["site"])
    parts.append(data["language"])
    stats = data["stats"]
    parts.append(f"{_count(stats['words'], 'word')}, {_count(stats['sentences'], 'sentence')}")
    return " · ".join(parts)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _entities(items: list[dict[str, Any]]) -> str:
    shown = [f"{e['name']} ({e['mentions']})" if e["mentions"] > 1 else e["name"]
             for e in items[:TOP]]
    more = len(items) - TOP
    return ", ".join(shown) + (f", +{more} more" if more > 0 else "")


def _number(item: dict[str, Any]) -> str:
    if item["kind"] == "age":
        return f"{item['context']}, {item['text']}"  # "Hugh Grant, 54", as news writes it
    return f"{item['text']} {item['context']}".strip()


def _date(item: dict[str, Any]) -> str:
    """The date as written, with its value when that says more ("Friday (2024-03-08)";
    "2010", not "2010 (2010)")."""
    value = item["value"]
    return f"{item['text']} ({value})" if value and value != item["text"] else item["text"]


def _quote(item: dict[str, Any]) -> str:
    return f"“{item['text']}” — {item['speaker'] or 'unattributed'}"


def fact_lines(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) pairs for the fact groups that are not empty."""
    facts = data["facts"]
    lines = [(label, _entities(facts[key])) for key, label in _GROUPS if facts[key]]
    if facts["numbers"]:
        lines.append(("Numbers", "; ".join(_number(n) for n in facts["numbers"][:TOP])))
    if facts["dates"]:
        lines.append(("Dates", "; ".join(_date(d) for d in facts["dates"][:TOP])))
    return lines


def to_text(data: dict[str, Any], heading: bool = False) -> str:
    out = []
    if heading:
        out.append(f"==> {data['source']} <==")
    if data.get("title"):
        out.append(data["title"])
    out.append(meta_line(data))
    facts = data["facts"]
    if facts.get("headline"):
        out += ["", "What happened: " + facts["headline"]]
    out += ["", "Summary:"]
    out += [f"  - {s['text']}" for s in data["summary"]]
    lines = fact_lines(data)
    if lines:
        out += ["", "Key facts:"]
        out += [f"  {label}: {value}" for label, value in lines]
    if facts["quotes"]:
        out += ["", "Quotes:"]
        out += [f"  {_quote(q)}" for q in facts["quotes"][:TOP_QUOTES]]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """Escape what Markdown would read as markup in article text."""
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def to_markdown(data: dict[str, Any], heading: bool = False) -> str:
    out = []
    # An untitled article is headed by its file name, as in a batch; stdin has none.
    title = data.get("title") or (data["source"] if data["source"] != "-" else "Brief")
    out.append(f"# {_md(title)}")
    if heading and data.get("title"):
        out.append(f"`{data['source'].replace('`', '')}`")
    out += ["", f"*{_md(meta_line(data))}*"]
    facts = data["facts"]
    if facts.get("headline"):
        out += ["", f"**What happened:** {_md(facts['headline'])}"]
    out += ["", "## Summary", ""]
    out += [f"- {_md(s['text'])}" for s in data["summary"]]
    lines = fact_lines(data)
    if lines:
        out += ["", "## Key facts", ""]
        out += [f"- **{label}:** {_md(value)}" for label, value in lines]
    if facts["quotes"]:
        out += ["", "## Quotes", ""]
        out += [f"- {_md(_quote(q))}" for q in facts["quotes"][:TOP_QUOTES]]
    return "\n".join(out) + "\n"


def to_rich(data: dict[str, Any], heading: bool = False):
    """A Rich renderable; every piece of article text goes in as Text, never markup."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    parts: list[Any] = []
    if heading:
        parts.append(Rule(Text(data["source"]), style="dim"))
    if data.get("title"):
        parts.append(Text(data["title"], style="bold"))
    parts.append(Text(meta_line(data), style="dim"))
    facts = data["facts"]
    if facts.get("headline"):
        parts.append(Text.assemble(("\nWhat happened: ", "bold cyan"), facts["headline"]))
    parts.append(Text("\nSummary", style="bold"))
    parts.append(_bullets([Text(s["text"]) for s in data["summary"]]))
    lines = fact_lines(data)
    if lines:
        parts.append(Text("\nKey facts", style="bold"))
        table = Table.grid(padding=(0, 1))
        table.add_column(style="cyan", no_wrap=True)
        table.add_column()
        for label, value in lines:
            table.add_row(Text(label), Text(value))
        parts.append(Padding(table, (0, 0, 0, 1)))
    if facts["quotes"]:
        parts.append(Text("\nQuotes", style="bold"))
        parts.append(_bullets([
            Text.assemble(("“", "dim"), q["text"], ("” — ", "dim"),
                          (q["speaker"] or "unattributed", "italic"))
            for q in facts["quotes"][:TOP_QUOTES]]))
    parts.append(Text(""))
    return Group(*parts)


def _bullets(lines: list):
    """A bulleted list whose wrapped lines hang under the text, not under the bullet."""
    from rich.padding import Padding
    from rich.table import Table

    table = Table.grid(padding=(0, 1))
    table.add_column(style="cyan", no_wrap=True)
    table.add_column()
    for line in lines:
        table.add_row("•", line)
    return Padding(table, (0, 0, 0, 1))
