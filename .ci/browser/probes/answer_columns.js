// The answer of a table in view: in each shown table whose class names it
// in arguments[0] ({className: [heading patterns] or "all"}), every heading
// cell of the first header row that matches (or every one, for "all") must
// lie inside the viewport and inside the box that scrolls the table, with
// nothing scrolled: a reader sees rank, unit, total and class without
// swiping.  Returns {checked, failing: [{selector, snippet, heading, right,
// limit, tableWidth}]}.
var rules = arguments[0];
var viewport = document.documentElement.clientWidth;
var failing = [], checked = 0;
function scroller(el) {
  for (var a = el.parentElement; a && a !== document.body; a = a.parentElement) {
    var x = getComputedStyle(a).overflowX;
    if (x !== "visible") return a;
  }
  return null;
}
document.querySelectorAll("main table").forEach(function (table) {
  if (!dtiShown(table)) return;
  var patterns = null;
  Object.keys(rules).forEach(function (name) { if (table.classList.contains(name)) patterns = rules[name]; });
  if (patterns === null) return;
  var head = table.tHead && table.tHead.rows[0];
  if (!head) return;
  var box = scroller(table);
  var limit = viewport, left = 0;
  if (box) {
    var r = box.getBoundingClientRect();
    limit = Math.min(limit, r.right);
    left = Math.max(left, r.left);
  }
  Array.prototype.forEach.call(head.cells, function (th) {
    var text = th.innerText.replace(/\s+/g, " ").trim();
    var wanted = patterns === "all" || patterns.some(function (p) { return new RegExp(p).test(text); });
    if (!wanted) return;
    checked++;
    var cell = th.getBoundingClientRect();
    // Positions as if nothing were scrolled sideways.
    var shift = box ? box.scrollLeft : 0;
    var right = cell.right + shift, start = cell.left + shift;
    if (right > limit + 0.5 || start < left - 0.5) {
      failing.push({ selector: dtiSelector(th), snippet: dtiSnippet(table.caption || table), heading: text,
                     right: Math.round(right), limit: Math.round(limit), tableWidth: Math.round(table.getBoundingClientRect().width) });
    }
  });
});
return { checked: checked, failing: failing };
