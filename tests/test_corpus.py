"""Corpus files on one machine: JSON Lines, Parquet and WARC records, shards, manifest, resume."""
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newsbrief.cli.main import app
from newsbrief.corpus import CorpusOptions, corpus_format
from newsbrief.partitions import plan, read

from .corpus_files import records, write_jsonl, write_parquet, write_warc

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def lines(text):
    return [json.loads(line) for line in text.splitlines()]


def without_source(rows):
    return [{k: v for k, v in row.items() if k != "source"} for row in rows]


@pytest.fixture
def corpus(tmp_path):
    """Ten articles, a blank line, a broken line, a record without text, one with a null text."""
    return write_jsonl(tmp_path / "news.jsonl", records(10), extra_lines=(
        "\n", "{not json\n", json.dumps({"id": "no-text", "body": "x"}) + "\n",
        json.dumps({"id": 7, "text": None}) + "\n"))


def test_formats_are_known_by_name():
    assert [corpus_format(n) for n in ("a.jsonl", "A.JSONL.GZ", "s3://b/x.parquet", "c.warc.gz",
                                       "d.warc", "e.txt", "f.json", "https://x/y.jsonl?sig=1")] \
        == ["jsonl", "jsonl", "parquet", "warc", "warc", None, None, "jsonl"]


def test_every_record_is_a_brief_or_an_error_record_in_file_order(corpus):
    result = invoke(corpus, "-f", "jsonl", "--jobs", "1")
    assert result.exit_code == 1
    rows = lines(result.stdout)
    assert [r["source"] for r in rows] == [f"{corpus}:{n}" for n in (*range(1, 11), 12, 13, 14)]
    assert [r["id"] for r in rows] == [f"doc-{n:05d}" for n in range(10)] + [
        f"{corpus}:12", "no-text", "7"]
    assert [r.get("error") for r in rows[10:]] == [
        "not JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
        "no text field (text, article, maintext, content)", "field 'text' is null, not text"]
    assert all("error" not in r and len(r["summary"]) == 3 for r in rows[:10])
    assert result.stderr.splitlines() == [f"brief: error: {r['source']}: {r['error']}"
                                          for r in rows[10:]]


def test_record_fields_win_over_the_text_header(corpus):
    rows = lines(invoke(corpus, "-f", "jsonl", "--jobs", "1").stdout)
    assert rows[0]["title"] == "Story 0"  # the record's title
    assert rows[1]["title"] == "Harwick opens its new bridge after 2 years of work".replace(
        "Harwick", "Lenmoor").replace("bridge", "harbour wall").replace("2 years", "3 years")
    assert rows[0]["date"] == "2021-01-10" and rows[1]["date"] is None
    assert rows[4]["url"] == "https://news.test/4"
    assert rows[0]["facts"]["dates"][0] == {"text": "Monday", "value": "2021-01-04"}


def test_text_and_id_fields_can_be_chosen(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [
        {"key": "k1", "text": "short", "maintext": records(1)[0]["text"], "author": "Ann Lee"}])
    default = lines(invoke(path, "-f", "jsonl").stdout)[0]
    assert default["summary"] == [{"text": "short", "index": 0}]  # 'text' comes first
    chosen = lines(invoke(path, "-f", "jsonl", "--text-field", "maintext",
                          "--id-field", "key").stdout)[0]
    assert (chosen["id"], chosen["authors"]) == ("k1", ["Ann Lee"])
    assert chosen["summary"][0]["text"].startswith("The town of Harwick opened its new bridge")


def test_html_in_the_text_field_goes_through_the_html_path(tmp_path):
    from .corpus_files import html_page

    path = write_jsonl(tmp_path / "pages.jsonl", [{"id": "p", "content": html_page(5)}])
    row = lines(invoke(path, "-f", "jsonl").stdout)[0]
    assert row["title"] == "Port Amsel opens its new library after 7 years of work"
    assert "<" not in json.dumps(row["summary"])


def test_gzip_and_plain_json_lines_give_the_same_briefs(tmp_path, corpus):
    packed = write_jsonl(tmp_path / "news.jsonl.gz", records(10))
    plain = lines(invoke(corpus, "-f", "jsonl").stdout)[:10]
    assert without_source(lines(invoke(packed, "-f", "jsonl").stdout)) == without_source(plain)


