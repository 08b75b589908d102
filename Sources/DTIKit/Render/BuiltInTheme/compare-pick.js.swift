extension BuiltInTheme {
    /// `compare-pick.js` of the built-in theme, published as
    /// `/assets/compare-pick.js` and loaded (deferred) by ranking pages: a
    /// tick box before each unit's name and a bar that opens `/so-sanh/`
    /// with the 2–4 ticked units. Everything it adds is made here, so the
    /// page without JavaScript is exactly the published table. The
    /// comparison page is found next to the assets folder this file is
    /// served from (`../so-sanh/`, `Routes.compare`), so it works under a
    /// sub-path.
    ///
    /// Between the delimiters is the file exactly, byte for byte. A
    /// `Theme/compare-pick.js` replaces it.
    static let comparePickJS = #"""
// dti: on a ranking page, tick 2–4 rows to compare them side by side.
(function () {
  "use strict";
  var table = document.querySelector("table.ranking");
  var script = document.currentScript;
  if (!table || !script || !table.tBodies.length) return;
  var page = new URL("../so-sanh/", script.src).href, MOST = 4, picked = [];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  var bar = el("div", "compare-bar");
  bar.setAttribute("data-enhancement", "");
  var count = el("span", "compare-count", "Đánh dấu 2 đến 4 đơn vị để so sánh.");
  count.setAttribute("role", "status");
  var go = el("a", "compare-go", "So sánh");
  go.hidden = true;
  var clear = el("button", "compare-clear", "Bỏ chọn");
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
    box.setAttribute("aria-label", "Chọn " + link.textContent + " để so sánh");
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
    go.textContent = "So sánh " + picked.length + " đơn vị";
    count.textContent = picked.length === 0 ? "Đánh dấu 2 đến 4 đơn vị để so sánh." :
      "Đã chọn " + picked.length + (picked.length >= MOST ? " đơn vị, tối đa." : picked.length < 2 ? " đơn vị; chọn thêm ít nhất một." : " đơn vị.");
  }
  clear.addEventListener("click", function () {
    picked = [];
    boxes.forEach(function (box) { box.checked = false; });
    update();
  });
})();

"""#
}
