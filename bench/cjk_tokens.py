"""Chinese tokens: jieba beside brief's dictionary-free bigram terms (cold cost, speed, files).

Usage: python bench/cjk_tokens.py [--cold-runs N]

Each tokenizer runs cold in a fresh interpreter whose TMPDIR is an empty
folder, so files it writes there (jieba's cache) are seen; a second run in the
same folder shows the cost with that cache. Texts: brief's own Chinese test
sentences and article (tests/).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TOKENIZERS = {
    "brief terms": ("from newsbrief.text import terms",
                    "tok = lambda t: terms(t, 'zh')"),
    "jieba": ("import logging, warnings\nwarnings.simplefilter('ignore')\nimport jieba\n"
              "jieba.setLogLevel(logging.ERROR)",
              "jieba.initialize()\ntok = lambda t: list(jieba.cut(t))"),
}
_PROGRAM = """import time, sys
sys.path.insert(0, {root!r}); sys.path.insert(0, {tests!r})
t0 = time.perf_counter()
{imports}
t1 = time.perf_counter()
{build}
tok('央行维持利率不变。')
t2 = time.perf_counter()
from multilingual_texts import ARTICLES
texts = [line for line in open({data!r}, encoding='utf-8') if line.startswith('zh\\t')]
texts = [t.split('\\t')[2] for t in texts] + [ARTICLES['zh']]
t3 = time.perf_counter()
for _ in range(20):
    for text in texts:
        tok(text)
t4 = time.perf_counter()
print(t1 - t0, t2 - t1, (t4 - t3) / (20 * len(texts)), tok(texts[0]))
"""


def run(name: str, tmpdir: str) -> tuple[float, float, float, str, list[str]]:
    """(import ms, first-call ms, ms/text, tokens of one text, files left in TMPDIR)."""
    imports, build = TOKENIZERS[name]
    program = _PROGRAM.format(root=str(ROOT), tests=str(ROOT / "tests"), imports=imports,
                              build=build, data=str(ROOT / "tests" / "data" / "langid_news.tsv"))
    env = {**os.environ, "TMPDIR": tmpdir, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                         check=True, env=env)
    a, b, c, tokens = out.stdout.split(" ", 3)
    return float(a) * 1000, float(b) * 1000, float(c) * 1000, tokens.strip(), out.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold-runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'tokenizer':<12} {'cache':<8} {'import ms':>10} {'init ms':>9} {'ms/text':>8} "
          f"{'stderr':>7}  files written to TMPDIR")
    examples = {}
    for name in TOKENIZERS:
        with tempfile.TemporaryDirectory() as tmpdir:
            for label in ("none", "warm"):
                try:
                    runs = [run(name, tmpdir) for _ in range(args.cold_runs if label == "warm"
                                                               else 1)]
                except subprocess.CalledProcessError as exc:
                    print(f"{name}: not available ({exc.stderr.strip().splitlines()[-1]})")
                    break
                files = sorted(os.listdir(tmpdir))
                med = [statistics.median(r[k] for r in runs) for k in range(3)]
                print(f"{name:<12} {label:<8} {med[0]:10.1f} {med[1]:9.1f} {med[2]:8.3f} "
                      f"{len(runs[-1][4]):7d}  {', '.join(files) or '-'}")
                examples[name] = runs[-1][3]
    print()
    for name, tokens in examples.items():
        print(f"{name}: {tokens}")


if __name__ == "__main__":
    main()
