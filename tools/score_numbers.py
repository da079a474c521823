#!/usr/bin/env python3
"""Scores `report-lens numbers` on a list of number expressions with their expected values.

Each line of a case file: the input, TAB, the expected values separated by spaces (nothing
after the TAB: no number expected). A case passes when the values printed are exactly those
expected (as a multiset, relative tolerance 1e-6); "all expected found" also counts cases with
extra values. Each input is analysed alone, as a document of its own.
Usage: python3 tools/score_numbers.py target/release/report-lens CASES.tsv... [-v]
"""
import json
import subprocess
import sys


def run(binary, text):
    out = subprocess.run([binary, "numbers", "-"], input=text.encode(), capture_output=True).stdout.decode()
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1, abs(b))


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    binary, suites = args[0], args[1:]
    for suite in suites:
        exact = covered = n = 0
        for line in open(suite, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            text, expected = line.split("\t")
            expected = [float(x) for x in expected.split()]
            found = run(binary, text)
            remaining = [f["value"] for f in found]
            all_found = True
            for e in expected:
                match = next((v for v in remaining if close(v, e)), None)
                if match is None:
                    all_found = False
                else:
                    remaining.remove(match)
            n += 1
            covered += all_found
            exact += all_found and not remaining
            if verbose and not (all_found and not remaining):
                print("  FAIL", text, expected, [(f["text"], f["value"], f["unit"]) for f in found])
        print(f"{suite}: {exact}/{n} exact ({exact / max(n, 1):.1%}), {covered}/{n} with all expected values found")


main()
