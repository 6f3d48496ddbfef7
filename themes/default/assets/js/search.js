/* kokai's search (index: SearchIndexWriter). */
(function () {
'use strict';
var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_!#$%&\'()*+,/:;<=>?@[]^{|}~';
// As SearchText.isSpace.
var SPACE = /[\x00-\x20\x7f-\x9f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
var FILTERS = [['year', ' y'], ['dept', ' d'], ['sdg', ' s'], ['direction', ' v']];
var PAGE = 10;
// Words of up to LISTED units have lists; longer, SPELL grams (Grams).
var LISTED = 6;
var SPELL = 7;
var SNIPPET_BEFORE = 30;
var SNIPPET_AFTER = 70;
var data = document.currentScript.dataset;
var base = data.index;
var root = data.root || '';
var digit = [];
for (var i = 0; i < ALPHABET.length; i++) { digit[ALPHABET.charCodeAt(i)] = i; }

var manifest;
var shards = {};
var meta = [];
var texts = [0, [], []];
var scripts = {};
var run = 0;
var aliases;
window.kokaiSearch = {
  manifest: m => { manifest = m; },
  shard: (n, keys) => { shards[n] = keys; },
  meta: (first, list) => { list.forEach((r, j) => { meta[first + j] = r; }); },
  text: (doc, zone, fields) => { texts[zone][doc] = fields; },
  aliases: a => { aliases = a; }
};

// As SearchText.lower: İ as i (not two units), dashes folded.
function lower(s) {
  return s.replace(/İ/g, 'i').toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\u301c/g, '~');
}

// As SearchText.display.
function display(s) {
  return s.normalize('NFKC').replace(SPACE, ' ').trim();
}

function words(q) {
  var n = lower(display(q));
  return n ? [...new Set(n.split(' '))] : [];
}

// Offsets of a long word's grams.
function covering(len) {
  for (var out = [], j = 0; j < len - SPELL; j += SPELL) { out.push(j); }
  return out.concat(len - SPELL);
}

// Keys: a short word, or its grams + ' '.
function gramsOf(w) {
  return w.length > LISTED ? covering(w.length).map(o => w.substr(o, SPELL) + ' ') : [w];
}

function shardOf(key) {
  var h = 0x811c9dc5;
  for (var j = 0; j < key.length; j++) { h = Math.imul(h ^ key.charCodeAt(j), 16777619); }
  return (h >>> 0) % manifest.shards;
}

function load(name) {
  return (scripts[name] = scripts[name] || new Promise((resolve, reject) => {
    var s = el('script');
    s.src = base + name + '.js';
    s.onload = resolve;
    s.onerror = () => { delete scripts[name]; reject(); };
    document.head.append(s);
  }));
}

// A key's numbers (Codec); a DenseList as gaps * 4 + zone.
function postings(key) {
  var s = shards[shardOf(key)][key] || '';
  var out = [];
  if (s[0] === '.') {
    for (var j = 3, last = 2, d; j < s.length * 3; j++) {
      if ((d = digit[s.charCodeAt(j / 3 | 0)] >> j % 3 * 2 & 3)) { out.push((j - last) * 4 + d - 1); last = j; }
    }
    return out;
  }
  for (var v = 0, mul = 1, k = 0; k < s.length; k++) {
    d = digit[s.charCodeAt(k)];
    v += (d & 63) * mul;
    mul *= 26;
    if (d < 64) { out.push(v); v = 0; mul = 1; }
  }
  return out;
}

// A SPELL gram's documents d in order, positions p[at[i]..at[i+1]), sheets s[sat[i]..)
function positions(key, cache) {
  if (!cache[key]) {
    var a = postings(key);
    var r = cache[key] = { d: [], at: [0], p: [], sat: [0], s: [] };
    for (var j = 0, doc = -1; j < a.length;) {
      var g = a[j++];
      var p = (g >> 1 & 3) * manifest.span + a[j++];
      doc += g >> 3;
      r.d.push(doc);
      r.p.push(p);
      for (var k = g % 2 && a[j++]; k > 0; k--) { r.p.push(p += a[j++]); }
      r.at.push(r.p.length);
      if (doc < manifest.docs) { r.s.push(doc); }
      for (k = doc < manifest.docs ? 0 : a[j++], p = -1; k > 0; k--) { r.s.push(p += a[j++]); }
      r.sat.push(r.s.length);
    }
  }
  return cache[key];
}

// Sheet → the word's first position (zone * span + offset).
function matchWord(w, cache) {
  var best = [];
  if (w.length <= LISTED) {
    var a = postings(w);
    for (var j = 0, doc = -1; j < a.length; j++) {
      doc += a[j] >> 2;
      best[doc] = a[j] % 4 * manifest.span;
    }
    return best;
  }
  var offs = covering(w.length);
  var ls = gramsOf(w).map(k => positions(k, cache));
  var at = ls.map(() => 0);
  var f = ls[0];
  for (var i = 0; i < f.d.length; i++) {
    var d = f.d[i];
    var all = ls.every((l, k) => {
      while (l.d[at[k]] < d) { at[k]++; }
      return l.d[at[k]] === d;
    });
    for (var x = f.at[i]; all && x < f.at[i + 1]; x++) {
      var q = f.p[x];
      if (ls.every((l, k) => l.p.slice(l.at[at[k]], l.at[at[k] + 1]).includes(q + offs[k]))) {
        for (var y = f.sat[i]; y < f.sat[i + 1]; y++) { best[f.s[y]] = best[f.s[y]] <= q ? best[f.s[y]] : q; }
        break;
      }
    }
  }
  return best;
}

// The sheets with any of a filter's keys.
function filterDocs(keys) {
  var docs = [];
  keys.forEach(key => {
    var doc = -1;
    postings(key).forEach(g => { docs[doc += g] = true; });
  });
  return docs;
}

// By the words' first zones summed (title 0, overview 1, rest 2), then in order.
function find(ws, filters) {
  var cache = {};
  var found;
  ws.forEach(w => {
    var m = matchWord(w, cache);
    found = (found || m.map((p, doc) => ({ doc, rank: 0, pos: p }))).filter(h => {
      var p = m[h.doc];
      if (p === undefined) { return false; }
      h.rank += Math.floor(p / manifest.span);
      h.pos = Math.min(h.pos, p);
      return true;
    });
  });
  var sets = filters.map(filterDocs);
  var ranks = [];
  // No words: the first filter's sheets.
  (found || sets[0].map((x, doc) => ({ doc, rank: 0, pos: -1 }))).forEach(h => {
    if (sets.every(s => s[h.doc])) { (ranks[h.rank] = ranks[h.rank] || []).push(h); }
  });
  return ranks.flat();
}

function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) { e.className = cls; }
  if (text) { e.textContent = text; }
  return e;
}

