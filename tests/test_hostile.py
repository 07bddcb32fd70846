"""Broken and hostile input: each case ends as a brief or one clear error, never a traceback."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief import Options, summarize_text
from newsbrief.cli.main import app

from .conftest import TITLED_ARTICLE
from .growth import LINEAR, growth
from .schema import validate

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
STORY = "The council approved the budget on Monday after a long debate. "


def brief_bytes(tmp_path, data: bytes, *args, name="input.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(app, [str(path), "-f", "json", *map(str, args)])
    assert "Traceback" not in result.stderr
    return result, path


def ok(result):
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    validate(data)
    return data


def failed(result, path, reason):
    assert result.exit_code == 1
    assert result.stderr == f"brief: error: {path}: {reason}\n"
    validate(json.loads(result.stdout))


@pytest.mark.parametrize("data, reason", [
    (b"", "empty input (no text)"),
    (b" \n\t\r\n  \n", "empty input (no text)"),
    (b"The cat\x00sat.", "binary file (contains NUL bytes)"),
    (b"...!!! ??? ---", "no sentences found"),
])
def test_inputs_with_no_article_fail_clearly(tmp_path, data, reason):
    result, path = brief_bytes(tmp_path, data)
    failed(result, path, reason)


def test_one_word(tmp_path):
    data = ok(brief_bytes(tmp_path, b"Hello")[0])
    assert data["summary"] == [{"text": "Hello", "index": 0}]


def test_twenty_thousand_words_without_punctuation(tmp_path):
    words = " ".join(f"word{i % 97}" for i in range(20_000)).encode()
    data = ok(brief_bytes(tmp_path, words)[0])
    assert 1 <= len(data["summary"]) <= 3 and data["stats"]["words"] == 20_000


def test_a_single_one_megabyte_line(tmp_path):
    line = (STORY.strip() + " ") * (1_000_000 // len(STORY))
    data = ok(brief_bytes(tmp_path, line.encode())[0])
    assert len(data["summary"]) == 3


def test_invalid_utf8_inside_valid_text(tmp_path):
    text = ("Zoë said the plan was “fine”. " * 30).encode() + b"\xc3\x28\xff" + STORY.encode()
    data = ok(brief_bytes(tmp_path, text)[0])
    assert data["stats"]["sentences"] >= 30


def test_utf16_with_bom(tmp_path):
    data = ok(brief_bytes(tmp_path, (STORY + "Zoë agreed.").encode("utf-16"))[0])
    assert data["summary"][-1]["text"] == "Zoë agreed."


def test_latin1_and_cp1252(tmp_path):
    text = ("Le café de la gare a fermé ses portes lundi après trente ans. " * 3 +
            "The mayor’s office said it was “sad”.").encode("cp1252")
    data = ok(brief_bytes(tmp_path, text)[0])
    assert any("café" in s["text"] for s in data["summary"])


def test_emoji_cjk_rtl_and_bidi_overrides(tmp_path):
    text = ("The mayor 🎉 opened the new park on Sunday. 北京市政府周日宣布了新计划。 "
            "قال رئيس البلدية إن الحديقة مفتوحة. The sign read \u202eevil\u202c today.")
    result = brief_bytes(tmp_path, text.encode())[0]
    data = ok(result)
    assert "🎉" in result.stdout and "北京" in result.stdout and "قال" in result.stdout
    assert "\u202e" not in result.stdout
    assert data["stats"]["sentences"] >= 3


def test_five_thousand_quotation_marks_and_unbalanced_quotes(tmp_path):
    marks = STORY + '"' * 5000 + " " + "“" * 2500 + STORY
    ok(brief_bytes(tmp_path, marks.encode())[0])
    assert growth(lambda n: summarize_text(STORY + '"' * n + " " + "“" * (n // 2) + STORY,
                                           Options()), 625) < LINEAR
    unbalanced = ('The minister said "we will not resign. ' + STORY * 30 + 'He left.').encode()
    data = ok(brief_bytes(tmp_path, unbalanced)[0])
    for quote in data["facts"]["quotes"]:
        assert len(quote["text"]) < 2000  # an open quote never swallows the article


def test_numbers_four_hundred_digits_long(tmp_path):
    text = f"The debt reached {'9' * 400} dollars on Monday. It grew by {'1' * 400}.5% later."
    data = ok(brief_bytes(tmp_path, text.encode())[0])
    assert data["stats"]["sentences"] == 2


def test_html_inside_a_txt_file_is_not_summarized_as_markup(tmp_path):
    page = ("<html><head><title>Bridge</title><script>var tracking = 'x';</script></head><body>"
            "<p>The Old Harbour bridge reopened to traffic on Tuesday after repairs.</p>"
            "<p>Engineers replaced 400 steel cables and resurfaced the deck.</p></body></html>")
    data = ok(brief_bytes(tmp_path, page.encode())[0])  # read as the page it is
    assert data["title"] == "Bridge"
    assert [s["text"] for s in data["summary"]] == [
        "The Old Harbour bridge reopened to traffic on Tuesday after repairs.",
        "Engineers replaced 400 steel cables and resurfaced the deck."]


def test_input_over_max_bytes_is_refused(tmp_path):
    result, path = brief_bytes(tmp_path, TITLED_ARTICLE.encode(), "--max-bytes", "100")
    failed(result, path, "larger than the limit of 100 bytes (see --max-bytes)")


def test_hostile_file_names_are_printed_safely(tmp_path):
    name = "bad\x1b]0;title\x07name\u202e.txt"
    path = tmp_path / name
    path.write_text("")
    result = runner.invoke(app, [str(path)])
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr and "\u202e" not in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("piece", [
    "a" * 50 + "!", "A. " * 40, "((((" * 20, '"' * 40 + "x", "$" + "1," * 40, "Mr. " * 40,
    "Judge " * 40, "1" * 60 + ":", "-" * 60, "'s " * 40, "U.S." * 30, "«" * 40,
])
def test_every_regex_stays_linear(piece):
    """Time grows about linearly with the input: x8 the size costs well under x64 the time."""
    assert growth(lambda n: summarize_text((STORY + piece + " ") * n, Options()), 25) < LINEAR


@pytest.mark.slow
def test_ten_megabyte_article_completes_with_memory_proportional(tmp_path):
    path = tmp_path / "big.txt"
    paragraph = ("The council approved the budget on Monday after a long debate about roads, "
                 "schools and the new hospital, which will cost $40 million. ") * 4 + "\n\n"
    path.write_text(paragraph * (10_000_000 // len(paragraph)))
    probe = ("import resource, subprocess, sys\n"
             "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
             "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    out = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "newsbrief.cli", str(path),
                          "-f", "json"], capture_output=True, text=True, timeout=600, cwd=ROOT)
    code, rss_kib = out.stdout.split()
    assert code == "0"
    size_mib = path.stat().st_size / 2**20
    assert int(rss_kib) / 1024 < 60 + 40 * size_mib  # bounded by a multiple of the input


def test_empty_stdin():
    result = runner.invoke(app, ["-"], input="")
    assert result.exit_code == 1 and result.stderr == "brief: error: -: empty input (no text)\n"


def test_debug_shows_a_traceback_for_internal_errors(tmp_path, monkeypatch):
    import newsbrief.pipeline as pipeline

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "split", broken)
    path = tmp_path / "a.txt"
    path.write_text(TITLED_ARTICLE)
    quiet = runner.invoke(app, [str(path), "--jobs", "1"])
    assert quiet.exit_code == 1
    assert quiet.stderr == f"brief: error: {path}: internal error: ValueError: boom\n"
    loud = runner.invoke(app, [str(path), "--debug", "--jobs", "1"])
    assert "Traceback" in loud.stderr and "boom" in loud.stderr


def test_every_character_the_cleaner_removes_is_unprintable():
    """clean() returns a printable string as it is without running its patterns: safe only
    if every character they can remove (each escape starts with one) is unprintable."""
    from newsbrief import safety

    for code in range(0x110000):
        char = chr(code)
        if char.isprintable():
            text = f"a{char}b"
            assert safety._CONTROLS.sub("", safety._ESCAPES.sub("", text)) == text, hex(code)
