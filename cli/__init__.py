"""The brief command line: everything that touches the terminal lives here."""
