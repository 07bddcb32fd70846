"""Corpus partitions briefed on a Dask distributed cluster (the ``cluster`` extra).

Dask is imported here only, and this module only when ``--cluster`` is given. Each partition
is one task, ``newsbrief.partitions.brief_partition``, which the workers import from their own
installed newsbrief; results come back in partition order with a bounded number of tasks in
flight, so the client's memory stays flat. Dask reruns the tasks of a worker that dies.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from newsbrief.corpus import CorpusOptions
from newsbrief.errors import CorpusError, MissingExtraError
from newsbrief.partitions import Partition, PartitionFailed, ShardText, brief_partition
from newsbrief.records import Options

INSTALL = "pip install 'newsbrief[cluster]'"
LOCAL = "local"
# Tasks in flight per worker thread: enough that a slow partition never starves a worker.
_WINDOW_PER_THREAD = 4


def _distributed():
    try:
        import distributed
    except ImportError:
        raise MissingExtraError(f"--cluster needs Dask distributed: {INSTALL}") from None
    return distributed


class Cluster:
    """A client of a running scheduler (``tcp://host:8786``) or of a LocalCluster
    (``local``, ``workers`` single-threaded processes); a context manager."""

    def __init__(self, address: str, timeout: float, workers: int = 2) -> None:
        distributed = _distributed()
        self.address = address
        self._local = None
        try:
            if address == LOCAL:
                self._local = distributed.LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True,
                    dashboard_address=None)
                self.client = distributed.Client(self._local, timeout=timeout)
            else:
                self.client = distributed.Client(address, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise CorpusError(_unreachable(address, timeout, exc)) from None
        try:
            self.client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError):
            self.close()
            raise CorpusError(f"no Dask worker joined the scheduler at {address} within "
                              f"{timeout:g} s") from None

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close(timeout=10)
        if self._local is not None:
            self._local.close(timeout=10)

    def threads(self) -> int:
        return sum(self.client.nthreads().values()) or 1

    def check_versions(self, version: str) -> None:
        """Refuse workers that run another brief (or none) before any work is sent.

        The workers are asked for the installed distribution's version with the standard
        library alone (importlib.metadata.version): a function of newsbrief's would have to be
        imported there first, and fail on the very workers this is meant to find."""
        from importlib.metadata import version as installed

        found = self.client.run(installed, "newsbrief", on_error="return")
        wrong = {worker: (f"has {v}" if isinstance(v, str) else "has no newsbrief installed")
                 for worker, v in found.items() if v != version}
        if wrong:
            worker, theirs = sorted(wrong.items())[0]
            raise CorpusError(f"{len(wrong)} of {len(found)} workers run another brief: {worker} "
                              f"{theirs}, this client {version}; install newsbrief "
                              f"{version} on the workers")

    def events(self, parts: Iterable[Partition], options: Options, corpus: CorpusOptions,
               max_bytes: int) -> Iterator[ShardText | Partition | PartitionFailed]:
        """Each partition's shard text, then the partition itself, in partition order (as
        ``partitions.brief_locally`` yields records then the partition); a partition whose
        task failed for good is a PartitionFailed instead."""
        window = max(4, self.threads() * _WINDOW_PER_THREAD)
        pending: deque = deque()
        try:
            for part in parts:
                pending.append((part, self._submit(part, options, corpus, max_bytes)))
                while len(pending) >= window:
                    yield from self._result(*pending.popleft())
            while pending:
                yield from self._result(*pending.popleft())
        finally:
            if pending:
                self.client.cancel([future for _, future in pending])

    def _submit(self, part: Partition, options: Options, corpus: CorpusOptions, max_bytes: int):
        # pure=False: a rerun of the same partition must run again, not reuse a result
        return self.client.submit(brief_partition, part, options, corpus, max_bytes, pure=False)

    def _result(self, part: Partition,
                future) -> Iterator[ShardText | Partition | PartitionFailed]:
        try:
            shard = future.result()
        except Exception as exc:  # noqa: BLE001 - e.g. KilledWorker after repeated deaths
            if self.client.status != "running":  # the scheduler is gone: so is every task
                raise CorpusError(f"lost the Dask scheduler at {self.address} "
                                  f"({type(exc).__name__}); rerun to resume") from None
            yield PartitionFailed(part, f"failed on the cluster: {type(exc).__name__}: {exc}")
            return
        finally:
            future.release()
        yield shard
        yield part


def _unreachable(address: str, timeout: float, exc: BaseException) -> str:
    if address == LOCAL:
        return f"cannot start a local Dask cluster: {exc}"
    return f"cannot reach the Dask scheduler at {address} within {timeout:g} s"
