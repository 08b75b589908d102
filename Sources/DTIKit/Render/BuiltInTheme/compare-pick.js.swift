extension BuiltInTheme {
    /// `compare-pick.js` of the built-in theme, published as
    /// `/assets/compare-pick.js` and loaded (deferred) by ranking pages: a
    /// tick box before each unit's name and a bar that opens `/so-sanh/`
    /// with the 2–4 ticked units. Everything it adds is made here, so the
    /// page without JavaScript is exactly the published table. The
    /// comparison page is the one of the page's edition: `so-sanh/`
    /// (`Routes.compare`) under the edition's home that the words file
    /// gives (`dtiEdition.home`, found from the file's own address, so it
    /// works under a sub-path). Without the words file nothing is added.
    ///
    /// Between the delimiters is the file exactly, byte for byte. A
    /// `Theme/compare-pick.js` replaces it.
    static let comparePickJS = #"""
// dti: on a ranking page, tick 2–4 rows to compare them side by side.
(function () {
  "use strict";
  var table = document.querySelector("table.ranking");
  var word = window.dtiWord, edition = window.dtiEdition;
  if (!table || !word || !edition || !table.tBodies.length) return;
  var page = edition.home + "so-sanh/", MOST = 4, picked = [];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  var bar = el("div", "compare-bar");
  bar.setAttribute("data-enhancement", "");
  var count = el("span", "compare-count", word("pick_hint"));
  count.setAttribute("role", "status");
  var go = el("a", "compare-go", word("pick_go", { count: 0 }));
  go.hidden = true;
  var clear = el("button", "compare-clear", word("pick_clear"));
  clear.type = "button";
  clear.hidden = true;
  [count, go, clear].forEach(function (part) { bar.appendChild(document.createTextNode(" ")); bar.appendChild(part); });
  var region = table.closest(".table-scroll") || table;
  region.parentNode.insertBefore(bar, region);

  var boxes = [];
  Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
    var link = row.querySelector("th a");
    if (!link) return;
    var slug = link.getAttribute("href").replace(/\/$/, "").split("/").pop();
    var box = el("input", "pick");
    box.type = "checkbox";
    box.value = slug;
    box.setAttribute("aria-label", word("pick_box", { unit: link.textContent }));
    box.addEventListener("change", function () {
      if (box.checked) picked.push(slug); else picked.splice(picked.indexOf(slug), 1);
      update();
    });
    link.parentNode.insertBefore(box, link);
    boxes.push(box);
  });

  function update() {
    boxes.forEach(function (box) { box.disabled = !box.checked && picked.length >= MOST; });
    go.hidden = picked.length < 2;
    clear.hidden = picked.length === 0;
    go.href = page + "?don-vi=" + picked.join(",");
    go.textContent = word("pick_go", { count: picked.length });
    count.textContent = picked.length === 0 ? word("pick_hint") :
      word(picked.length >= MOST ? "pick_count_most" : picked.length < 2 ? "pick_count_more" : "pick_count", { count: picked.length });
  }
  clear.addEventListener("click", function () {
    picked = [];
    boxes.forEach(function (box) { box.checked = false; });
    update();
  });
})();

"""#
}
