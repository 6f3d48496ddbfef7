/*
 * kokai search: full-text search of the sheets in the browser, with no server.
 * The index is a set of small scripts (see kokai.search.SearchIndexWriter) that register
 * themselves by calling window.kokaiSearch, so it loads over http:// and from file:// alike.
 * A query loads the manifest, the shards holding its n-grams, then for the results shown their
 * small metadata files (drawn at once) and their texts (the snippets, filled in as they arrive).
 */
(function () {
  'use strict';
  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  // The same white space and controls as kokai.search.SearchText.SPACE.
  var SPACE = /[\x00-\x20\x7f-\x9f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
  var FILTERS = [['year', ' y'], ['dept', ' d'], ['sdg', ' s'], ['direction', ' v']];
  var PAGE = 10;
  var SNIPPET_BEFORE = 30;
  var SNIPPET_AFTER = 70;

  var script = document.currentScript;
  var base = script.getAttribute('data-index');
  var root = script.getAttribute('data-root') || '';
  var digit = [];
  for (var i = 0; i < ALPHABET.length; i++) { digit[ALPHABET.charCodeAt(i)] = i; }

  var manifest = null;
  var shards = {};
  var meta = [];
  var texts = [];
  var scripts = {};
  var run = 0;

  window.kokaiSearch = {
    manifest: function (m) { manifest = m; },
    shard: function (n, keys) { shards[n] = keys; },
    meta: function (first, list) {
      for (var j = 0; j < list.length; j++) { meta[first + j] = list[j]; }
    },
    text: function (doc, zones) { texts[doc] = zones; },
    normalize: normalize,
    timing: null
  };

  // Lower-cases one UTF-16 unit at a time so offsets never move (as SearchText.lower).
  function lower(s) {
    var out = '';
    for (var j = 0; j < s.length; j++) {
      var c = s.charAt(j);
      var l = c.toLowerCase();
      out += l.length === 1 ? l : c;
    }
    return out;
  }

  function normalize(s) {
    return lower(s.normalize('NFKC').replace(SPACE, ' ').trim());
  }

  function words(q) {
    var n = normalize(q);
    var out = [];
    if (n) {
      n.split(' ').forEach(function (w) { if (out.indexOf(w) < 0) { out.push(w); } });
    }
    return out;
  }

  // Offsets of the trigrams that spell a word of 3 or more characters (as Grams.covering).
  function covering(len) {
    var out = [];
    for (var j = 0; j + 3 <= len; j += 3) { out.push(j); }
    if (out[out.length - 1] !== len - 3) { out.push(len - 3); }
    return out;
  }

  function shardOf(key) {
    var h = 0x811c9dc5;
    for (var j = 0; j < key.length; j++) { h = Math.imul(h ^ key.charCodeAt(j), 16777619); }
    return (h >>> 0) % manifest.shards;
  }

  function decode(s) {
    var out = [];
    var v = 0;
    var mul = 1;
    for (var j = 0; j < s.length; j++) {
      var d = digit[s.charCodeAt(j)];
      if (d >= 32) {
        v += (d - 32) * mul;
        mul *= 32;
      } else {
        out.push(v + d * mul);
        v = 0;
        mul = 1;
      }
    }
    return out;
  }

  function load(url) {
    if (!scripts[url]) {
      scripts[url] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = url;
        s.onload = function () { resolve(); };
        s.onerror = function () { delete scripts[url]; reject(new Error(url)); };
        document.head.appendChild(s);
      });
    }
    return scripts[url];
  }

  function loadKeys(keys) {
    var need = {};
    keys.forEach(function (k) { need[shardOf(k)] = true; });
    return Promise.all(Object.keys(need).map(function (n) { return load(base + 's/' + n + '.js'); }));
  }

  function postings(key) {
    return decode(shards[shardOf(key)][key] || '');
  }

  function positions(key, cache) {
    if (!cache[key]) {
      var m = new Map();
      var a = postings(key);
      var doc = -1;
      for (var j = 0; j < a.length;) {
        doc += a[j++];
        var n = a[j++];
        var p = 0;
        var ps = new Array(n);
        for (var k = 0; k < n; k++) { p += a[j++]; ps[k] = p; }
        m.set(doc, ps);
      }
      cache[key] = m;
    }
    return cache[key];
  }

  // Map of document → first position of the word (zone * span + offset; for words of one or two
  // characters, zone * span). Exact: a longer word is proved by its trigrams at the right distances.
  function matchWord(w, cache) {
    var result = new Map();
    if (w.length < 3) {
      var a = postings(w);
      for (var j = 0, doc = -1; j < a.length; j++) {
        doc += Math.floor(a[j] / 4);
        result.set(doc, (a[j] % 4) * manifest.span);
      }
      return result;
    }
    var offs = covering(w.length);
    var lists = offs.map(function (o) { return positions(w.substr(o, 3), cache); });
    lists[0].forEach(function (first, doc) {
      var sets = [];
      for (var k = 1; k < lists.length; k++) {
        var ps = lists[k].get(doc);
        if (!ps) { return; }
        sets.push(new Set(ps));
      }
      for (var j = 0; j < first.length; j++) {
        var p = first[j];
        var ok = true;
        for (var s = 0; s < sets.length && ok; s++) { ok = sets[s].has(p + offs[s + 1]); }
        if (ok) { result.set(doc, p); return; }
      }
    });
    return result;
  }

  function filterDocs(key) {
    var set = new Set();
    var a = postings(key);
    for (var j = 0, doc = -1; j < a.length; j++) { doc += a[j]; set.add(doc); }
    return set;
  }

  function gramsOf(ws) {
    var keys = [];
    ws.forEach(function (w) {
      if (w.length < 3) { keys.push(w); } else {
        covering(w.length).forEach(function (o) { keys.push(w.substr(o, 3)); });
      }
    });
    return keys;
  }

  // Results in rank order: the sum over words of the zone of their first match
  // (title 0, overview 1, rest 2), then document number (fiscal year desc, id). Every map here is
  // in document order, so one bucket per rank replaces a sort of thousands of hits.
  function find(ws, filters) {
    var cache = {};
    var found = null;
    ws.forEach(function (w) {
      var m = matchWord(w, cache);
      var next = new Map();
      (found || m).forEach(function (v, doc) {
        var p = m.get(doc);
        if (p === undefined) { return; }
        var h = found ? v : { doc: doc, rank: 0, pos: p, word: w };
        h.rank += Math.floor(p / manifest.span);
        if (p < h.pos) { h.pos = p; h.word = w; }
        next.set(doc, h);
      });
      found = next;
    });
    var sets = filters.map(filterDocs);
    var ranks = [];
    var add = function (h) {
      if (sets.every(function (s) { return s.has(h.doc); })) { (ranks[h.rank] = ranks[h.rank] || []).push(h); }
    };
    if (found) {
      found.forEach(add);
    } else if (sets.length) {
      sets[0].forEach(function (doc) { add({ doc: doc, rank: 0, pos: -1 }); });
    }
    return [].concat.apply([], ranks.filter(Boolean));
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = text; }
    return e;
  }

  // Appends text to parent with every occurrence of the words marked, as text nodes only.
  function highlight(parent, text, ws) {
    var low = lower(text);
    var marks = [];
    ws.forEach(function (w) {
      for (var at = low.indexOf(w); at >= 0; at = low.indexOf(w, at + 1)) { marks.push([at, at + w.length]); }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var last = 0;
    marks.forEach(function (m) {
      if (m[0] < last) { m[0] = last; }
      if (m[1] <= m[0]) { return; }
      parent.appendChild(document.createTextNode(text.slice(last, m[0])));
      parent.appendChild(el('mark', null, text.slice(m[0], m[1])));
      last = m[1];
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function snippet(z, hit, ws) {
    var zone = hit.pos < 0 ? 1 : Math.floor(hit.pos / manifest.span);
    var text = z[zone] || z[2] || '';
    var off = hit.pos < 0 ? 0 : hit.pos % manifest.span;
    if (hit.word && hit.word.length < 3) { off = Math.max(0, lower(text).indexOf(hit.word)); }
    // The window may cross into neighbouring fields: a match in a short field such as the division
    // then still shows some context. Fields are shown apart with a bar no query word can match.
    var from = Math.max(0, off - SNIPPET_BEFORE);
    var to = Math.min(text.length, off + SNIPPET_AFTER);
    var shown = text.slice(from, to).replace(/\n/g, ' ｜ ');
    var p = el('p', 'search-result-snippet');
    highlight(p, (from > 0 ? '…' : '') + shown + (to < text.length ? '…' : ''), ws);
    return p;
  }

  function href(url) {
    return root + url + (location.protocol === 'file:' && /\/$/.test(url) ? 'index.html' : '');
  }

  // Sheets are written in Japanese: under another interface language, mark their text (WCAG 3.1.2).
  function ja(e) {
    if (document.documentElement.lang !== 'ja') { e.lang = 'ja'; }
    return e;
  }

  // A result from its metadata row [url, number, title, department, division, year] alone.
  function item(hit, ws) {
    var m = meta[hit.doc];
    var li = el('li', 'search-result');
    var h = ja(el('h2', 'search-result-title'));
    var a = el('a');
    a.href = href(m[0]);
    a.appendChild(el('span', 'search-result-number', m[1]));
    a.appendChild(document.createTextNode(' '));
    highlight(a, m[2], ws);
    h.appendChild(a);
    li.appendChild(h);
    var p = el('p', 'search-result-meta', m[5] + ' ・ ');
    p.appendChild(ja(el('span', null, m[3] + ' ' + m[4])));
    li.appendChild(p);
    return li;
  }

  function mark(t, name) {
    if (t && !t[name]) { t[name] = performance.now(); }
  }

  function message(name, n) {
    // Digits grouped by hand as both interface languages write them: the first toLocaleString of a
    // page starts the browser's number formatting, which took 20-80 ms before the first result.
    var count = n == null ? '' : String(n).replace(/\B(?=(\d{3})+$)/g, ',');
    return (ui.results.getAttribute('data-msg-' + name) || '').replace('{0}', count);
  }

  var ui = {};

  // Draws the next page of results in order, each as soon as its metadata and those before it are
  // in; its snippet follows when its text arrives. The metadata files are asked for all at once;
  // the texts, all at once too, when the first result is drawn: asked for together with the
  // metadata, they held the first result back by some 10 ms. Marks the times on t.
  function show(hits, ws, shown, mine, t) {
    var page = hits.slice(shown, shown + PAGE);
    var metas = page.map(function (h) { return load(base + 'm/' + Math.floor(h.doc / manifest.metaPerFile) + '.js'); });
    var snippets = [];
    var drawn = Promise.resolve();
    var textLoads = null;
    page.forEach(function (h, k) {
      drawn = drawn.then(function () { return metas[k]; }).then(function () {
        if (mine !== run) { return; }
        mark(k === 0 && t, 'meta');
        var li = ui.results.appendChild(item(h, ws));
        if (k === 0 && t) {
          mark(t, 'first');
          requestAnimationFrame(function () { mark(t, 'painted'); });
        }
        textLoads = textLoads || page.map(function (g) { return load(base + 't/' + g.doc + '.js'); });
        var text = textLoads[k];
        // A text that fails to load leaves its result without a snippet, nothing worse.
        snippets.push(text.then(function () {
          if (mine === run) { li.appendChild(ja(snippet(texts[h.doc], h, ws))); }
        }, function () {}));
      });
    });
    return drawn.then(function () {
      if (mine !== run) { return; }
      mark(t, 'shown');
      ui.more.hidden = shown + page.length >= hits.length;
      ui.more.onclick = function () { show(hits, ws, shown + page.length, mine); };
      return Promise.all(snippets);
    });
  }

  function readForm() {
    var params = new URLSearchParams();
    var q = ui.form.elements.q.value;
    if (q.trim()) { params.set('q', q); }
    FILTERS.forEach(function (f) {
      var e = ui.form.elements[f[0]];
      if (e && e.value) { params.set(f[0], e.value); }
    });
    return params;
  }

  function search(params) {
    var mine = ++run;
    var t = { started: performance.now() };
    var ws = words(params.get('q') || '');
    var filters = FILTERS.filter(function (f) { return params.get(f[0]); })
      .map(function (f) { return f[1] + params.get(f[0]); });
    ui.results.textContent = '';
    ui.more.hidden = true;
    if (!ws.length && !filters.length) {
      ui.status.textContent = '';
      return Promise.resolve();
    }
    ui.status.textContent = message('loading');
    // The page loads the manifest with its own script tag, in parallel with this script.
    return (manifest ? Promise.resolve() : load(base + 'manifest.js'))
      .then(function () { return loadKeys(gramsOf(ws).concat(filters)); })
      .then(function () {
        if (mine !== run) { return null; }
        mark(t, 'shards');
        var hits = find(ws, filters);
        mark(t, 'matched');
        // Ask for the results' files before anything else touches the page.
        var shown = show(hits, ws, 0, mine, t);
        ui.status.textContent = message(hits.length > 1 ? 'count' : hits.length ? 'one' : 'none', hits.length);
        return shown.then(function () {
          if (mine !== run) { return; }
          ui.results.setAttribute('data-count', hits.length);
          mark(t, 'shown');
          mark(t, 'snippets');
          t.first = t.first || t.shown;
          t.count = hits.length;
          // Set last: tests and the benchmark wait for it, when every snippet is in.
          window.kokaiSearch.timing = t;
        });
      })
      .catch(function () {
        if (mine === run) { ui.status.textContent = message('error'); }
      });
  }

  function start() {
    ui.form = document.getElementById('search-form');
    ui.results = document.getElementById('search-results');
    ui.status = document.getElementById('search-status');
    ui.more = document.getElementById('search-more');
    if (!ui.form || !ui.results || !ui.status || !ui.more) { return; }
    var params = new URLSearchParams(location.search);
    ui.form.elements.q.value = params.get('q') || '';
    FILTERS.forEach(function (f) {
      var e = ui.form.elements[f[0]];
      if (e && params.get(f[0])) { e.value = params.get(f[0]); }
    });
    ui.form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var p = readForm();
      try {
        history.replaceState(null, '', '?' + p.toString());
      } catch (e) {
        // Some browsers refuse to change the address of a page opened from disk; searching still works.
      }
      search(p);
    });
    search(params);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
