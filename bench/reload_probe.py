#!/usr/bin/env python3
"""Measures edit → reload in `kokai serve`: listens to the preview's event stream like an open page,
changes one sheet, and prints the milliseconds until the reload event arrives (bounded: gives up
after TIMEOUT seconds). Usage: reload_probe.py PORT SHEET_FILE [ROUNDS [PAUSE]]: PAUSE seconds between
edits (0.3 by default: back to back, while the preview still writes the data files of the previous
edit after its reload; 3 leaves it idle between edits, as when a person saves every few seconds)."""
import http.client
import sys
import time

TIMEOUT = 120


def wait_for(resp, wanted):
    event = None
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        line = resp.fp.readline().decode("utf-8")
        if not line:
            raise SystemExit("the event stream closed")
        line = line.rstrip("\n")
        if line.startswith("event: "):
            event = line[7:]
        elif line == "" and event is not None:
            if event in wanted:
                return event
            event = None
    raise SystemExit("no event within %d s" % TIMEOUT)


def main(port, sheet, rounds, pause):
    original = open(sheet, encoding="utf-8").read()
    times = []
    try:
        for i in range(rounds):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
            conn.request("GET", "/__kokai/events")
            resp = conn.getresponse()
            resp.fp.readline()  # the greeting comment
            edited = original.replace("  purpose: ", "  purpose: （編集%d）" % i, 1)
            start = time.monotonic()
            with open(sheet, "w", encoding="utf-8") as f:
                f.write(edited)
            wait_for(resp, {"reload"})
            times.append((time.monotonic() - start) * 1000)
            conn.close()
            time.sleep(pause)
    finally:
        with open(sheet, "w", encoding="utf-8") as f:
            f.write(original)
    in_order = list(times)
    times.sort()
    print("edit→reload: median %.0f ms, min %.0f ms, max %.0f ms over %d edits, %.1f s apart (%s)" % (
        times[len(times) // 2], times[0], times[-1], len(times), pause, ", ".join("%.0f" % t for t in in_order)))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3,
         float(sys.argv[4]) if len(sys.argv) > 4 else 0.3)
