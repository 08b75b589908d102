// Under print media emulation: every shown <th> whose rendered text is empty.
var empty = [];
document.querySelectorAll("th").forEach(function (th) {
  if (!dtiShown(th)) return;
  var box = th.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return;
  if (th.innerText.replace(/\s+/g, " ").trim() === "") {
    empty.push({ selector: dtiSelector(th), snippet: dtiSnippet(th) });
  }
});
return empty;
