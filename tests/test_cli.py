"""The command line, run in process with typer's CliRunner: exit code, stdout, stderr apart."""
import json

import pytest
from typer.testing import CliRunner

from newsbrief.cli.main import app

from .conftest import TITLED_ARTICLE, WIRE_ARTICLE

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def test_text_brief_of_a_file(wire_path):
    result = invoke(wire_path)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "2020-09-20 · By Sebastian Herrera and Katy Stech Ferek" in result.stdout
    assert "Summary:" in result.stdout
    assert "\x1b[" not in result.stdout  # piped: plain text


def test_json_schema(wire_path):
    result = invoke(wire_path, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert data["source"] == str(wire_path)
    assert data["authors"] == ["Sebastian Herrera", "Katy Stech Ferek"]
    assert data["date"] == "2020-09-20"
    assert data["language"] == "en" and data["method"] == "brief"
    assert len(data["summary"]) == 3
    assert set(data["facts"]) == {"headline", "people", "organizations", "places", "numbers",
                                  "dates", "quotes"}
    assert data["stats"]["sentences"] >= 6 and data["stats"]["words"] > 50
    for item in data["summary"]:
        assert set(item) == {"text", "index"}
        assert item["text"] in WIRE_ARTICLE


def test_stdin_dash_and_implicit_stdin():
    for args in (["-", "-f", "json"], ["-f", "json"]):
        result = invoke(*args, input=TITLED_ARTICLE)
        assert result.exit_code == 0, result.stderr
        data = json.loads(result.stdout)
        assert data["source"] == "-"
        assert data["title"] == "Harbour bridge reopens after repairs"
        assert data["authors"] == ["Jane Example"]


def test_empty_stdin_is_an_error():
    result = invoke("-", input="")
    assert result.exit_code == 1
    assert result.stderr == "brief: error: -: empty input (no text)\n"
    assert result.stdout == ""


def test_sentence_count_and_ratio(titled_path):
    one = json.loads(invoke(titled_path, "-n", "1", "-f", "json").stdout)
    assert len(one["summary"]) == 1
    half = json.loads(invoke(titled_path, "--ratio", "0.5", "-f", "json").stdout)
    assert len(half["summary"]) == 2
    many = json.loads(invoke(titled_path, "-n", "50", "-f", "json").stdout)
    assert len(many["summary"]) == 4


@pytest.mark.parametrize("method", ["lead", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic"])
def test_methods(titled_path, method):
    result = invoke(titled_path, "--method", method, "-f", "json", "-n", "2")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["method"] == method and len(data["summary"]) == 2


def test_unknown_method_is_a_usage_error(titled_path):
    result = invoke(titled_path, "--method", "magic")
    assert result.exit_code == 2
    assert "unknown method 'magic'" in result.stderr and "lexrank" in result.stderr
    assert result.stdout == ""


def test_unknown_format_is_a_usage_error(titled_path):
    result = invoke(titled_path, "--format", "yaml")
    assert result.exit_code == 2 and "unknown format 'yaml'" in result.stderr


def test_bad_inputs_fail_and_others_still_get_briefs(tmp_path, titled_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    binary = tmp_path / "bin.dat"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    missing = tmp_path / "missing.txt"
    result = invoke(missing, empty, binary, titled_path, "-f", "json", "--jobs", "1")
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert errors == [
        f"brief: error: {missing}: no such file",
        f"brief: error: {empty}: empty input (no text)",
        f"brief: error: {binary}: binary file (contains NUL bytes)",
    ]
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(p) for p in (missing, empty, binary, titled_path)]
    assert all("error" in line for line in lines[:3]) and "summary" in lines[3]


def test_several_inputs_in_text_get_headings(wire_path, titled_path):
    result = invoke(wire_path, titled_path)
    assert result.exit_code == 0
    assert f"==> {wire_path} <==" in result.stdout and f"==> {titled_path} <==" in result.stdout


def test_markdown(titled_path):
    result = invoke(titled_path, "-f", "markdown")
    assert result.exit_code == 0
    assert result.stdout.startswith("# Harbour bridge reopens after repairs\n")
    assert "## Summary" in result.stdout


def test_rich_prints_markup_literally(tmp_path):
    path = tmp_path / "markup.txt"
    path.write_text("The [bold]council[/bold] met on [link=http://x.test]Monday[/link] to vote. "
                    "It approved the plan [/] quickly.\n")
    result = invoke(path, "-f", "rich")
    assert result.exit_code == 0
    assert "[bold]council[/bold]" in result.stdout and "[link=http://x.test]" in result.stdout


def test_control_characters_never_reach_the_output(tmp_path):
    path = tmp_path / "evil.txt"
    path.write_text("The mayor \x1b]0;pwned\x07resigned on \x1b[31mMonday\x1b[0m after a vote.\x08 "
                    "Officials \u202ewere\u202c surprised by the decision\r overwritten.\x07\n")
    for fmt in ("text", "markdown", "json", "rich"):
        result = invoke(path, "-f", fmt)
        assert result.exit_code == 0
        for bad in ("\x1b", "\x07", "\x08", "\u202e", "\r"):
            assert bad not in result.stdout, (fmt, bad)
        assert "\\u001b" not in result.stdout


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.startswith("brief ")


def test_garbage_collection_is_back_on_for_batches_and_after_a_brief(monkeypatch, wire_path,
                                                                     titled_path):
    import gc

    from newsbrief.cli import runner

    seen = []
    real = runner.summarize_many

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())  # forked workers inherit this state
        return real(*args, **kwargs)

    monkeypatch.setattr(runner, "summarize_many", spy)
    gc.disable()  # as the console script leaves it for a one-article run
    try:
        assert invoke(wire_path, titled_path, "--jobs", "1").exit_code == 0
        assert seen == [True]
        gc.disable()
        assert invoke(wire_path).exit_code == 0
        assert seen == [True, False]  # one article: no collection while it is briefed
        assert gc.isenabled()
    finally:
        gc.enable()


def test_fact_lines_read_as_phrases():
    from newsbrief.cli.render import fact_lines

    facts = {key: [] for key in ("people", "organizations", "places", "quotes")}
    facts["numbers"] = [{"text": "four", "context": "prime ministers", "kind": "number"}]
    facts["dates"] = [{"text": "2010", "value": "2010"}, {"text": "Friday", "value": "2024-03-08"},
                      {"text": "next year", "value": None}]
    assert dict(fact_lines({"facts": facts})) == {
        "Numbers": "four prime ministers",
        "Dates": "2010; Friday (2024-03-08); next year",
    }
