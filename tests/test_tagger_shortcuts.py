"""The tagger's shortcuts give what the plain computations give, ties and limits included."""
from __future__ import annotations

import random

import pytest

from newsbrief.facts import ner
from newsbrief.facts.ner_scores import LIFT, pack
from newsbrief.facts.tokens import _split_chunk, words_and_starts


def _plain_viterbi(table, transitions, start, end) -> list[int]:
    """Textbook Viterbi over every tag, the first best on ties."""
    k = len(start)
    score = [start[j] + table[0][j] for j in range(k)]
    backs = []
    for emission in table[1:]:
        back, new = [], []
        for j in range(k):
            values = [score[i] + transitions[i][j] for i in range(k)]
            best = max(values)
            back.append(values.index(best))
            new.append(best + emission[j])
        backs.append(back)
        score = new
    final = [score[j] + end[j] for j in range(k)]
    path = [final.index(max(final))]
    for back in reversed(backs):
        path.append(back[path[-1]])
    return path[::-1]


@pytest.mark.parametrize("spread", [3, 40, 3_000, 20_000])
def test_pruned_viterbi_equals_the_plain_one(spread):
    model = ner.load_model()
    rng = random.Random(spread)
    k = len(model.tags)
    to_o = tuple(row[0] for row in model.transitions)
    for _ in range(300):
        table = [tuple(rng.randint(-spread, spread) for _ in range(k))
                 for _ in range(rng.randint(1, 5))]
        start = rng.choice([model.start, model.transitions[0]])
        end = rng.choice([to_o, (0,) * k])
        assert ner.viterbi(table, model.transitions, start, end) == _plain_viterbi(
            table, model.transitions, start, end)


def test_viterbi_step_keeps_every_predecessor_that_can_win():
    model = ner.load_model()
    plan = ner._plan(model.transitions)
    rng = random.Random(2)
    k = len(model.tags)
    rows = model.transitions
    for _ in range(3000):
        # predecessors nearly tied into one tag: the pruning must keep all that can win
        j = rng.choice([j for j, _ in plan.full])
        score = [rng.randint(-10**6, 10**6) if rows[i][j] < ner.NEG // 2
                 else -rows[i][j] + rng.choice([0, 0, 1, -1, -300, -5000]) for i in range(k)]
        emission = tuple(rng.randint(-50, 50) for _ in range(k))
        new, back = ner._step(plan, score, emission)
        for t in range(k):
            values = [score[i] + rows[i][t] for i in range(k)]
            assert back[t] == values.index(max(values))
            assert new[t] == max(values) + emission[t]


def _relative(table, raised: int) -> int:
    """A token's packed scores as the word table holds them (one lifted own row)."""
    return table.relative(raised) + LIFT * table.ones


def test_lead_test_reads_the_leads_without_unpacking():
    model = ner.load_model()
    table = ner._word_table(model)
    k = len(model.tags)
    rng = random.Random(5)
    for _ in range(2000):
        limits = tuple(rng.randint(-30_000, 30_000) for _ in range(k))
        # every tag far from its limit but one, just at, short of or past it
        near, offset = rng.randrange(1, k), rng.choice([-1, 0, 1])
        scores = [rng.randint(-50_000, 50_000)]
        scores += [scores[0] - limits[j] + (offset if j == near else -rng.randint(2, 9_000))
                   for j in range(1, k)]
        packed = _relative(table, pack(tuple(scores)) + pack((0,) * k) * rng.randint(0, 9))
        expected = any(scores[0] - scores[j] <= limits[j] for j in range(1, k))
        assert bool(table.lead(packed, table.lead.shift(limits))) == expected


def test_runs_that_stay_o_are_left_out_without_changing_tags():
    model = ner.load_model()
    table = ner._word_table(model)
    k = len(model.tags)
    limits = ner.stay_limits(model)
    rng = random.Random(11)
    tagged = 0
    for _ in range(3000):
        length = rng.randint(1, 7)
        raised = {}
        for i in range(length):
            if rng.random() < 0.7:
                o = rng.randint(-5_000, 5_000)
                near = rng.random() < 0.7  # just past or just short of the limits
                row = [o] + [o - limits[j] - rng.choice([-1, 0, 1, 2]) if near
                             else o + rng.randint(-30_000, 30_000) for j in range(1, k)]
                raised[i] = pack(tuple(row))
        packed = {i: _relative(table, p) for i, p in raised.items()}
        leaving = [i for i, p in packed.items() if table.lead(p, table.leave_shift)]
        tags = [0] * length
        for first, run in ner._runs_leaving(packed, leaving):
            tags[first:first + len(run)] = ner.decode_run(
                model, [table.unpack(p) for p in run], first, length)
        expected = ner.decode(model, length, {i: table.unpack(p) for i, p in raised.items()})
        assert tags == expected
        tagged += any(expected)
    assert tagged > 100  # not only all-O sentences


@pytest.mark.parametrize(("chunk", "tokens"), [
    ("Mr.", ["Mr."]), ("J.", ["J."]), ("end.", ["end", "."]), ("A1.", ["A1", "."]),
    ("NATO.", ["NATO", "."]), ("é.", ["é", "."]), ("É.", ["É."]), ("2004.", ["2004", "."])])
def test_a_period_stays_with_abbreviations_and_initials(chunk, tokens):
    assert words_and_starts(chunk)[0] == tokens


@pytest.mark.parametrize("chunk", ["end.", "Mr.", "mr.", "J.", "a.", "No.", "é.", "É.", "2004.",
                                   "A1.", "word,", 'said,"', '"Hi', "don't", "U.S.", "--",
                                   "(CNN)", "31-year-old", "...", "x.\u00a0y", "_."])
def test_tokenizer_shortcuts_split_as_the_regex(chunk):
    words, starts = words_and_starts(chunk)
    assert [(a, a + len(w)) for w, a in zip(words, starts, strict=True)] == _split_chunk(chunk)


def test_emissions_are_the_lanes_less_lift():
    model = ner.load_model()
    table = ner._word_table(model)
    k = len(model.tags)
    rng = random.Random(13)
    for _ in range(2000):
        spread = rng.choice([10, 30_000, 2**39])  # pack() takes weights above -BIAS
        scores = tuple(rng.randint(-spread, spread) for _ in range(k))
        packed = _relative(table, pack(scores) + pack((0,) * k) * rng.randint(0, 9))
        lanes = table.unpack(packed)
        assert table.emissions(packed) == tuple(lane - LIFT for lane in lanes)
        assert table.emissions(packed) == tuple(s - scores[0] for s in scores)