def test_plain_json_lines_are_cut_into_blocks_of_records(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"a":1}\n\n{"a":2}\n{"a":3}\n  \n{"a":4}\n{"a":5}')  # no final newline
    parts = list(plan([str(path)], CorpusOptions(partition_size=2)))
    assert [(p.index, p.first, p.count) for p in parts] == [(0, 1, 2), (1, 4, 2), (2, 7, 1)]
    assert parts[-1].stop == path.stat().st_size
    got = [[r.source.rsplit(":", 1)[1] for r in read(p, CorpusOptions(), 1000)] for p in parts]
    assert got == [["1", "3"], ["4", "6"], ["7"]]


def test_an_over_long_line_is_one_error_and_the_next_line_is_read(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "big", "text": "x " * 3000}, records(1)[0]])
    rows = lines(invoke(path, "-f", "jsonl", "--max-bytes", "2000").stdout)
    assert rows[0] == {"schema_version": 1, "source": f"{path}:1", "id": f"{path}:1",
                       "error": "larger than the limit of 2,000 bytes (see --max-bytes)"}
    assert rows[1]["id"] == "doc-00000" and "error" not in rows[1]


def test_a_record_that_makes_brief_raise_is_an_error_record(corpus, monkeypatch):
    import newsbrief.pipeline

    real = newsbrief.pipeline.summarize_article

    def fragile(article, options):
        if "Castelby" in article.body:
            raise ValueError("boom")
        return real(article, options)

    monkeypatch.setattr(newsbrief.pipeline, "summarize_article", fragile)
    rows = lines(invoke(corpus, "-f", "jsonl", "--jobs", "1").stdout)
    assert rows[2]["error"] == "internal error: ValueError: boom"
    assert rows[2]["id"] == "doc-00002"
    # articles 2 and 9 are about Castelby
    assert ["error" in r for r in rows[:10]] == [False, False, True] + [False] * 6 + [True]


def test_output_is_the_same_for_any_number_of_jobs(corpus):
    one = invoke(corpus, "-f", "jsonl", "--jobs", "1", "--partition-size", "3")
    two = invoke(corpus, "-f", "jsonl", "--jobs", "2", "--partition-size", "3")
    assert (one.stdout, one.stderr) == (two.stdout, two.stderr)


def test_text_format_heads_each_brief_with_its_record(corpus):
    result = invoke(corpus, "-f", "text", "--jobs", "1")
    assert f"==> {corpus}:3 <==" in result.stdout


def test_output_dir_holds_shards_and_a_manifest_and_a_rerun_resumes(corpus, tmp_path):
    out = tmp_path / "out"
    whole = invoke(corpus, "-f", "jsonl", "--jobs", "1").stdout
    first = invoke(corpus, "-o", out, "--partition-size", "4", "--jobs", "2")
    assert first.exit_code == 1 and first.stdout == ""
    shards = sorted(out.glob("shard-*.jsonl"))
    assert [s.name for s in shards] == [f"shard-0000{i}.jsonl" for i in range(4)]
    assert "".join(s.read_text() for s in shards) == whole
    manifest = lines((out / "manifest.jsonl").read_text())
    assert [(m["shard"], m["first"], m["count"], m["briefs"], m["errors"]) for m in manifest] == [
        ("shard-00000.jsonl", 1, 4, 4, 0), ("shard-00001.jsonl", 5, 4, 4, 0),
        ("shard-00002.jsonl", 9, 4, 2, 2), ("shard-00003.jsonl", 14, 1, 0, 1)]
    assert all(m["version"] == "0.1.0" and m["input"] == str(corpus) for m in manifest)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    # a killed run: one shard lost and the manifest cut mid-line
    (out / "shard-00001.jsonl").unlink()
    text = (out / "manifest.jsonl").read_text()
    (out / "manifest.jsonl").write_text(text[:-40])
    rerun = invoke(corpus, "-o", out, "--partition-size", "4", "--jobs", "1")
    assert rerun.exit_code == 1  # shards 1 and 3 are redone; 3 holds an error record
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not list(out.glob(".brief-*"))

    untouched = invoke(corpus, "-o", out, "--partition-size", "4")
    assert (untouched.exit_code, untouched.stderr) == (0, "")  # all skipped


