// Focus indicator contrast.  Every shown focusable element (at most
// arguments[1] of them) is focused by script, which Chromium treats as
// :focus-visible when no pointer was used, and scrolled into view.  Its
// indicator is its outline (or, with outline none, its box-shadow colour).
// The colours next to it are read where they are painted: at the middle of
// each side, just outside the outline and in the gap of its offset, the
// topmost element under that point (document.elementsFromPoint, not the
// focused element or its content) with a non-transparent background-color;
// white where nothing paints.  So a link positioned over a dark header is
// judged against the header, not against its parent's colour.
// The indicator fails when its lowest contrast ratio against those colours
// is under arguments[0] (WCAG 1.4.11 non-text contrast: 3), or when there is none.
// Chromium's own "auto" focus ring is two-tone and accepted.
// Returns {checked, failing: [{selector, snippet, ratio, indicator, background}]}.
var minimum = arguments[0], cap = arguments[1];

function parse(color) {
  var m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color || "");
  if (!m) return null;
  var alpha = m[4] === undefined ? 1 : (m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]));
  return [parseFloat(m[1]), parseFloat(m[2]), parseFloat(m[3]), alpha];
}
function luminance(rgb) {
  var c = rgb.slice(0, 3).map(function (v) {
    v /= 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
function ratio(a, b) {
  var x = luminance(a), y = luminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
function paintedAt(el, x, y) {
  if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return null;
  var stack = document.elementsFromPoint(x, y);
  for (var i = 0; i < stack.length; i++) {
    if (el.contains(stack[i])) continue;
    var bg = parse(getComputedStyle(stack[i]).backgroundColor);
    if (bg && bg[3] > 0) return bg;
  }
  return [255, 255, 255, 1];
}
// The colours around the outline: [{colour}] sampled outside it and in its offset gap.
function neighbours(el, style) {
  var box = el.getBoundingClientRect();
  var offset = parseFloat(style.outlineOffset) || 0, width = parseFloat(style.outlineWidth) || 0;
  var distances = [offset + width + 1];
  if (offset >= 1) distances.push(offset / 2);
  var midX = (box.left + box.right) / 2, midY = (box.top + box.bottom) / 2, found = [];
  distances.forEach(function (d) {
    [[box.left - d, midY], [box.right + d, midY], [midX, box.top - d], [midX, box.bottom + d]].forEach(function (p) {
      var colour = paintedAt(el, p[0], p[1]);
      if (colour) found.push(colour);
    });
  });
  return found.length ? found : [[255, 255, 255, 1]];
}
function hex(rgb) {
  return "#" + rgb.slice(0, 3).map(function (v) { return ("0" + Math.round(v).toString(16)).slice(-2); }).join("");
}

var selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";
var candidates = Array.prototype.filter.call(document.querySelectorAll(selector), function (el) {
  return !el.disabled && dtiShown(el);
}).slice(0, cap);
var failing = [], checked = 0;
var scrollX = window.scrollX, scrollY = window.scrollY;
candidates.forEach(function (el) {
  el.focus();
  el.scrollIntoView({ block: "center", inline: "center" });
  if (document.activeElement !== el) return;
  checked++;
  var style = getComputedStyle(el);
  if (style.outlineStyle === "auto") return;
  var indicator = null;
  if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) indicator = parse(style.outlineColor);
  else if (style.boxShadow !== "none") indicator = parse(style.boxShadow);
  var background = [255, 255, 255, 1], r = 0;
  if (indicator && indicator[3] > 0) {
    r = Infinity;
    neighbours(el, style).forEach(function (colour) {
      var c = ratio(indicator, colour);
      if (c < r) { r = c; background = colour; }
    });
  }
  if (r < minimum) {
    failing.push({ selector: dtiSelector(el), snippet: dtiSnippet(el), ratio: Math.round(r * 100) / 100,
                   indicator: indicator ? hex(indicator) : "none", background: hex(background),
                   focusVisible: el.matches(":focus-visible") });
  }
});
if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
window.scrollTo(scrollX, scrollY);
return { checked: checked, failing: failing };
