// Rendered font size of every visible text node of the page, in CSS px.
// arguments[0]: the minimum size; returns {count, smallest, small: [..]}.
//
// HTML text: the computed font-size.  SVG text: its computed font-size is in
// the user units of its own coordinate system, so the rendered size is that
// number times the scale of getScreenCTM() (the viewBox scaling of the
// <svg>, nested <svg>s and every transform attribute on the way), taken as
// sqrt(|det|) so that a rotation does not change it.  HTML inside a
// <foreignObject> is scaled by the foreignObject's CTM the same way.
var minimum = arguments[0];
var measured = new Map();

function scaleOf(el) {
  var host = el instanceof SVGElement ? el : el.closest("foreignObject");
  if (!host || !host.getScreenCTM) return 1;
  var m = host.getScreenCTM();
  return m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
}

function measure(el) {
  if (measured.has(el)) return measured.get(el);
  var size = null;
  var ignored = el.closest("script,style,noscript,template,title,desc,metadata,defs,clipPath,mask,symbol,marker,pattern");
  if (!ignored && dtiShown(el)) {
    size = parseFloat(getComputedStyle(el).fontSize) * scaleOf(el);
  }
  measured.set(el, size);
  return size;
}

var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
var range = document.createRange();
var count = 0, smallest = null, small = [], node;
while ((node = walker.nextNode())) {
  if (!/\S/.test(node.data) || !node.parentElement) continue;
  var el = node.parentElement;
  var size = measure(el);
  if (size === null) continue;
  range.selectNodeContents(node);
  var box = range.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) continue;
  count++;
  var where = { size: Math.round(size * 100) / 100, selector: dtiSelector(el), snippet: dtiSnippet(el),
                svg: el instanceof SVGElement };
  if (smallest === null || size < smallest.size) smallest = where;
  if (size < minimum - 1e-6) small.push(where);
}
return { count: count, smallest: smallest, small: small };
