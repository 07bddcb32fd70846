"""Article text is data: the cleaning lives in the library (``newsbrief.safety``), as corpus
shards made on cluster workers are cleaned there. Kept for code that imports it from here."""
from newsbrief.safety import clean, clean_data

__all__ = ["clean", "clean_data"]
