// The text of <main> as a list of [text, selector of its element], skipping
// what is not content:
//   - script, style, template, noscript;
//   - any element with a `data-enhancement` attribute, and everything inside;
//   - any element with a `hidden` attribute, and everything inside;
//   - any element whose `hidden` attribute a script removed after parsing
//     (recorded by hidden_tracker.js), so that a control shown only when
//     JavaScript runs (the "copy link" button) is skipped with JS on too.
// CSS does not matter here: this is the DOM's text, the same at every width.
var main = document.querySelector("main");
if (!main) return null;
var wasHidden = window.__dtiWasHidden;
var out = [];
function walk(el) {
  for (var n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      var text = n.data.replace(/\s+/g, " ").trim();
      if (text) out.push([text, dtiSelector(el)]);
    } else if (n.nodeType === 1) {
      if (n.matches("script,style,template,noscript,[data-enhancement],[hidden]")) continue;
      if (wasHidden && wasHidden.has(n)) continue;
      walk(n);
    }
  }
}
walk(main);
return out;
