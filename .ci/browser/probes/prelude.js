// Shared helpers, prepended to every probe (each probe runs as one function body).

// A short CSS selector for an element: tag.class:nth-of-type steps, up to 6
// steps or up to the nearest ancestor with an id.
function dtiSelector(el) {
  var parts = [];
  while (el && el.nodeType === 1 && parts.length < 6) {
    var tag = el.localName;
    if (el.id && /^[A-Za-z][\w-]*$/.test(el.id)) { parts.unshift(tag + "#" + el.id); break; }
    var part = tag;
    var classes = (el.getAttribute("class") || "").trim().split(/\s+/).filter(Boolean).slice(0, 2);
    if (classes.length) part += "." + classes.join(".");
    var parent = el.parentElement;
    if (parent) {
      var same = Array.prototype.filter.call(parent.children, function (c) { return c.localName === tag; });
      if (same.length > 1) part += ":nth-of-type(" + (same.indexOf(el) + 1) + ")";
    }
    parts.unshift(part);
    el = parent;
  }
  return parts.join(" > ");
}

// The element's opening tag and the start of its text, for a report line.
function dtiSnippet(el) {
  var html = el.outerHTML || "";
  var open = html.slice(0, html.indexOf(">") + 1);
  if (open.length > 100) open = open.slice(0, 97) + "…>";
  var text = (el.textContent || "").replace(/\s+/g, " ").trim();
  if (text.length > 60) text = text.slice(0, 57) + "…";
  return open + text;
}

// Not shown by the page's own CSS: display none, visibility hidden, opacity 0,
// or clipped to at most 1 px by an ancestor (the "visually hidden" pattern).
function dtiShown(el) {
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  for (var a = el; a && a !== document.body; a = a.parentElement) {
    var style = getComputedStyle(a);
    var clips = style.overflow !== "visible" || style.clip !== "auto" || style.clipPath !== "none";
    if (clips) {
      var box = a.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return false;
    }
  }
  return true;
}
