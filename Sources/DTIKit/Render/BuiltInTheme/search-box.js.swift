extension BuiltInTheme {
    /// `search-box.js` of the built-in theme, published as
    /// `/assets/search-box.js`: the home page's search box, on top of the
    /// matcher in `search.js` (loaded before it).
    ///
    /// Results appear right under the box, grouped (đơn vị, bảng xếp hạng,
    /// chỉ số, trang) with their count, each unit with its latest headline;
    /// no match says so and suggests a spelling, shorter words and the A–Z
    /// list. Arrow keys move between the box and the results, Escape goes
    /// back and then clears; the count is announced in a live region a
    /// moment after typing stops. If the index cannot be loaded the form
    /// does what it does without JavaScript: it opens the A–Z list. Its
    /// words are the edition's (`WordsScript`); without them the box is
    /// left as it is without JavaScript.
    ///
    /// Between the delimiters is the file exactly, byte for byte. A
    /// `Theme/search-box.js` replaces it.
    static let searchBoxJS = #"""
// dti: the home page search box, on top of search.js. Without it the form opens the A–Z list.
(function () {
  "use strict";
  var form = document.querySelector("form.site-search");
  var search = window.dtiSearch, word = window.dtiWord, wordInto = window.dtiWordInto;
  if (!form || !search || !word) return;
  var input = form.querySelector("input[type=search]");
  var results = document.getElementById(input.getAttribute("aria-controls"));
  var status = document.querySelector(".search-status");
  var index = null, failed = false, timer = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function link(text, href) { var a = el("a", null, text); a.href = href; return a; }
  function ensure() {
    if (index || failed) return Promise.resolve(index);
    return search.load(form.getAttribute("data-index"), form.getAttribute("data-root")).then(function (loaded) {
      index = loaded;
      return index;
    }, function () {
      failed = true;
      say(word("search_load_failed"), 0);
    });
  }
  // The live region, updated once typing pauses so that a screen reader reads one count, not one per key.
  function say(text, delay) {
    clearTimeout(timer);
    timer = setTimeout(function () { status.textContent = text; }, delay);
  }

  function update() {
    var query = input.value;
    results.textContent = "";
    if (!query.trim()) { say("", 0); return; }
    if (!index) { ensure().then(function () { if (index) update(); }); return; }
    var found = index.search(query), shownQuery = query.trim().replace(/\s+/g, " ");
    if (found.length) showResults(shownQuery, found); else showNothing(shownQuery);
    // Results first on the screen: if they start low on a phone, bring the box to the top (read in the
    // next frame, when the browser lays the page out anyway, not forcing a second layout per key).
    window.requestAnimationFrame(function () {
      var top = results.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight * 0.6) form.scrollIntoView({ block: "start" });
    });
  }

  function showResults(query, found) {
    var counts = [];
    search.groups.forEach(function (group) {
      var items = found.filter(function (r) { return search.kindGroup[r.entry.kind] === group[0]; });
      if (!items.length) return;
      counts.push(word(group[2], { count: items.length }));
      var section = el("section", "result-group");
      var heading = el("h2", null, group[1] + " ");
      heading.id = "kq-" + group[0];
      heading.appendChild(el("span", "count", "(" + items.length + ")"));
      section.setAttribute("aria-labelledby", heading.id);
      var list = el("ul", "results");
      section.appendChild(heading);
      section.appendChild(list);
      var shown = 0;
      function more(count) {
        var first = null;
        items.slice(shown, shown + count).forEach(function (r) {
          var li = item(r.entry, r.place);
          first = first || li.querySelector("a");
          list.appendChild(li);
        });
        shown = Math.min(items.length, shown + count);
        return first;
      }
      function moreText() { return word("search_more", { items: word(group[2], { count: items.length - shown }) }); }
      more(group[3]);
      if (shown < items.length) {
        var button = el("button", "more", moreText());
        button.type = "button";
        button.addEventListener("click", function () {
          var first = more(50);
          if (shown >= items.length) button.remove(); else button.textContent = moreText();
          if (first) first.focus();
        });
        section.appendChild(button);
      }
      results.appendChild(section);
    });
    say(word("search_found", { count: found.length, query: query, groups: counts.join(", ") }), 500);
  }

  // One result: its link, then what it is (group and period, maximum, framework…) and, for a unit, its headline.
  function item(entry, place) {
    var data = index.data, x = entry.item, li = el("li");
    li.appendChild(link(entry.title, entry.url));
    var about = el("span", "result-meta");
    if (entry.kind === "unit") {
      var u = data.units[x.unit], table = u[1] >= 0 ? data.tables[u[1]] : null;
      if (u[6]) li.appendChild(el("span", "muted", " (" + u[6] + ")"));
      if (u[7]) about.appendChild(el("span", null, word("search_aliases", { names: u[7].join("; ") }) + " "));
      if (table) about.appendChild(el("span", null, data.groups[table[1]][1] + " · " + data.periods[table[0]][1] + ": "));
      var headline = index.headline(u);
      about.appendChild(el("span", "result-headline", headline.text));
      if (headline.cls) {
        var cls = search.className(headline.cls);
        about.appendChild(document.createTextNode(" · "));
        about.appendChild(el("span", "badge cls-" + cls.key, cls.name));
      }
      if (u[5] & 4) about.appendChild(el("span", null, " · " + word("search_unit_ended")));
    } else if (entry.kind === "ranking") {
      var t = data.tables[x.table];
      about.textContent = data.periods[t[0]][1] + " · " + word("search_count_units", { count: t[6] < t[4] ? t[6] + "/" + t[4] : t[6] });
    } else if (entry.kind === "index") {
      var i = x.index, framework = data.frameworks[x.framework];
      about.textContent = word(i.length < 3 ? "search_component" : i[3] ? "search_index_max" : "search_index", { code: i[0], max: i[3] })
        + " · " + framework[1];
    } else if (entry.kind === "framework") {
      var f = data.frameworks[x.framework];
      about.textContent = (f[2] ? word("search_framework_under", { decision: f[2] }) : word("search_framework")) + (f[4] ? " · " + f[4] : "");
    } else if (entry.kind === "pillar") {
      about.textContent = word("search_pillar");
    } else {
      about.textContent = snippet(entry, place);
    }
    if (about.firstChild) li.appendChild(about);
    return li;
  }

  // Where a page matched: the heading, or the words around the match in its text; else its text's start.
  function snippet(entry, place) {
    var field = place ? entry.fields[place[0]] : null, body = entry.item.page[3];
    if (field && place[0] > 0 && field.source && field.weight >= 2) return field.source;
    var at = 0;
    if (field && field.source === body) {
      var word = /\d+(?:\.\d+)+|[\p{L}\p{N}]+/gu, found, n = 0;
      while ((found = word.exec(body)) && n < place[1]) n++;
      if (found && found.index > 50) at = body.indexOf(" ", found.index - 50) + 1;
    }
    var text = body.slice(at, at + 140);
    return (at > 0 ? "…" : "") + text + (at + 140 < body.length ? "…" : "");
  }

  function showNothing(query) {
    var box = el("div", "search-empty");
    box.appendChild(el("p", "search-none", word("search_none", { query: query })));
    var tries = [];
    var spelled = index.suggest(query);
    if (spelled) tries.push(spelled);
    var chunks = query.split(/\s+/);
    if (chunks.length > 1 && index.search(chunks.slice(0, -1).join(" ")).length) tries.push(chunks.slice(0, -1).join(" "));
    if (tries.length) {
      var buttons = document.createDocumentFragment();
      tries.forEach(function (text, n) {
        if (n) buttons.appendChild(document.createTextNode(" " + word("search_or") + " "));
        var button = el("button", "suggestion", text);
        button.type = "button";
        button.addEventListener("click", function () { input.value = text; update(); input.focus(); });
        buttons.appendChild(button);
      });
      box.appendChild(wordInto(el("p"), "search_did_you_mean", { suggestions: buttons }));
    }
    box.appendChild(el("p", null, word("search_tips")));
    var list = el("ul");
    list.appendChild(el("li", null, word("search_tip_shorter")));
    list.appendChild(el("li", null, word("search_tip_marks")));
    list.appendChild(wordInto(el("li"), "search_tip_browse", {
      units: link(word("search_units_link"), index.root + index.data.routes.units),
      rankings: link(word("search_rankings_link"), index.root + index.data.routes.rankings)
    }));
    box.appendChild(list);
    results.appendChild(box);
    say(word("search_none", { query: query }) + (tries.length ? " " + word("search_other_suggestions") : ""), 500);
  }

  function focusables() { return Array.prototype.slice.call(results.querySelectorAll("a, button")); }
  input.addEventListener("focus", ensure);
  input.addEventListener("input", update);
  input.addEventListener("keydown", function (event) {
    var list = focusables();
    if (event.key === "ArrowDown" && list.length) { event.preventDefault(); list[0].focus(); }
    if (event.key === "Escape" && input.value) { event.preventDefault(); input.value = ""; update(); }
  });
  results.addEventListener("keydown", function (event) {
    var list = focusables(), at = list.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown") { event.preventDefault(); (list[at + 1] || list[at]).focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? list[at - 1] : input).focus(); }
    if (event.key === "Escape") { event.preventDefault(); input.focus(); }
  });
  form.addEventListener("submit", function (event) {
    if (failed) return;   // the A–Z list, as without JavaScript
    event.preventDefault();
    ensure().then(function () {
      if (!index) { form.submit(); return; }
      update();
      var list = focusables();
      if (list.length) list[0].focus();
    });
  });
  var asked = new URLSearchParams(window.location.search).get("q");
  if (asked) { input.value = asked; ensure().then(update); }
})();

"""#
}
