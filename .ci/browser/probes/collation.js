// Vietnamese order, judged by the browser's own collator (ICU, CLDR "vi"):
//   - the A–Z list of units (links in #danh-sach-don-vi, in page order);
//   - every sortable table's "Đơn vị" column after its sort button is
//     pressed once (ascending), read from the row headings.
// Returns [{where, selector, before, after}] for each pair out of order.
var collator = new Intl.Collator("vi");
var out = [];
function check(names, where, selector) {
  for (var i = 1; i < names.length; i++) {
    if (collator.compare(names[i - 1], names[i]) > 0) {
      out.push({ where: where, selector: selector, before: names[i - 1], after: names[i] });
    }
  }
}
var list = document.getElementById("danh-sach-don-vi");
if (list) {
  check(Array.prototype.map.call(list.querySelectorAll("li > a:first-child"), function (a) { return a.textContent.trim(); }),
        "A–Z list", "#danh-sach-don-vi");
}
document.querySelectorAll("table[data-sortable]").forEach(function (table) {
  var head = table.tHead && table.tHead.rows[0];
  if (!head) return;
  Array.prototype.forEach.call(head.cells, function (th, column) {
    if (th.innerText.replace(/\s+/g, " ").trim() !== "Đơn vị") return;
    var button = th.querySelector("button");
    if (!button) return;
    var before = Array.prototype.slice.call(table.tBodies[0].rows);
    button.click();
    var names = Array.prototype.map.call(table.tBodies[0].rows, function (row) { return row.cells[column].innerText.trim(); });
    check(names, "table sorted by Đơn vị", dtiSelector(table));
    // Put the rows back as published, and the heading as it was.
    before.forEach(function (row) { table.tBodies[0].appendChild(row); });
    Array.prototype.forEach.call(head.cells, function (h) { h.setAttribute("aria-sort", "none"); });
  });
});
return out;
