extension BuiltInTheme {
    /// `compare.js` of the built-in theme, published as `/assets/compare.js`
    /// and loaded (deferred, after `search.js`) by `/so-sanh/` only: choosing
    /// the units. The chosen units live in the address (`?don-vi=a,b,c`), so
    /// a comparison can be shared; units are found by name with the site
    /// search (`window.dtiSearch`), and each unit's numbers are read from the
    /// open data it already publishes (`du-lieu/don-vi/<slug>.json`), with
    /// every number kept as the digits it was written in, so the page shows
    /// `187,390` exactly as the unit page does. Units of different frameworks
    /// are refused in words; the comparison itself is drawn by
    /// `compare-view.js` (`window.dtiCompareView`). Names, periods and words
    /// are the page's edition's: from its search index and its words file
    /// (`WordsScript`); the data files are shared by every edition. Without
    /// the words file the page stays as it is without JavaScript.
    ///
    /// Between the delimiters is the file exactly, byte for byte. A
    /// `Theme/compare.js` replaces it.
    static let compareJS = #"""
// dti: the comparison page (choosing units, reading their open data). Without it the page links to the rankings.
(function () {
  "use strict";
  var app = document.getElementById("so-sanh");
  var search = window.dtiSearch, view = window.dtiCompareView, word = window.dtiWord;
  if (!app || !search || !view || !word) return;
  var MOST = 4, index = null, chosen = [], loaded = {}, generation = 0;
  var el = view.el;

  // JSON whose numbers stay the text they were written in ("187.390", not 187.39).
  function parseKeepingDigits(text) {
    return JSON.parse(text.replace(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g, function (token) {
      return token.charAt(0) === "\"" ? token : "\"" + token + "\"";
    }));
  }
  function unitData(slug) {
    if (!loaded[slug]) {
      loaded[slug] = fetch(index.route("unitData", slug)).then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      }).then(parseKeepingDigits);
    }
    return loaded[slug];
  }

  // The page: what is chosen, a box to add more, a message line, the comparison.
  var picker = el("form", "compare-pick");
  picker.setAttribute("role", "search");
  var label = el("label", null, word("compare_add"));
  label.htmlFor = "them-don-vi";
  var input = el("input");
  input.type = "search"; input.id = "them-don-vi"; input.autocomplete = "off";
  input.placeholder = word("compare_add_hint");
  input.setAttribute("aria-controls", "goi-y-don-vi");
  var offers = el("ul", "compare-offers");
  offers.id = "goi-y-don-vi";
  picker.appendChild(label); picker.appendChild(input); picker.appendChild(offers);
  var list = el("ul", "compare-chosen");
  list.setAttribute("aria-label", word("compare_chosen"));
  var message = el("div", "compare-message");
  message.setAttribute("role", "status");
  var result = el("div", "compare-result");
  [list, picker, message, result].forEach(function (part) { app.appendChild(part); });

  function say(text) { message.textContent = text; }

  function readAddress() {
    var asked = (new URLSearchParams(window.location.search).get("don-vi") || "").split(",");
    var unknown = [];
    asked.forEach(function (slug) {
      slug = slug.trim();
      if (!slug || chosen.indexOf(slug) >= 0) return;
      if (!/^[a-z0-9-]+$/.test(slug) || index.unitBySlug(slug) < 0) { unknown.push(slug); return; }
      if (chosen.length < MOST) chosen.push(slug);
    });
    return unknown;
  }
  function writeAddress() {
    var url = window.location.pathname + (chosen.length ? "?don-vi=" + chosen.join(",") : "");
    window.history.replaceState(null, "", url);
  }

  function unitName(slug) { var i = index.unitBySlug(slug); return i < 0 ? slug : index.data.units[i][0]; }
  // What a unit's latest result was scored under, as the index tells it: its framework, else its group.
  function method(u) {
    var t = u[1] >= 0 ? index.data.tables[u[1]] : null;
    return t ? (t[3] >= 0 ? "f" + t[3] : "g" + t[1]) : null;
  }

