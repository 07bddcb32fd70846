"""Tiny gradient-boosted regression trees with logistic loss, in numpy (training only).

A tree is a leaf value (float) or [feature, threshold, left, right]: go left when
``x[feature] <= threshold``. No sampling, no randomness: the same data gives the same trees.
"""
from __future__ import annotations

import numpy as np


def make_bins(X: np.ndarray, max_bins: int) -> tuple[list[np.ndarray], np.ndarray]:
    """Candidate thresholds per feature (quantiles) and every value's bin number."""
    cuts = np.linspace(0, 1, max_bins + 1)[1:-1]
    thresholds = [np.unique(np.quantile(X[:, j], cuts)) for j in range(X.shape[1])]
    bins = np.stack([np.searchsorted(thresholds[j], X[:, j], side="left")
                     for j in range(X.shape[1])], axis=1)
    return thresholds, bins.astype(np.int32)


def _best_split(bins, g, h, thresholds, rows, lam, min_hess):
    """(gain, feature, bin) of the best split of ``rows``, or None."""
    G, H = g[rows].sum(), h[rows].sum()
    parent = G * G / (H + lam)
    best = None
    for j, cut in enumerate(thresholds):
        if len(cut) == 0:
            continue
        gb = np.bincount(bins[rows, j], weights=g[rows], minlength=len(cut) + 1)
        hb = np.bincount(bins[rows, j], weights=h[rows], minlength=len(cut) + 1)
        GL, HL = np.cumsum(gb)[:-1], np.cumsum(hb)[:-1]
        GR, HR = G - GL, H - HL
        ok = (HL >= min_hess) & (HR >= min_hess)
        gain = np.where(ok, GL ** 2 / (HL + lam) + GR ** 2 / (HR + lam) - parent, -1.0)
        k = int(np.argmax(gain))
        if gain[k] > 1e-9 and (best is None or gain[k] > best[0]):
            best = (float(gain[k]), j, k)
    return best


def _grow(bins, g, h, thresholds, rows, depth, lam, min_hess, rate):
    """One tree (nested lists) fitted by Newton steps to gradients g and hessians h."""
    split = _best_split(bins, g, h, thresholds, rows, lam, min_hess) if depth > 0 else None
    if split is None:
        return float(-rate * g[rows].sum() / (h[rows].sum() + lam))
    _, j, k = split
    left, right = rows[bins[rows, j] <= k], rows[bins[rows, j] > k]
    return [j, float(thresholds[j][k]),
            _grow(bins, g, h, thresholds, left, depth - 1, lam, min_hess, rate),
            _grow(bins, g, h, thresholds, right, depth - 1, lam, min_hess, rate)]


def predict_tree(tree, X: np.ndarray) -> np.ndarray:
    if not isinstance(tree, list):
        return np.full(len(X), tree)
    j, threshold, left, right = tree
    out = np.empty(len(X))
    go_left = X[:, j] <= threshold
    out[go_left] = predict_tree(left, X[go_left])
    out[~go_left] = predict_tree(right, X[~go_left])
    return out


def fit(X: np.ndarray, y: np.ndarray, *, trees: int, depth: int, rate: float,
        lam: float = 1.0, min_hess: float = 5.0, max_bins: int = 32) -> tuple[float, list]:
    """Boost ``trees`` trees on 0/1 labels ``y``; returns (base log-odds, trees)."""
    thresholds, bins = make_bins(X, max_bins)
    prior = float(np.clip(y.mean(), 1e-6, 1 - 1e-6))
    base = float(np.log(prior / (1 - prior)))
    F = np.full(len(y), base)
    rows = np.arange(len(y))
    forest = []
    for _ in range(trees):
        p = 1.0 / (1.0 + np.exp(-F))
        tree = _grow(bins, p - y, p * (1 - p), thresholds, rows, depth, lam, min_hess, rate)
        forest.append(tree)
        F += predict_tree(tree, X)
    return base, forest


def predict(model: tuple[float, list], X: np.ndarray) -> np.ndarray:
    base, forest = model
    F = np.full(len(X), base)
    for tree in forest:
        F += predict_tree(tree, X)
    return F
