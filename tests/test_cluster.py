"""Corpus runs on a real Dask cluster on loopback: a `dask scheduler` and `dask worker`
subprocesses on 127.0.0.1, every wait bounded. Needs the cluster extra; skip with
``-m "not cluster"``."""
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief.cli.main import app

from .corpus_files import records, write_jsonl, write_parquet, write_warc

distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")
pytest.importorskip("warcio")
pytestmark = pytest.mark.cluster

DASK = Path(sys.executable).parent / "dask"
START_TIMEOUT = 60  # seconds for the scheduler and workers to come up
IDLE_TIMEOUT = "300s"  # a scheduler that has run no task for this long closes
RUN_TIMEOUT = 180  # seconds for one brief run


def _spawn(args, log: Path, env=None) -> subprocess.Popen:
    # a session of its own, so a kill reaches the worker and nothing else
    with open(log, "ab") as stream:
        return subprocess.Popen([str(DASK), *args], stdout=stream, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, cwd=log.parent, env=env,
                                start_new_session=True)


def _stop(process: subprocess.Popen, sig=signal.SIGTERM) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=15)


class Loopback:
    """A scheduler and workers on 127.0.0.1, stopped at the end of the block."""

    def __init__(self, folder: Path, workers: int = 2) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.file = folder / "scheduler.json"
        self.processes = []
        self.workers = []
        # --idle-timeout: a run killed before close() (SIGKILL, a closed terminal) leaves no
        # cluster behind for long: the scheduler ends once it has run no task for that
        # long, and its workers --death-timeout after it (this module's tests keep it busy)
        self.scheduler = _spawn(["scheduler", "--host", "127.0.0.1", "--port", "0",
                                 "--no-dashboard", "--scheduler-file", str(self.file),
                                 "--idle-timeout", IDLE_TIMEOUT],
                                folder / "scheduler.log")
        self.processes.append(self.scheduler)
        self.address = self._address()
        for n in range(workers):
            self.add_worker(f"w{n}")
        self.wait_for(workers)

    def _address(self) -> str:
        # the scheduler creates its file before it writes it: wait for the whole record
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            assert self.scheduler.poll() is None, (self.folder / "scheduler.log").read_text()
            with contextlib.suppress(OSError, ValueError, KeyError):
                return json.loads(self.file.read_text())["address"]
            assert time.monotonic() < deadline, f"no scheduler address in {START_TIMEOUT} s"
            time.sleep(0.1)

    def add_worker(self, name: str, env=None) -> subprocess.Popen:
        worker = _spawn(["worker", "--scheduler-file", str(self.file), "--nthreads", "1",
                         "--no-nanny", "--no-dashboard", "--host", "127.0.0.1", "--name", name,
                         "--memory-limit", "0", "--death-timeout", "60"],
                        self.folder / f"{name}.log", env)
        self.processes.append(worker)
        self.workers.append(worker)
        return worker

    def wait_for(self, count: int) -> None:
        with distributed.Client(self.address, timeout=START_TIMEOUT) as client:
            client.wait_for_workers(count, timeout=START_TIMEOUT)

    def close(self) -> None:
        for process in reversed(self.processes):
            _stop(process)


@pytest.fixture(scope="module")
def loopback(tmp_path_factory):
    cluster = Loopback(tmp_path_factory.mktemp("loopback"))
    yield cluster
    cluster.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """JSON Lines (plain and gzip, with bad records), Parquet and WARC: 260 records."""
    folder = tmp_path_factory.mktemp("corpus")
    rows = records(120)
    rows[17]["text"] = 42  # not text
    plain = write_jsonl(folder / "a.jsonl", rows, extra_lines=("{broken\n",))
    packed = write_jsonl(folder / "b.jsonl.gz", records(40, start=120))
    parquet = write_parquet(folder / "c.parquet", records(60, start=160), row_group_size=20)
    warc = write_warc(folder / "d.warc.gz", 40, start=220)
    return [str(plain), str(packed), str(parquet), str(warc)]