  function showChosen() {
    list.textContent = "";
    chosen.forEach(function (slug, n) {
      var li = el("li");
      li.appendChild(el("span", "letter series-" + n, view.LETTERS[n]));
      li.appendChild(document.createTextNode(" " + unitName(slug) + " "));
      var remove = el("button", "remove", word("compare_remove"));
      remove.type = "button";
      remove.setAttribute("aria-label", word("compare_remove_unit", { unit: unitName(slug) }));
      remove.addEventListener("click", function () {
        chosen.splice(chosen.indexOf(slug), 1);
        changed();
        input.focus();
      });
      li.appendChild(remove);
      list.appendChild(li);
    });
    input.disabled = chosen.length >= MOST;
    input.placeholder = word(input.disabled ? "compare_full" : "compare_add_hint");
  }

  function offer() {
    offers.textContent = "";
    var query = input.value.trim();
    if (!query) return;
    var found = index.search(query, ["unit"]).filter(function (r) {
      return chosen.indexOf(index.unitSlug(r.entry.item.unit)) < 0;
    }).slice(0, 8);
    if (!found.length) { offers.appendChild(el("li", "muted", word("compare_not_found", { query: query }))); return; }
    found.forEach(function (r) {
      var u = index.data.units[r.entry.item.unit];
      var slug = index.unitSlug(r.entry.item.unit);
      var button = el("button", null, u[0] + (u[6] ? " (" + u[6] + ")" : ""));
      button.type = "button";
      var headline = index.headline(u).text;
      var first = chosen.length ? index.data.units[index.unitBySlug(chosen[0])] : null;
      var other = first && method(first) !== method(u);
      button.appendChild(el("span", "muted", " · " + headline + (other ? " · " + word("compare_other_framework") : "")));
      button.addEventListener("click", function () {
        if (chosen.length >= MOST) return;
        chosen.push(slug);
        input.value = "";
        offers.textContent = "";
        changed();
        if (!input.disabled) input.focus();
      });
      var li = el("li");
      li.appendChild(button);
      offers.appendChild(li);
    });
  }

  function changed() {
    writeAddress();
    showChosen();
    compare();
  }

  // Loads the chosen units and draws the comparison, or says why not.
  function compare() {
    var mine = ++generation;
    result.textContent = "";
    if (chosen.length < 2) {
      say(word(chosen.length ? "compare_choose_more" : "compare_choose"));
      return;
    }
    say(word("compare_reading", { count: chosen.length }));
    var slugs = chosen.slice();
    Promise.all(slugs.map(unitData)).then(function (units) {
      if (mine !== generation) return;
      // Names as this edition writes them (the index's), not as the shared data file does.
      units.forEach(function (unit, n) { unit.name = unitName(slugs[n]); });
      var plan = view.plan(index, units);
      if (plan.refusal) { say(plan.refusal); return; }
      say(word("compare_showing", { units: units.map(function (u) { return u.name; }).join(", "), period: plan.periodName }) + (plan.note ? " " + plan.note : ""));
      view.draw(result, index, plan);
    }, function () {
      if (mine === generation) say(word("compare_read_failed"));
    });
  }

  input.addEventListener("input", offer);
  input.addEventListener("keydown", function (event) {
    var buttons = offers.querySelectorAll("button");
    if (event.key === "ArrowDown" && buttons.length) { event.preventDefault(); buttons[0].focus(); }
    if (event.key === "Escape") { input.value = ""; offers.textContent = ""; }
  });
  offers.addEventListener("keydown", function (event) {
    var buttons = Array.prototype.slice.call(offers.querySelectorAll("button")), at = buttons.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown") { event.preventDefault(); (buttons[at + 1] || buttons[at]).focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? buttons[at - 1] : input).focus(); }
    if (event.key === "Escape") { event.preventDefault(); input.focus(); }
  });
  picker.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = offers.querySelector("button");
    if (first) first.click();
  });

  say(word("compare_loading"));
  search.load(app.getAttribute("data-index"), app.getAttribute("data-root")).then(function (loadedIndex) {
    index = loadedIndex;
    var unknown = readAddress();
    showChosen();
    compare();
    if (unknown.length) {
      var names = unknown.map(function (slug) { return word("quoted", { text: slug }); }).join(", ");
      say(word("compare_unknown", { units: names }) + " " + message.textContent);
    }
  }, function () {
    say(word("compare_load_failed"));
  });
})();

"""#
}
