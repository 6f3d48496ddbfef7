#!/usr/bin/env python3
"""Pieces of text cut at random from generated sheets, as queries for the search benchmark: what a
reader might copy from one sheet to find the others that say the same.

Usage: bench/random-queries.py CONTENT_DIR [COUNT [SEED]]
  CONTENT_DIR  a content folder, such as bench/out/search-content-10000
Prints the pieces separated by commas, for bench/search-bench.sh --queries. Each piece is 4 to 12
characters of one text field of one sheet, in NFKC, with no white space and no comma (the
benchmark splits its list at commas). The same folder, count and seed give the same pieces."""
import os
import random
import re
import sys
import unicodedata

# A YAML line holding a text of several characters: "key: text" or "- text", not a number or a date.
TEXT = re.compile(r"^\s*(?:- )?(?:[A-Za-z_]+: )?(.+)$")


def texts(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = TEXT.match(line.rstrip("\n"))
            if not m:
                continue
            value = unicodedata.normalize("NFKC", m.group(1).strip().strip("'\""))
            if re.search(r"[^\x00-\x7f]", value):
                out.append(value)
    return out


def main(content, count, seed):
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(content, "sheets")) for f in fs
                   if f.endswith((".yaml", ".yml", ".json")))
    if not files:
        sys.exit("no sheets under " + content)
    rng = random.Random(seed)
    pieces = []
    while len(pieces) < count:
        candidates = [t for t in texts(rng.choice(files)) if len(t) >= 4]
        if not candidates:
            continue
        text = rng.choice(candidates)
        length = rng.randint(4, min(12, len(text)))
        start = rng.randint(0, len(text) - length)
        piece = text[start:start + length]
        if re.search(r"[\s,]", piece) or piece in pieces:
            continue
        pieces.append(piece)
    print(",".join(pieces))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10, int(sys.argv[3]) if len(sys.argv) > 3 else 5)
