// Horizontal page overflow.  Returns {viewport, scrollWidth, outer, inner}:
// the document's scroll width against the layout viewport width and, when it
// overflows, the element that leaks furthest to the right: `outer` is the
// outermost element reaching that right edge, `inner` the innermost one (often
// the cause: a long word, a wide table).  An element inside an ancestor that
// scrolls or clips horizontally is contained there and does not count.
var root = document.documentElement;
var viewport = root.clientWidth;
var scrollWidth = Math.max(root.scrollWidth, document.body ? document.body.scrollWidth : 0);
var result = { viewport: viewport, scrollWidth: scrollWidth, outer: null, inner: null };
if (scrollWidth <= viewport) return result;

var contained = new Map();
function isContained(el) {
  var parent = el.parentElement;
  if (!parent || parent === document.body || parent === root) return false;
  if (contained.has(parent)) return contained.get(parent);
  var x = getComputedStyle(parent).overflowX;
  var answer = x !== "visible" || isContained(parent);
  contained.set(parent, answer);
  return answer;
}

var best = 0, outer = null, inner = null;
document.body.querySelectorAll("*").forEach(function (el) {
  var box = el.getBoundingClientRect();
  var right = box.right + window.scrollX;
  if (box.width === 0 || right <= viewport + 0.5 || isContained(el)) return;
  if (outer === null || right > best + 0.5) { best = right; outer = el; inner = el; }
  else if (right >= best - 0.5 && outer.contains(el)) inner = el;  // deeper, same edge
});
function describe(el) {
  if (!el) return null;
  var box = el.getBoundingClientRect();
  return { selector: dtiSelector(el), snippet: dtiSnippet(el),
           width: Math.round(box.width), right: Math.round(box.right + window.scrollX) };
}
result.outer = describe(outer);
result.inner = describe(inner);
return result;
