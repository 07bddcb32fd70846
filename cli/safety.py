"""Article text is data: the cleaning lives in the library (``newsbrief.safety``), as corpus
shards written on cluster workers are cleaned there; the command line uses it from here."""
from newsbrief.safety import clean, clean_data

__all__ = ["clean", "clean_data"]
