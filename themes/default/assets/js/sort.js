// Progressive enhancement of tables: those marked data-sortable get sort buttons in their column
// headings, and a table's scrolling frame is a keyboard stop only while the table overflows it.
// The tables are complete without this script: it reorders rows and takes away needless stops.
(function () {
  "use strict";
  function key(cell) {
    var raw = cell.getAttribute("data-sort") || cell.textContent.trim();
    var n = raw.replace(/[,\s]/g, "").replace("\u2212", "-");
    if (raw === "\u2014" || raw === "") return { empty: true };
    if (/^[-+]?\d+(\.\d+)?$/.test(n)) return { num: parseFloat(n) };
    return { text: raw };
  }
  function compare(a, b) {
    if (a.empty || b.empty) return a.empty === b.empty ? 0 : (a.empty ? 1 : -1);
    if (a.num !== undefined && b.num !== undefined) return a.num - b.num;
    return String(a.text !== undefined ? a.text : a.num).localeCompare(String(b.text !== undefined ? b.text : b.num), "ja", { numeric: true });
  }
  function sortBy(table, index, th) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).map(function (row, pos) {
      return { row: row, key: key(row.cells[index]), pos: pos };
    });
    // A column the rows are already in order of (the table's own order) turns round at the first press.
    var sorted = rows.every(function (r, i) { return i === 0 || compare(rows[i - 1].key, r.key) <= 0; });
    var now = th.getAttribute("aria-sort");
    var ascending = now ? now !== "ascending" : !sorted;
    var heads = table.tHead.rows[0].cells;
    for (var i = 0; i < heads.length; i++) heads[i].removeAttribute("aria-sort");
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.sort(function (x, y) {
      var c = compare(x.key, y.key);
      if (c !== 0 && !(x.key.empty || y.key.empty)) c = ascending ? c : -c;
      return c !== 0 ? c : x.pos - y.pos;
    });
    rows.forEach(function (r) { body.appendChild(r.row); });
  }
  var tables = document.querySelectorAll("table[data-sortable]");
  Array.prototype.forEach.call(tables, function (table) {
    if (!table.tHead || !table.tBodies.length) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, index, th); });
    });
  });
  // The advice to sort with the headings' buttons comes hidden: without this script there are no buttons.
  if (document.querySelector("th button.sort")) {
    Array.prototype.forEach.call(document.querySelectorAll(".sort-hint[hidden]"), function (hint) { hint.hidden = false; });
  }
  // A frame must take the keyboard's focus to be scrolled by it; one whose table or chart fits needs no stop.
  // Checked again whenever a frame or what it holds changes size: the window's width, a chart's table
  // opened, or the reader's own style spacing the text out after the page opened.
  var frames = document.querySelectorAll(".table-scroll[tabindex], .chart-svg[tabindex]");
  function stops() {
    Array.prototype.forEach.call(frames, function (f) {
      if (f.scrollWidth > f.clientWidth) f.setAttribute("tabindex", "0");
      else f.removeAttribute("tabindex");
    });
  }
  stops();
  if (window.ResizeObserver) {
    var sizes = new ResizeObserver(stops);
    Array.prototype.forEach.call(frames, function (f) {
      sizes.observe(f);
      if (f.firstElementChild) sizes.observe(f.firstElementChild);
    });
  } else {
    window.addEventListener("resize", stops);
    document.addEventListener("toggle", stops, true);
  }
})();
