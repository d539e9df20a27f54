"""Scripts the benchmark runs in fresh interpreters (``python bench/scripts/NAME.py ...``), timing them from outside.

Each imports the skill from the current folder (a checkout, or the Lambda zip unpacked), as Lambda's
task root is, and prints its figures as one JSON line.
"""
