"""The library's version, in a module of its own so that modules of the package can read it
without importing the package's public names (newsbrief.web sends it as its User-Agent)."""
__version__ = "0.1.0"
