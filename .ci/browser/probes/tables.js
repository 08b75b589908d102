// Laid-out width of every table (also inside a scrolling wrapper), widest first.
var tables = Array.prototype.map.call(document.querySelectorAll("table"), function (t) {
  var box = t.getBoundingClientRect();
  return { width: Math.round(Math.max(box.width, t.scrollWidth)), selector: dtiSelector(t),
           snippet: dtiSnippet(t.caption || t) };
});
tables.sort(function (a, b) { return b.width - a.width; });
return tables;