// A field e (string, or [string, places...]): unit k of display form p.text is p.src[p.at[k]].
function align(e) {
  var pl = [].concat(e);
  var p = { src: pl.shift(), at: [] };
  p.text = display(p.src);
  for (var j = 0, s = 0; p.at.length < p.text.length || j < pl.length; j += 3) {
    while (p.at.length < (j < pl.length ? pl[j] : p.text.length)) { p.at.push(s++); }
    for (var n = pl[j + 1]; n > 0; n--) { p.at.push(s); }
    s += pl[j + 2] || 0;
  }
  return p;
}

// Widens units [a, b) of an aligned field to whole characters.
function widen(p, a, b) {
  while (a > 0 && p.at[a - 1] === p.at[a]) { a--; }
  while (b < p.text.length && p.at[b] === p.at[b - 1]) { b++; }
  return [a, b];
}

// The words' matches in a text, by start: [start, end, word's index].
function matches(text, ws) {
  var low = lower(text);
  var m = [];
  ws.forEach((w, k) => {
    for (var at = low.indexOf(w); at >= 0; at = low.indexOf(w, at + 1)) { m.push([at, at + w.length, k]); }
  });
  return m.sort((x, y) => x[0] - y[0]);
}

// Units [start, end) of aligned fields as written, in text nodes: words marked, bars between,
// "…" where the first field shown starts later or text follows.
function appendWritten(parent, parts, start, end, ws) {
  var base = 0;
  var cut;
  parts.forEach(p => {
    var r = widen(p, Math.max(start - base, 0), Math.min(end - base, p.text.length));
    cut = cut || r[1] < p.text.length;
    if (r[0] < r[1] && (r[0] || base > start)) { parent.append(r[0] ? '…' : jaUI ? ' ｜ ' : ' | '); }
    base += p.text.length + 1;
    var marked = [];
    matches(p.text, ws).forEach(x => {
      var m = widen(p, x[0], x[1]);
      for (var k = m[0]; k < m[1]; k++) { marked[k] = true; }
    });
    for (var a = r[0], b; a < r[1]; a = b) {
      for (b = a + 1; b < r[1] && !marked[b] === !marked[a];) { b++; }
      var t = p.src.slice(p.at[a], p.at[b]);
      parent.append(marked[a] ? el('mark', null, t) : t);
    }
  });
  if (cut) { parent.append('…'); }
  return parent;
}

