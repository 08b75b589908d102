extension BuiltInTheme {
    /// `dti.js` of the built-in theme. Progressive enhancement only, published as `/assets/dti.js`. Every
    /// page is complete without it; with it, tables sort by any column, the
    /// unit list filters as you type, and "copy link" buttons appear.
    /// The words it says (the filter's count, "link copied", the print
    /// date) come from the edition's words file (`WordsScript`); without
    /// that file tables still sort and the list still filters, silently.
    ///
    /// Between the delimiters is the file exactly, byte for byte: it starts
    /// at the first column, and the empty line before the closing delimiter
    /// is the file's final newline. A `Theme/dti.js` replaces it.
    static let dtiJS = #"""
// dti: progressive enhancement. Pages work fully without this file.
(function () {
  "use strict";
  var word = window.dtiWord;
  // Names sort in Vietnamese order (letters, then tones, then case: CLDR
  // "vi", as dti's own A–Z list) by the browser's Vietnamese collator. A
  // theme may give a cell its place in some order as data-sort instead.
  var collator = window.Intl && Intl.Collator ? new Intl.Collator("vi") : null;
  function sortKey(cell, type) {
    var order = cell.getAttribute("data-sort");
    if (order !== null) return { n: parseFloat(order) };
    var raw = cell.getAttribute("data-value");
    if (raw === null) raw = cell.textContent.trim();
    if (type === "number" || type === "class") {
      // Cells show numbers with a decimal comma (233,06) or as rank/of (15/19).
      var n = parseFloat(String(raw).replace(",", "."));
      return { n: isNaN(n) ? Infinity : n };
    }
    return { s: raw };
  }
  function compareKeys(x, y) {
    if (x.n !== undefined && y.n !== undefined) return x.n < y.n ? -1 : (x.n > y.n ? 1 : 0);
    var a = x.s === undefined ? String(x.n) : x.s, b = y.s === undefined ? String(y.n) : y.s;
    if (collator) return collator.compare(a, b);
    return a < b ? -1 : (a > b ? 1 : 0);
  }
  function makeSortable(table) {
    var head = table.tHead;
    if (!head || !table.tBodies.length) return;
    var headers = head.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, column) {
      var type = th.getAttribute("data-type") || "text";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.map.call(body.rows, function (row, index) {
          return { row: row, key: sortKey(row.cells[column], type), index: index };
        });
        rows.sort(function (a, b) {
          var c = compareKeys(a.key, b.key);
          return c !== 0 ? (ascending ? c : -c) : a.index - b.index;
        });
        rows.forEach(function (item) { body.appendChild(item.row); });
      });
    });
  }
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u0111\u0110]/g, "d").toLowerCase().trim();
  }
  // A polite live region after `anchor`, for results said aloud; marked as an
  // enhancement (the page without JavaScript has no such text).
  function statusAfter(anchor) {
    var status = document.createElement("p");
    status.className = "status";
    status.setAttribute("role", "status");
    status.setAttribute("data-enhancement", "");
    anchor.parentNode.insertBefore(status, anchor.nextSibling);
    return status;
  }
  function makeFilter(input) {
    var list = document.getElementById(input.getAttribute("data-filter"));
    if (!list) return;
    var items = list.querySelectorAll("li[data-name]");
    var status = statusAfter(input.form || input);
    function apply() {
      var query = fold(input.value), shown = 0;
      Array.prototype.forEach.call(items, function (li) {
        li.hidden = query !== "" && li.getAttribute("data-name").indexOf(query) === -1;
        if (!li.hidden) shown++;
      });
      if (!word) return;
      var typed = input.value.trim();
      status.textContent = query === "" ? "" : shown === 0 ? word("filter_none", { query: typed })
        : word("filter_count", { shown: shown, count: items.length, query: typed });
    }
    var params = new URLSearchParams(window.location.search);
    if (params.get("q")) input.value = params.get("q");
    input.addEventListener("input", apply);
    apply();
  }
  function makeCopy(button) {
    if (!navigator.clipboard || !word) return;
    button.hidden = false;
    var status = statusAfter(button);
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-url")).then(function () {
        status.textContent = word("copy_done");
      }, function () {
        status.textContent = word("copy_failed");
      });
    });
  }
  // The date a page is printed, in its print-only source line.
  function datePrints() {
    var slots = document.querySelectorAll("[data-print-date]");
    if (!slots.length || !word) return;
    window.addEventListener("beforeprint", function () {
      var d = new Date();
      Array.prototype.forEach.call(slots, function (slot) {
        slot.textContent = " " + word("printed_on", { day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear() });
      });
    });
  }
  document.documentElement.classList.add("js");
  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), makeSortable);
  Array.prototype.forEach.call(document.querySelectorAll("input[data-filter]"), makeFilter);
  Array.prototype.forEach.call(document.querySelectorAll("button.copy-link"), makeCopy);
  datePrints();
})();

"""#
}
