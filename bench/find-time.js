#!/usr/bin/env node
// How long the search client takes to match a query once its shards are in, and whether two
// versions of the client find the same results: a check on the client's matching code alone,
// without a browser. Node is not a dependency of kokai; this runs with any recent Node.
//
// Usage: node bench/find-time.js INDEX QUERIES CLIENT [OTHER_CLIENT]
//   INDEX    a built site's search/index folder, e.g. bench/out/kokai-10000/search/index
//   QUERIES  a file with one query per line (bench/random-queries.py prints them separated by commas)
//   CLIENT   a search.js; with OTHER_CLIENT, both are timed and their results compared
// Each query is matched in a fresh Node process, as a cold page would (the first call, before the
// JavaScript engine has optimised anything), three times; the median is printed.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

// The client's functions from its constants down to its first DOM helper (function el): the
// parts that read the index and match, with no document.
function client(file, index) {
  const src = fs.readFileSync(file, 'utf8');
  const cut = (from, to) => {
    const a = src.indexOf(from);
    const b = src.indexOf(to);
    if (a < 0 || b < a) {
      throw new Error(file + ': cannot find "' + from + '" before "' + to + '"');
    }
    return src.slice(a, b);
  };
  const body = cut('var ALPHABET', 'var SNIPPET_BEFORE')
    + 'var digit = [];\nfor (var i = 0; i < ALPHABET.length; i++) { digit[ALPHABET.charCodeAt(i)] = i; }\n'
    + 'var manifest = null;\nvar shards = {};\n'
    + cut('function lower(', 'function el(')
    + '\nreturn { words: words, gramsOf: gramsOf, shardOf: shardOf, find: find,'
    + ' manifest: function (m) { manifest = m; }, shard: function (n, keys) { shards[n] = keys; } };';
  const api = new Function(body)();
  const load = (f) => new Function('kokaiSearch', fs.readFileSync(f, 'utf8'))(api);
  load(path.join(index, 'manifest.js'));
  api.query = (q) => {
    const ws = api.words(q);
    [].concat.apply([], ws.map(api.gramsOf)).forEach((k) => load(path.join(index, 's', api.shardOf(k) + '.js')));
    const t0 = process.hrtime.bigint();
    const hits = api.find(ws, []);
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, hits: hits };
  };
  return api;
}

if (process.argv[2] === '--one') {
  // A child: one query, one client; prints its time and a digest of its results.
  const [, , , file, index, q] = process.argv;
  const r = client(file, index).query(q);
  const digest = require('crypto').createHash('sha256').update(JSON.stringify(r.hits)).digest('hex');
  process.stdout.write(JSON.stringify({ ms: r.ms, count: r.hits.length, digest: digest }));
  process.exit(0);
}

const [, , index, queries, ...clients] = process.argv;
if (!index || !queries || !clients.length) {
  console.error('usage: node bench/find-time.js INDEX QUERIES CLIENT [OTHER_CLIENT]');
  process.exit(2);
}
const median = (v) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)];
let differ = 0;
const list = fs.readFileSync(queries, 'utf8').split(/[\n,]/).map((q) => q.trim()).filter(Boolean);
for (const q of list) {
  const runs = clients.map((c) => [0, 1, 2].map(() =>
    JSON.parse(execFileSync(process.execPath, [__filename, '--one', c, index, q], { encoding: 'utf8' }))));
  const same = runs.every((r) => r[0].digest === runs[0][0].digest);
  differ += same ? 0 : 1;
  console.log(q + '\t' + runs[0][0].count + ' results\t'
    + runs.map((r) => median(r.map((x) => x.ms)).toFixed(1) + ' ms').join('\t')
    + (clients.length > 1 ? (same ? '\tsame' : '\tDIFFERENT') : ''));
}
console.log(list.length + ' queries' + (clients.length > 1 ? ', ' + differ + ' with different results' : ''));
process.exit(differ ? 1 : 0);