// The fields of the first match's zone; for the title or none, the overview's.
function zoneText(h, z) {
  z = z || Math.max(1, Math.floor(h.pos / manifest.span));
  return load(' ot'[z] + '/' + h.doc).then(() => texts[z][h.doc].length || z > 1 ? texts[z][h.doc] : zoneText(h, 2));
}

function snippet(fields, ws) {
  var parts = fields.map(align);
  var text = parts.map(p => p.text).join('\n');
  var m = matches(text, ws);
  // At the first match with the most words in its SNIPPET_AFTER units (none: the start).
  var off = 0;
  for (var i = 0, most = 0; i < m.length && most < ws.length; i++) {
    for (var seen = new Set(), j = i; j < m.length && m[j][0] < m[i][0] + SNIPPET_AFTER; j++) { seen.add(m[j][2]); }
    if (seen.size > most) { most = seen.size; off = m[i][0]; }
  }
  var from = Math.max(text.lastIndexOf('\n', off - 1) + 1, off - SNIPPET_BEFORE);
  var to = off + SNIPPET_AFTER;
  // A match is marked whole, overlapping ones too.
  m.forEach(x => { if (x[0] < to) { to = Math.max(to, x[1]); } });
  return appendWritten(el('p', 'search-result-snippet'), parts, from, to, ws);
}

var jaUI = document.documentElement.lang === 'ja';
// Sheets are Japanese (WCAG 3.1.2), or l.
function ja(e, l) {
  if (!jaUI) { e.lang = l || 'ja'; }
  return e;
}

// A year as pages write it, its era marked.
function year(p, y) {
  message('y' + y).split(/([^\0-~]+(?:[0-9]+[^\0-~]+)*)/).forEach((t, j) => p.append(j % 2 ? ja(el('span', null, t)) : t));
  return p;
}

// A result from its metadata: [url, number, title, department, division, year].
function item(hit, ws) {
  var m = meta[hit.doc];
  var li = el('li', 'search-result');
  var a = el('a');
  a.href = root + m[0];
  appendWritten(a.appendChild(el('span', 'search-result-number')), [align(m[1])], 0, Infinity, ws).after(' ');
  appendWritten(a, [align(m[2])], 0, Infinity, ws);
  // Heard: years share titles.
  year(a.appendChild(ja(el('span', 'vh', ' '), 'en')), m[5]);
  li.appendChild(ja(el('h2', 'search-result-title'))).appendChild(a);
  li.appendChild(year(el('p', 'search-result-meta'), m[5])).append(jaUI ? ' ・ ' : ', ', ja(el('span', null, m[3] + ' ' + m[4])));
  return li;
}

function mark(t, name) {
  if (t && !t[name]) { t[name] = performance.now(); }
}

function message(name, n) {
  return (ui.results.getAttribute('data-msg-' + name) || '').replace('{0}', n);
}

var ui = {};

// The next page of results (or n), then their snippets.
function show(hits, ws, shown, mine, t, n) {
  var page = hits.slice(shown, shown + (n || PAGE));
  var metas = page.map(h => load('m/' + Math.floor(h.doc / manifest.metaPerFile)));
  var snippets = [];
  var drawn = Promise.resolve();
  var textLoads;
  page.forEach((h, k) => {
    drawn = drawn.then(() => metas[k]).then(() => {
      if (mine !== run) { return; }
      mark(!k && t, 'meta');
      var li = ui.results.appendChild(item(h, ws));
      if (!k && t) {
        mark(t, 'first');
        requestAnimationFrame(() => mark(t, 'painted'));
      } else if (!k) {
        // After "more", whose button may go.
        li.querySelector('a').focus();
      }
      textLoads = textLoads || page.map(g => zoneText(g));
      // No text, no snippet.
      snippets.push(textLoads[k].then(f => {
        if (mine === run) { li.append(ja(snippet(f, ws))); }
      }, () => {}));
    });
  });
  return drawn.then(() => {
    if (mine !== run) { return; }
    mark(t, 'shown');
    var next = shown + page.length;
    ui.more.hidden = next >= hits.length;
    // Once: a double press drew twice.
    ui.more.onclick = () => {
      ui.more.onclick = null;
      show(hits, ws, next, mine);
    };
    // Shown, for Back and reload.
    keep(ui.kept = next);
    return Promise.all(snippets);
  });
}