def test_a_rerun_with_other_options_is_refused_unless_forced(corpus, tmp_path):
    out = tmp_path / "out"
    invoke(corpus, "-o", out, "--partition-size", "4")
    other = invoke(corpus, "-o", out, "--partition-size", "4", "-n", "2")
    assert other.exit_code == 1
    assert other.stderr.startswith(f"brief: error: {out} holds shards of another run")
    assert len(other.stderr.splitlines()) == 1
    forced = invoke(corpus, "-o", out, "--partition-size", "5", "-n", "2", "--force")
    assert forced.exit_code == 1
    assert sorted(p.name for p in out.glob("shard-*")) == [f"shard-0000{i}.jsonl" for i in range(3)]
    assert all(len(r["summary"]) <= 2 for r in lines((out / "shard-00000.jsonl").read_text()))


def test_globs_and_file_urls_expand_in_sorted_order(tmp_path):
    pytest.importorskip("fsspec")
    write_jsonl(tmp_path / "b.jsonl", records(1, start=1))
    write_jsonl(tmp_path / "a.jsonl", records(1))
    local = lines(invoke(str(tmp_path / "*.jsonl"), "-f", "jsonl").stdout)
    assert [r["id"] for r in local] == ["doc-00000", "doc-00001"]
    url = lines(invoke(f"file://{tmp_path}/*.jsonl", "-f", "jsonl").stdout)
    assert without_source(url) == without_source(local)
    assert url[0]["source"] == f"file://{tmp_path}/a.jsonl:1"


def test_a_missing_corpus_file_is_one_error_record(tmp_path):
    result = invoke(tmp_path / "none.jsonl", tmp_path / "none*.jsonl.gz", "-f", "jsonl")
    assert result.exit_code == 1
    assert [r["error"] for r in lines(result.stdout)] == ["no such file", "no such file"]


def test_articles_and_corpus_files_are_not_mixed(corpus, wire_path):
    result = invoke(corpus, wire_path)
    assert result.exit_code == 2
    assert result.stderr.startswith("brief: error: a run takes either articles or corpus files")


def test_dask_scheduler_address_in_the_environment_leaves_articles_alone(wire_path,
                                                                       monkeypatch):
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "tcp://127.0.0.1:1")
    result = invoke(wire_path, "-f", "json")
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(result.stdout)["source"] == str(wire_path)


def test_a_corpus_output_dir_holds_json_lines_only(corpus, tmp_path):
    assert invoke(corpus, "-o", tmp_path / "out", "-f", "markdown").exit_code == 2


def test_parquet_rows_brief_as_json_lines_do(tmp_path, corpus):
    pytest.importorskip("pyarrow")
    rows = records(10)
    path = write_parquet(tmp_path / "news.parquet", rows, row_group_size=3)
    parts = list(plan([str(path)], CorpusOptions(partition_size=5)))
    assert [(p.start, p.stop, p.first, p.count) for p in parts] == [(0, 2, 1, 6), (2, 4, 7, 4)]
    got = lines(invoke(path, "-f", "jsonl", "--partition-size", "5").stdout)
    want = lines(invoke(corpus, "-f", "jsonl").stdout)[:10]
    for row in want:  # the Parquet file has no date column
        row.pop("date")
        row["facts"]["dates"] = None
    for row in got:
        row.pop("date")
        row["facts"]["dates"] = None
    assert without_source(got) == without_source(want)
    assert [r["source"] for r in got] == [f"{path}:{n}" for n in range(1, 11)]


def test_a_parquet_row_without_text_is_an_error_record(tmp_path):
    pytest.importorskip("pyarrow")
    rows = records(3)
    rows[1]["text"] = None
    path = write_parquet(tmp_path / "n.parquet", rows, row_group_size=2)
    got = lines(invoke(path, "-f", "jsonl").stdout)
    assert [r.get("error") for r in got] == [None, "field 'text' is null, not text", None]


