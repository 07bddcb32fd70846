from newsbrief.cli import run

run()