// The search into the address (push: a new entry).
function keep(state, url, push) {
  try {
    history[push ? 'pushState' : 'replaceState'](state, '', url);
  } catch {
    // Refused for some file:// pages.
  }
}

function search(params, again, gone) {
  var mine = ++run;
  var t = { started: performance.now() };
  var ws = words(params.get('q') || '');
  var filters = FILTERS.map(f => params.getAll(f[0]).map(v => f[1] + v)).filter(k => k.length);
  var none = !ws.length && !filters.length;
  var note = gone ? message(none ? 'gone-only' : 'gone', gone) + ' ' : '';
  ui.at = location.search;
  // The language links open this search in the other versions.
  document.querySelectorAll('.languages a').forEach(a => { a.search = params; });
  ui.results.textContent = '';
  ui.more.hidden = true;
  ui.status.textContent = note + (none ? '' : message('loading'));
  if (none) { return; }
  Promise.resolve(manifest || load('manifest'))
    .then(() => Promise.all(filters.concat(ws.map(gramsOf)).flat().map(k => load('s/' + shardOf(k)))))
    .then(() => {
      if (mine !== run) { return; }
      mark(t, 'shards');
      var hits = find(ws, filters);
      mark(t, 'matched');
      var shown = show(hits, ws, 0, mine, t, again);
      // toLocaleString: 20-80 ms cold.
      var count = String(hits.length).replace(/\B(?=(\d{3})+$)/g, ',');
      ui.status.textContent = note + message(hits.length > 1 ? 'count' : hits.length ? 'one' : 'none', count);
      return shown.then(() => {
        if (mine !== run) { return; }
        ui.results.dataset.count = hits.length;
        mark(t, 'snippets');
        t.first = t.first || t.shown;
        t.count = hits.length;
        // Last: tests and benchmarks wait for it.
        window.kokaiSearch.timing = t;
      });
    })
    .catch(() => {
      if (mine === run) { ui.status.textContent = message('error'); }
    });
}

function start() {
  if (!['form', 'results', 'status', 'more'].every(n => (ui[n] = document.getElementById('search-' + n)))) { return; }
  // q's or the address's search (as many as shown; line breaks as spaces), less unknown filters.
  function here(q) {
    var params = new URLSearchParams(q || location.search);
    var gone = [];
    ui.form.elements.q.value = (params.get('q') || '').replace(/[\r\n]/g, ' ');
    FILTERS.forEach(f => {
      var e = ui.form.elements[f[0]];
      var vs = params.getAll(f[0]).filter(v => v).map(v => aliases && aliases[f[1] + v] || v);
      if (e) {
        e.multiple = vs.length > 1;
        [...e.options].forEach(o => { o.selected = vs.includes(o.value); });
        params.delete(f[0]);
        vs.forEach(v => [...e.selectedOptions].some(o => o.value === v) ? params.append(f[0], v) : gone.push(v));
      }
    });
    // Unknown values may be departments' slugs: once more with aliases.
    if (gone.length && !aliases) { return load('a').catch(() => { aliases = {}; }).then(() => here(q)); }
    search(params, !q && +history.state, gone.join(', '));
  }
  ui.form.addEventListener('submit', ev => {
    ev.preventDefault();
    var p = new URLSearchParams();
    new FormData(ui.form).forEach((v, k) => { if (v.trim()) { p.append(k, v); } });
    keep(null, '?' + p, '?' + p !== location.search);
    here('?' + p);
  });
  // A link within the page (#main) keeps the results.
  addEventListener('popstate', () => { location.search !== ui.at ? here() : keep(ui.kept); });
  here();
}

document.readyState === 'loading' ? addEventListener('DOMContentLoaded', start) : start();
})();
