#!/usr/bin/env python3
"""Scores the analyzer on a report against a list of key metrics written by reading it.

Usage: python3 tools/score_metrics.py BIN REPORT.txt EXPECTED.tsv [-v]

EXPECTED.tsv has the format of crates/report-core/tests/expected/*.tsv: indicator, number and
unit as written, modality, tab-separated; `#` lines are comments. A row counts when a metric has
all three. With -v, each missing row is printed with what the analyzer found for its number.
"""
import json
import subprocess
import sys


def written(m):
    """The number and unit as written: a per cent in words says its unit (`百分之十一点八`)."""
    if m['value_text'].startswith(('百分之', '千分之')):
        return m['value_text']
    return m['value_text'] + (m['unit'] or '')


def main():
    args = [a for a in sys.argv[1:] if a != '-v']
    verbose = '-v' in sys.argv
    if len(args) != 3:
        sys.exit(__doc__)
    binary, report, expected = args
    out = subprocess.run([binary, 'analyze', report, '--format', 'json'],
                         capture_output=True, text=True, check=True).stdout
    metrics = json.loads(out)['metrics']
    found = {(m['indicator'], written(m), m['modality']) for m in metrics}
    rows = []
    with open(expected, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            indicator, as_written, modality = line.split('\t')
            rows.append((indicator, as_written, modality))
    missing = [r for r in rows if r not in found]
    print(f'{len(rows) - len(missing)} of {len(rows)} key metrics found')
    if verbose:
        for indicator, written_row, modality in missing:
            same_number = [f"{m['indicator']} | {m['modality']}" for m in metrics
                           if written(m) == written_row]
            print(f'  missing {indicator}\t{written_row}\t{modality}\t found: {"; ".join(same_number) or "-"}')
    sys.exit(0 if not missing else 1)


if __name__ == '__main__':
    main()
