"""The bounded cache of per-word values kept across a batch (newsbrief.cache)."""
from newsbrief.cache import GenerationCache


def test_values_are_made_once_and_the_cache_stays_bounded():
    made: list[int] = []

    def make(key: int) -> int:
        made.append(key)
        return key * key

    cache = GenerationCache(make, 10)
    assert [cache(k) for k in range(1000)] == [k * k for k in range(1000)]
    assert made == list(range(1000))
    assert 10 < len(cache) <= 20


def test_keys_in_use_survive_the_turn_of_generations():
    """A key asked for in every generation is made once, however many others pass."""
    made: list[str] = []
    cache = GenerationCache(lambda key: made.append(key) or key.upper(), 5)
    for n in range(200):
        assert cache("the") == "THE"
        assert cache(f"w{n}") == f"W{n}"
    assert made.count("the") == 1
    assert len(cache) <= 10


def test_a_key_idle_for_two_generations_is_made_again():
    made: list[str] = []
    cache = GenerationCache(lambda key: made.append(key) or len(key), 3)
    cache("rare")
    for n in range(10):
        cache(f"w{n}")
    cache("rare")
    assert made.count("rare") == 2


def test_falsy_values_are_cached_too():
    """0 (a feature the model lacks) and None (a word that starts no name) are values."""
    made: list[str] = []
    cache = GenerationCache(lambda key: made.append(key), 4)  # always None
    for _ in range(3):
        assert cache("x") is None
    assert made == ["x"]
    cache.clear()
    assert len(cache) == 0
    cache("x")
    assert made == ["x", "x"]
