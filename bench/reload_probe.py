#!/usr/bin/env python3
"""Measures edit → reload in `kokai serve`: listens to the preview's event stream like an open page,
changes one sheet, and prints the milliseconds until the reload event arrives (bounded: gives up
after TIMEOUT seconds). Usage: reload_probe.py PORT SHEET_FILE [ROUNDS [PAUSE [PAGE [FIELD]]]]: PAUSE seconds between
edits (0.3 by default: back to back, while the preview still writes the data files of the previous
edit after its reload; 3 leaves it idle between edits, as when a person saves every few seconds);
PAGE, another page of the edit to listen as (en/2022/088/index.html, the sheet's English page; - for
the sheet's own); FIELD, the field whose text each edit changes: purpose (by default: shown on the
sheet's own page alone) or title (shown on the listings, the neighbours' and the other years' pages).
It listens as the edited sheet's own page would: it reloads at the 'pages' event that names it (sent
as soon as the sheet's pages are written) or at the closing 'reload'. Also printed: the time of the
edit's last 'pages' event (every page of the edit written but the search page: the listings and the
project's other years reload then) and of the closing 'reload' (after the search shards too)."""
import json
import http.client
import re
import sys
import time

TIMEOUT = 120


def next_event(resp, deadline):
    event, data = None, ""
    while time.monotonic() < deadline:
        line = resp.fp.readline().decode("utf-8")
        if not line:
            raise SystemExit("the event stream closed")
        line = line.rstrip("\n")
        if line.startswith("event: "):
            event = line[7:]
        elif line.startswith("data: "):
            data = line[6:]
        elif line == "" and event is not None:
            return event, data
    raise SystemExit("no event within %d s" % TIMEOUT)


def wait_for(resp, page):
    """Seconds (monotonic) at which this page would reload, at which the edit's last 'pages' event
    came, and at which its closing reload came."""
    deadline = time.monotonic() + TIMEOUT
    mine = None
    pages = None
    while True:
        event, data = next_event(resp, deadline)
        now = time.monotonic()
        if event == "pages":
            pages = now
            if page in json.loads(data)["pages"] and mine is None:
                mine = now
        elif event == "reload":
            return (mine if mine is not None else now), (pages if pages is not None else now), now


def page_of(sheet):
    """sheets/2022/088.yaml → 2022/088/index.html, the sheet's page in the site."""
    parts = sheet.replace("\\", "/").split("/")
    return "%s/%s/index.html" % (parts[-2], parts[-1].rsplit(".", 1)[0])


def summary(name, times, pause):
    in_order = list(times)
    times = sorted(times)
    return "%s: median %.0f ms, min %.0f ms, max %.0f ms over %d edits, %.1f s apart (%s)" % (
        name, times[len(times) // 2], times[0], times[-1], len(times), pause, ", ".join("%.0f" % t for t in in_order))


def main(port, sheet, rounds, pause, page, field):
    original = open(sheet, encoding="utf-8").read()
    times = []
    listings = []
    closing = []
    try:
        for i in range(rounds):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
            conn.request("GET", "/__kokai/events")
            resp = conn.getresponse()
            resp.fp.readline()  # the greeting comment
            edited = re.sub(r"^(\s*%s: )" % field, r"\g<1>（編集%d）" % i, original, count=1, flags=re.M)
            if edited == original:
                sys.exit("%s has no field %s to edit" % (sheet, field))
            start = time.monotonic()
            with open(sheet, "w", encoding="utf-8") as f:
                f.write(edited)
            mine, pages, last = wait_for(resp, page)
            times.append((mine - start) * 1000)
            listings.append((pages - start) * 1000)
            closing.append((last - start) * 1000)
            conn.close()
            time.sleep(pause)
    finally:
        with open(sheet, "w", encoding="utf-8") as f:
            f.write(original)
    print(summary("edit→reload of %s" % ("the sheet's page" if page == page_of(sheet) else page), times, pause))
    print(summary("edit→reload of every page of the edit but the search page", listings, pause))
    print(summary("edit→reload of every page of the edit", closing, pause))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3,
         float(sys.argv[4]) if len(sys.argv) > 4 else 0.3,
         sys.argv[5] if len(sys.argv) > 5 and sys.argv[5] != "-" else page_of(sys.argv[2]),
         sys.argv[6] if len(sys.argv) > 6 else "purpose")