def brief(*args, timeout=RUN_TIMEOUT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsbrief.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def local_run(sources, out: Path, *options) -> None:
    result = CliRunner().invoke(app, [*sources, "-o", str(out), "--jobs", "1", *options])
    assert result.exit_code == 1, result.stderr  # the two bad records
    return result


def tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("reference") / "out"
    local_run(corpus, out, "--partition-size", "10")
    return out


def test_a_cluster_run_writes_what_a_local_run_writes(loopback, corpus, reference, tmp_path):
    out = tmp_path / "out"
    result = brief(*corpus, "-o", out, "--cluster", loopback.address, "--partition-size", "10")
    assert result.returncode == 1, result.stderr  # the two bad records, nothing else
    assert sorted(result.stderr.splitlines()) == sorted([
        f"brief: error: {corpus[0]}:18: field 'text' is int, not text",
        f"brief: error: {corpus[0]}:121: not JSON: Expecting property name enclosed in double "
        f"quotes: line 1 column 2 (char 1)"])
    assert tree(out) == tree(reference)
    manifest = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert sum(m["briefs"] + m["errors"] for m in manifest) == 261  # every record
    assert [m["input"] for m in manifest].count(corpus[1]) == 1  # a gzip file is one partition


def test_a_cluster_run_to_stdout_matches_a_local_one(loopback, corpus):
    local = CliRunner().invoke(app, [*corpus, "-f", "jsonl", "--jobs", "2"])
    clustered = brief(*corpus, "-f", "jsonl", "--cluster", loopback.address)
    assert clustered.stdout == local.stdout
    assert len(clustered.stdout.splitlines()) == 261


def test_the_scheduler_address_can_come_from_the_environment(loopback, corpus, tmp_path):
    env = {**os.environ, "DASK_SCHEDULER_ADDRESS": loopback.address}
    result = subprocess.run([sys.executable, "-m", "newsbrief.cli", corpus[3], "-f", "jsonl"],
                            capture_output=True, text=True, timeout=RUN_TIMEOUT, env=env)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 40


def test_a_rerun_resumes_and_redoes_only_what_is_missing(loopback, corpus, reference, tmp_path):
    out = tmp_path / "out"
    first = brief(*corpus, "-o", out, "--cluster", loopback.address, "--partition-size", "10")
    assert first.returncode == 1
    kept = {p.name: p.stat().st_mtime_ns for p in out.glob("shard-*.jsonl")}
    for name in ("shard-00002.jsonl", "shard-00007.jsonl"):
        (out / name).unlink()
        kept.pop(name)
    lines = (out / "manifest.jsonl").read_text().splitlines(keepends=True)
    (out / "manifest.jsonl").write_text("".join(lines[:-1]) + lines[-1][:25])  # a torn line
    kept.pop(json.loads(lines[-1])["shard"])
    rerun = brief(*corpus, "-o", out, "--cluster", loopback.address, "--partition-size", "10")
    assert rerun.returncode == 0, rerun.stderr  # the bad records' shard was not redone
    assert tree(out) == tree(reference)
    assert {name: (out / name).stat().st_mtime_ns for name in kept} == kept


def test_workers_of_another_brief_version_are_refused_before_any_work(loopback, corpus,
                                                                      tmp_path):
    # a worker whose installed newsbrief says 0.0.9: its metadata comes first on sys.path
    impostor = tmp_path / "impostor" / "newsbrief-0.0.9.dist-info"
    impostor.mkdir(parents=True)
    (impostor / "METADATA").write_text("Metadata-Version: 2.1\nName: newsbrief\nVersion: 0.0.9\n")
    env = {**os.environ, "PYTHONPATH": str(impostor.parent)}
    worker = loopback.add_worker("impostor", env)
    try:
        loopback.wait_for(3)
        out = tmp_path / "out"
        result = brief(corpus[3], "-o", out, "--cluster", loopback.address)
        assert result.returncode == 1
        assert result.stderr.startswith("brief: error: 1 of 3 workers run another brief: ")
        assert result.stderr.endswith("has 0.0.9, this client 0.1.0; install newsbrief 0.1.0 "
                                      "on the workers\n")
        assert not list(out.glob("shard-*"))
    finally:
        loopback.workers.remove(worker)
        loopback.processes.remove(worker)
        _stop(worker)


def test_an_unreachable_scheduler_is_one_line_and_exit_1(corpus, tmp_path):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = brief(corpus[0], "-o", tmp_path / "out", "--cluster", f"tcp://127.0.0.1:{port}",
                   "--timeout", "2", timeout=60)
    assert result.returncode == 1
    assert result.stderr == (f"brief: error: cannot reach the Dask scheduler at "
                             f"tcp://127.0.0.1:{port} within 2 s\n")
    assert not (tmp_path / "out").exists()  # nothing written before the cluster answers


def test_a_worker_killed_mid_run_loses_nothing(corpus, reference, tmp_path):
    cluster = Loopback(tmp_path / "killed")
    try:
        out = tmp_path / "out"
        run = subprocess.Popen(
            [sys.executable, "-m", "newsbrief.cli", *corpus, "-o", str(out), "--cluster",
             cluster.address, "--partition-size", "10"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
        manifest = out / "manifest.jsonl"
        deadline = time.monotonic() + RUN_TIMEOUT
        while time.monotonic() < deadline and run.poll() is None:
            if manifest.exists() and len(manifest.read_text().splitlines()) >= 2:
                break
            time.sleep(0.05)
        done_at_kill = len(manifest.read_text().splitlines())
        assert run.poll() is None and done_at_kill < 18  # mid-run: 18 partitions in all
        _stop(cluster.workers[0], signal.SIGKILL)
        stdout, stderr = run.communicate(timeout=RUN_TIMEOUT)
        assert run.returncode == 1, stderr  # the two bad records only
        assert len(stderr.splitlines()) == 2
        assert tree(out) == tree(reference)
    finally:
        cluster.close()


def test_a_lost_scheduler_is_one_line_and_exit_1_with_whole_shards(corpus, tmp_path):
    cluster = Loopback(tmp_path / "lost", workers=1)
    try:
        out = tmp_path / "out"
        run = subprocess.Popen(
            [sys.executable, "-m", "newsbrief.cli", *corpus, "-o", str(out), "--cluster",
             cluster.address, "--partition-size", "10"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + RUN_TIMEOUT
        while time.monotonic() < deadline and run.poll() is None:
            if (out / "manifest.jsonl").exists():
                break
            time.sleep(0.05)
        assert run.poll() is None  # mid-run
        _stop(cluster.scheduler, signal.SIGKILL)
        _, stderr = run.communicate(timeout=RUN_TIMEOUT)
        assert run.returncode == 1
        assert stderr.splitlines()[-1].startswith(
            f"brief: error: lost the Dask scheduler at {cluster.address} (")
        assert not list(out.glob(".brief-*"))  # no temporary shard left behind
        listed = [json.loads(line)["shard"] for line in (out / "manifest.jsonl").open()]
        assert listed and all((out / name).exists() for name in listed)
    finally:
        cluster.close()