def test_warc_html_responses_are_briefed_with_their_url(tmp_path):
    pytest.importorskip("warcio")
    path = write_warc(tmp_path / "crawl.warc.gz", 3)
    result = invoke(path, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = lines(result.stdout)  # the requests and robots.txt are no articles
    assert [r["url"] for r in rows] == [f"https://news.test/{n}" for n in range(3)]
    assert all(r["id"].startswith("<urn:uuid:") for r in rows)
    assert rows[1]["title"] == "Lenmoor opens its new harbour wall after 3 years of work"
    offsets = [int(r["source"].rsplit(":", 1)[1]) for r in rows]
    assert offsets == sorted(offsets) and offsets[0] > 0


def test_a_damaged_warc_keeps_what_was_read_and_ends_in_one_error(tmp_path):
    pytest.importorskip("warcio")
    whole = write_warc(tmp_path / "crawl.warc.gz", 3).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:len(whole) // 2] + b"garbage" * 20 + whole[len(whole) // 2:])
    result = invoke(cut, "-f", "jsonl")
    rows = lines(result.stdout)
    assert result.exit_code == 1
    assert [r["url"] for r in rows[:-1]] == ["https://news.test/0"]
    assert rows[-1]["source"] == str(cut)
    assert rows[-1]["error"].startswith(f"damaged after {cut}:")
    assert len(result.stderr.splitlines()) == 1 and len(result.stderr) < 400


def test_parquet_without_pyarrow_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    result = invoke(tmp_path / "news.parquet", "-f", "jsonl")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("brief: error: reading Parquet needs pyarrow: "
                             "pip install 'newsbrief[corpus]'\n")


def test_cluster_without_dask_says_how_to_install_it(corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    result = invoke(corpus, "--cluster", "local", "-o", corpus.parent / "out")
    assert result.exit_code == 2
    assert result.stderr == ("brief: error: --cluster needs Dask distributed: "
                             "pip install 'newsbrief[cluster]'\n")


def test_a_json_lines_run_imports_no_dask_pyarrow_warcio_or_fsspec(corpus):
    probe = ("import sys\nfrom typer.testing import CliRunner\nfrom newsbrief.cli.main import app\n"
             f"result = CliRunner().invoke(app, [{str(corpus)!r}, '-f', 'jsonl', '-j', '1'])\n"
             "print(result.exit_code, sorted(m for m in ('distributed', 'dask', 'pyarrow', "
             "'warcio', 'fsspec') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=120)
    assert result.stdout == "1 []\n", result.stderr


def test_a_plain_install_requires_no_dask_pyarrow_or_warcio():
    from importlib.metadata import requires

    plain = [r for r in requires("newsbrief") or () if "extra ==" not in r]
    assert plain and not [r for r in plain
                          if r.split()[0].lower().startswith(("dask", "distributed", "pyarrow",
                                                              "warcio", "fsspec"))]
    cluster = [r for r in requires("newsbrief") if 'extra == "cluster"' in r]
    assert any(r.startswith("distributed") for r in cluster)


def _run_on_a_terminal(args) -> tuple[subprocess.CompletedProcess, str]:
    """Run brief with stderr on a pseudo-terminal; what it showed there."""
    import os
    import pty

    primary, secondary = pty.openpty()
    try:
        result = subprocess.run([sys.executable, "-m", "newsbrief.cli", *map(str, args)],
                                stderr=secondary, stdout=subprocess.PIPE, text=True, timeout=120)
        os.close(secondary)
        seen = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(primary)
    return result, seen.decode(errors="replace")


def test_progress_and_tally_on_a_terminal_count_records(corpus, tmp_path):
    out = tmp_path / "out"
    result, shown = _run_on_a_terminal([corpus, "-o", out, "--partition-size", "4", "-j", "2"])
    assert result.returncode == 1
    assert "briefed 10, failed 3, skipped 0" in shown and "articles/s" in shown
    assert f"brief: error: {corpus}:13: no text field" in shown
    (out / "shard-00001.jsonl").unlink()
    result, shown = _run_on_a_terminal([corpus, "-o", out, "--partition-size", "4"])
    assert result.returncode == 0
    assert "briefed 4, failed 0, skipped 9" in shown


def test_ctrl_c_leaves_whole_shards_only(tmp_path):
    import signal
    import time

    path = write_jsonl(tmp_path / "many.jsonl", records(400))
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "newsbrief.cli", str(path), "-o", str(out),
                             "-j", "2", "--partition-size", "20"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(out.glob("shard-*.jsonl")):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in stderr
    names = sorted(p.name for p in out.iterdir())
    shards = [n for n in names if n.startswith("shard-")]
    assert set(names) - {"manifest.jsonl"} == set(shards)  # no temporary file left behind
    assert 0 < len(shards) < 20
    manifest = lines((out / "manifest.jsonl").read_text()) if "manifest.jsonl" in names else []
    for shard in shards:  # each whole
        assert len(lines((out / shard).read_text())) == 20
    # a Ctrl-C between a shard's rename and its manifest line leaves it unlisted (done again)
    assert {m["shard"] for m in manifest} <= set(shards)
