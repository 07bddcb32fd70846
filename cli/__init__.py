"""The brief command line: everything that touches the terminal lives here."""
import gc

# Starting up makes tens of thousands of objects that live as long as the process (modules,
# compiled patterns, the models); the garbage collector would walk them again and again,
# ~2.5% of a one-article run. Collection stays off until cli.run.run_batch turns it back on:
# before a batch of several inputs, after a single one.
gc.disable()
