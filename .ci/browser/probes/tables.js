// Laid-out width of every shown table (also inside a scrolling wrapper),
// widest first; tables in a closed <details> are not shown and not listed.
var tables = [];
document.querySelectorAll("table").forEach(function (t) {
  if (!dtiShown(t)) return;
  var box = t.getBoundingClientRect();
  tables.push({ width: Math.round(Math.max(box.width, t.scrollWidth)), selector: dtiSelector(t),
                snippet: dtiSnippet(t.caption || t) });
});
tables.sort(function (a, b) { return b.width - a.width; });
return tables;
