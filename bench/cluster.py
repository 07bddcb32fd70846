"""A corpus on a Dask cluster against the local process pool (issue 20).

Usage:
    python bench/cluster.py [--data DIR] [--articles 10000] [--partition-size 250]
                            [--workers 2 1] [--rounds 1] [--no-nanny]

Builds a JSON Lines corpus of ``--articles`` articles in a temporary folder from development
files under ../shared/data (English dev/train sets, cycled when there are fewer; nothing is
written into the repository), then briefs it with the installed ``brief``:

- ``brief corpus.jsonl -o DIR --jobs 2``: the local process pool, the baseline;
- ``brief corpus.jsonl -o DIR --cluster tcp://127.0.0.1:PORT`` against a ``dask scheduler`` and
  W ``dask worker --nthreads 1`` processes on loopback, for each W of ``--workers``; each
  worker runs under its nanny as ``dask worker`` does by default (``--no-nanny`` to leave it
  out: the nanny also sets MALLOC_TRIM_THRESHOLD_ for its worker, which keeps its memory down).

It prints wall time, throughput, the ratio to ``--jobs 2``, the per-article overhead of the
cluster, each worker's peak and final resident memory, whether the shards and manifest are
byte-identical to the local run's, and the costs the scaling projection rests on: a no-op
task's round trip through the scheduler, and the client's cost per record (formatting and
writing shards). The load average before each run says how busy the shared machine was.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import data_arg, read_jsonl, require_data  # noqa: E402

SETS = (("cnn-stories", "train.jsonl"), ("cnn-stories", "dev.jsonl"),
        ("dailymail-dev", "dev.jsonl"), ("dailymail-val", "dev.jsonl"),
        ("dailymail-val", "more.jsonl"), ("cnn-val", "dev.jsonl"),
        ("bbc-news-summary", "dev.jsonl"), ("dailymail-hf-train", "dev.jsonl"))
BIN = Path(sys.executable).parent


def build_corpus(data: Path, count: int, path: Path) -> int:
    """``count`` records {id, article}, the development articles cycled; how many are distinct."""
    articles = []
    for parts in SETS:
        articles += [(r["id"], r["article"]) for r in read_jsonl(require_data(data, *parts))]
    with open(path, "w", encoding="utf-8") as stream:
        for n in range(count):
            ident, text = articles[n % len(articles)]
            lap = n // len(articles)
            record = {"id": ident if lap == 0 else f"{ident}#{lap + 1}", "article": text}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return min(count, len(articles))


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def run_brief(args: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    result = subprocess.run([str(BIN / "brief"), *args], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 1):
        sys.exit(f"brief failed ({result.returncode}): {result.stderr[-2000:]}")
    return seconds, result


def tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


class LoopbackCluster:
    """``dask scheduler`` and ``workers`` single-threaded ``dask worker`` processes on
    127.0.0.1."""

    def __init__(self, folder: Path, workers: int, nanny: bool) -> None:
        self.file = folder / f"scheduler-{workers}.json"
        log = open(folder / f"dask-{workers}.log", "ab")  # noqa: SIM115 - closed in close()
        self.log = log
        self.processes = [subprocess.Popen(
            [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
             "--no-dashboard", "--scheduler-file", str(self.file)], stdout=log, stderr=log)]
        deadline = time.monotonic() + 60
        while not self.file.exists():
            if time.monotonic() > deadline:
                sys.exit("the dask scheduler did not start within 60 s")
            time.sleep(0.1)
        for n in range(workers):
            self.processes.append(subprocess.Popen(
                [str(BIN / "dask"), "worker", "--scheduler-file", str(self.file), "--nthreads",
                 "1", "--nanny" if nanny else "--no-nanny", "--no-dashboard", "--host",
                 "127.0.0.1", "--memory-limit", "0", "--name", f"w{n}"], stdout=log, stderr=log))
        import distributed

        self.client = distributed.Client(json.loads(self.file.read_text())["address"],
                                         timeout=60)
        self.client.wait_for_workers(workers, timeout=120)
        self.address = self.client.scheduler.address

    def memory(self) -> dict[str, tuple[float, float, float | None]]:
        """Each worker's peak and current resident memory, and its nanny's, in MB."""
        found = self.client.run(_memory)
        return {worker: found[worker] for worker in sorted(found)}

    def noop_round_trip(self, tasks: int = 2000) -> float:
        """Seconds a no-op task costs through the scheduler, per task, many in flight."""
        started = time.perf_counter()
        futures = self.client.map(_noop, range(tasks), pure=False)
        self.client.gather(futures)
        seconds = time.perf_counter() - started
        del futures
        return seconds / tasks

    def close(self) -> None:
        self.client.close()
        for process in reversed(self.processes):
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        self.log.close()


def _memory() -> tuple[float, float, float | None]:
    import psutil

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    me = psutil.Process()
    parent = me.parent()
    nanny = None
    if parent is not None and "dask" in " ".join(parent.cmdline()):
        nanny = parent.memory_info().rss / 2**20
    return peak, me.memory_info().rss / 2**20, nanny


def _noop(x):
    return x


def client_cost_per_record(shards: Path) -> float:
    """Seconds the client spends on a record of a cluster run: unpickle the partition's shard
    text from the worker, write it to the shard (the lines come made from the workers)."""
    import pickle

    from newsbrief.partitions import ShardText

    blocks = []
    for shard in sorted(shards.glob("shard-*.jsonl")):
        text = shard.read_text(encoding="utf-8")
        errors = tuple((row["source"], row["error"]) for row in map(json.loads, text.splitlines())
                       if "error" in row)
        blocks.append(pickle.dumps(ShardText(text, text.count("\n") - len(errors), errors)))
    records = 0
    with tempfile.TemporaryFile("w", encoding="utf-8") as sink:
        started = time.perf_counter()
        for block in blocks:
            shard = pickle.loads(block)
            sink.write(shard.text)
            records += shard.briefs + len(shard.errors)
        seconds = time.perf_counter() - started
    return seconds / max(records, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    data_arg(parser)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--partition-size", type=int, default=250)
    parser.add_argument("--workers", type=int, nargs="+", default=[2, 1])
    parser.add_argument("--rounds", type=int, default=1,
                        help="pairs of --jobs 2 and cluster runs for each worker count, in "
                             "alternating order, so a change in the machine's load weighs on "
                             "both")
    parser.add_argument("--no-nanny", action="store_true", help="workers without a nanny")
    args = parser.parse_args()
    try:
        import distributed  # noqa: F401
    except ImportError:
        sys.exit("bench/cluster.py needs the cluster extra: pip install '.[cluster]'")
    with tempfile.TemporaryDirectory(prefix="brief-bench-cluster-") as folder:
        work = Path(folder)
        corpus = work / "corpus.jsonl"
        distinct = build_corpus(args.data, args.articles, corpus)
        size = ["--partition-size", str(args.partition_size)]
        partitions = -(-args.articles // args.partition_size)
        print(f"corpus: {args.articles:,} articles ({distinct:,} distinct, "
              f"{corpus.stat().st_size / 2**20:.1f} MB), {partitions} partitions of "
              f"{args.partition_size}; {os.cpu_count()} CPUs")

        runs = itertools.count()

        def local(_: int) -> float:
            out = work / f"local-{next(runs)}"
            print(f"load average before --jobs 2: {load()}")
            seconds, _ = run_brief([str(corpus), "-o", str(out), "--jobs", "2", *size])
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"--jobs 2: {seconds:.1f} s, {args.articles / seconds:.1f} articles/s "
                  f"(largest process so far peaked at {peak:.0f} MB)")
            return seconds

        first = local(0)
        cost = client_cost_per_record(work / "local-0")
        print(f"cluster client's cost per record (unpickle a partition's shard text, write "
              f"it): {cost * 1e6:.1f} us, a ceiling of {1 / cost:,.0f} articles/s")
        for workers in args.workers:
            cluster = LoopbackCluster(work, workers, nanny=not args.no_nanny)
            try:
                for round_ in range(args.rounds):
                    before = first if round_ == 0 and workers == args.workers[0] else None
                    if before is None and round_ % 2 == 0:
                        before = local(1 + round_)
                    seconds = clustered(cluster, workers, corpus, work, size, args.articles)
                    after = local(1 + round_) if before is None else None
                    baseline = before or after
                    overhead = (seconds - baseline) * workers / args.articles
                    print(f"  {baseline / seconds:.3f}x --jobs 2 in this pair; per-article "
                          f"overhead {overhead * 1e3:+.2f} ms of worker time "
                          f"({overhead * args.articles / partitions / workers:+.3f} s a "
                          f"partition)" if workers == 2 else
                          f"  {baseline / seconds:.3f}x --jobs 2 in this pair")
                for worker, (peak, now, nanny) in cluster.memory().items():
                    line = f"  worker {worker}: peak {peak:.0f} MB, now {now:.0f} MB resident"
                    if nanny is not None:
                        line += f"; its nanny {nanny:.0f} MB"
                    print(line)
                trip = cluster.noop_round_trip()
                print(f"  no-op task through the scheduler: {trip * 1e3:.2f} ms a task")
            finally:
                cluster.close()


def clustered(cluster: LoopbackCluster, workers: int, corpus: Path, work: Path,
              size: list[str], articles: int) -> float:
    out = work / f"cluster-{workers}"
    if out.exists():
        import shutil

        shutil.rmtree(out)
    print(f"load average before {workers}-worker cluster: {load()}")
    seconds, _ = run_brief([str(corpus), "-o", str(out), "--cluster", cluster.address, *size])
    same = tree(out) == tree(work / "local-0")
    print(f"cluster, {workers} worker(s) x 1 thread: {seconds:.1f} s, {articles / seconds:.1f} "
          f"articles/s; shards and manifest {'identical to' if same else 'DIFFER from'} "
          f"--jobs 2's")
    return seconds


if __name__ == "__main__":
    main()
