extension BuiltInTheme {
    /// `dti.js` of the built-in theme. Progressive enhancement only, published as `/assets/dti.js`. Every
    /// page is complete without it; with it, tables sort by any column, the
    /// unit list filters as you type, and "copy link" buttons appear.
    ///
    /// Between the delimiters is the file exactly, byte for byte: it starts
    /// at the first column, and the empty line before the closing delimiter
    /// is the file's final newline. A `Theme/dti.js` replaces it.
    static let dtiJS = #"""
// dti: progressive enhancement. Pages work fully without this file.
(function () {
  "use strict";
  function cellValue(cell, type) {
    var raw = cell.getAttribute("data-value");
    if (raw === null) raw = cell.textContent.trim();
    if (type === "number" || type === "class") {
      // Cells show numbers with a decimal comma (233,06) or as rank/of (15/19).
      var n = parseFloat(String(raw).replace(",", "."));
      return isNaN(n) ? Infinity : n;
    }
    return raw.toLocaleLowerCase("vi");
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
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a.cells[column], type), y = cellValue(b.cells[column], type);
          if (x < y) return ascending ? -1 : 1;
          if (x > y) return ascending ? 1 : -1;
          return 0;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase().trim();
  }
  function makeFilter(input) {
    var list = document.getElementById(input.getAttribute("data-filter"));
    if (!list) return;
    function apply() {
      var query = fold(input.value);
      Array.prototype.forEach.call(list.querySelectorAll("li[data-name]"), function (li) {
        li.hidden = query !== "" && li.getAttribute("data-name").indexOf(query) === -1;
      });
    }
    var params = new URLSearchParams(window.location.search);
    if (params.get("q")) input.value = params.get("q");
    input.addEventListener("input", apply);
    apply();
  }
  function makeCopy(button) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-url")).then(function () {
        button.textContent = "Đã sao chép đường dẫn";
      });
    });
  }
  document.documentElement.classList.add("js");
  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), makeSortable);
  Array.prototype.forEach.call(document.querySelectorAll("input[data-filter]"), makeFilter);
  Array.prototype.forEach.call(document.querySelectorAll("button.copy-link"), makeCopy);
})();

"""#
}
