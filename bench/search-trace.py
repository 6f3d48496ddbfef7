#!/usr/bin/env python3
"""Where a cold search's time goes: one query in a fresh chromium, traced.

Serves SITE (a built site folder) from loopback without caching, opens search/?q=QUERY in a new
chromium profile through the Debian chromedriver (WebDriver over HTTP, no Python packages needed),
records a trace of the page's renderer, and prints its main thread's timeline from navigation start:
tasks of 2 ms or more, the stages inside them (parse, style, layout, paint, scripts run), every
request and when the page took its response, and the client's own marks (kokaiSearch.timing).

    bench/search-trace.py bench/out/kokai-10000 ネットワーク [--warm SECONDS] [--json FILE]

--warm first loads robots.txt and waits, so the browser has started before the query's page.
"""
import argparse
import functools
import json
import socket
import subprocess
import tempfile
import threading
import time
import shutil
import urllib.parse
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

CATEGORIES = 'devtools.timeline,blink,blink.user_timing,v8,toplevel,loading,disabled-by-default-devtools.timeline'
SHOWN = ('ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'EvaluateScript', 'ResourceSendRequest',
         'ResourceFinish', 'firstPaint', 'MarkDOMContent', 'V8.GCScavenger', 'MajorGC', 'MinorGC')


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def end_headers(self):
        self.send_header('Cache-Control', 'no-store')
        super().end_headers()


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


class Driver:
    def __init__(self):
        self.port = free_port()
        self.process = subprocess.Popen(['/usr/bin/chromedriver', f'--port={self.port}'],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            try:
                self.call('GET', '/status')
                return
            except OSError:
                time.sleep(0.1)
        raise SystemExit('chromedriver did not start')

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f'http://127.0.0.1:{self.port}{path}', data=data, method=method,
                                         headers={'Content-Type': 'application/json'})
        with urllib.request.urlopen(request) as response:
            return json.load(response)['value']

    def close(self):
        self.process.terminate()


def trace(site, query, warm):
    server = ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(Quiet, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f'http://127.0.0.1:{server.server_address[1]}'
    profile = tempfile.mkdtemp(prefix='kokai-trace-')
    driver = Driver()
    try:
        options = {'binary': '/usr/bin/chromium', 'perfLoggingPrefs': {
            'enableNetwork': False, 'enablePage': False, 'traceCategories': CATEGORIES},
            'args': ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                     '--disable-background-networking', '--disable-component-update', '--disable-sync',
                     '--no-first-run', f'--user-data-dir={profile}']}
        session = driver.call('POST', '/session', {'capabilities': {'alwaysMatch': {
            'goog:loggingPrefs': {'performance': 'ALL'}, 'goog:chromeOptions': options}}})['sessionId']
        if warm:
            driver.call('POST', f'/session/{session}/url', {'url': origin + '/robots.txt'})
            time.sleep(warm)
        url = origin + '/search/?q=' + urllib.parse.quote(query)
        driver.call('POST', f'/session/{session}/url', {'url': url})
        timing = None
        for _ in range(200):
            timing = driver.call('POST', f'/session/{session}/execute/sync', {
                'script': 'return window.kokaiSearch && window.kokaiSearch.timing || null', 'args': []})
            if timing:
                break
            time.sleep(0.05)
        else:
            print('the search showed no results within 10 s; the trace so far follows')
        logs = driver.call('POST', f'/session/{session}/se/log', {'type': 'performance'})
        driver.call('DELETE', f'/session/{session}')
    finally:
        driver.close()
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)
    events = [json.loads(entry['message'])['message'].get('params') for entry in logs]
    return origin, timing, [e for e in events if isinstance(e, dict) and 'ph' in e]


def page_thread(origin, events):
    """The thread that requested the search index."""
    for e in events:
        data = e.get('args', {}).get('data')
        if e.get('name') == 'ResourceSendRequest' and isinstance(data, dict) \
                and data.get('url', '').startswith(origin + '/search/index/'):
            return e['pid'], e['tid']
    raise SystemExit('no renderer requested the search index: is SITE a built site?')


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('site')
    parser.add_argument('query')
    parser.add_argument('--warm', type=float, default=0)
    parser.add_argument('--json', help='also write the raw trace events here')
    args = parser.parse_args()
    origin, timing, events = trace(args.site, args.query, args.warm)
    if args.json:
        with open(args.json, 'w') as f:
            json.dump(events, f)
    thread = page_thread(origin, events)
    mine = sorted((e for e in events if (e['pid'], e['tid']) == thread), key=lambda e: (e['ts'], -e.get('dur', 0)))
    start = next(e['ts'] for e in mine if e['name'] == 'navigationStart'
                 and e['args']['data'].get('documentLoaderURL', '').startswith(origin + '/search/'))
    print('ms from navigation start; duration; event')
    for e in mine:
        at, dur = (e['ts'] - start) / 1000, e.get('dur', 0) / 1000
        if at < 0:
            continue
        data = e.get('args', {}).get('data')
        url = data.get('url', '') if isinstance(data, dict) else ''
        task = e['name'] == 'ThreadControllerImpl::RunTask' and dur >= 2
        if task or e['name'] in SHOWN:
            print(f'{at:8.1f} {dur:6.1f}  {"task" if task else e["name"]} {url[len(origin):]}')
    if timing:
        print('client marks (ms from navigation start):',
              ', '.join(f'{k} {v:.1f}' for k, v in sorted(timing.items(), key=lambda kv: kv[1]) if k != 'count'))


if __name__ == '__main__':
    main()
