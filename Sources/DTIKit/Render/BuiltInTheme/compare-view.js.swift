extension BuiltInTheme {
    /// `compare-view.js` of the built-in theme, published as
    /// `/assets/compare-view.js`: what `/so-sanh/` shows once its units are
    /// chosen (`compare.js` calls it as `window.dtiCompareView`).
    ///
    /// `plan` decides what can be compared: units whose latest results are
    /// under different frameworks are refused in a sentence naming both, and
    /// the period is the latest in which every unit has a result under that
    /// framework. `draw` writes, for that period: the side-by-side table
    /// (group, total against its maximum, DTI, rank, class, each main index
    /// against its maximum, pillars, change), one chart that overlays the
    /// units (bars per index as a share of its maximum; each unit a letter
    /// A–D as well as a colour; `<svg role="img">` with title, desc and its
    /// data table), the indices where they differ most, and their history.
    /// Numbers are printed from their published digits, as unit pages print
    /// them (`206,45 / 245`, `Hạng 13/19`), with the edition's decimal
    /// separator; words, names of periods, groups and indices are the
    /// edition's (its words file and search index), since the units' data
    /// files are shared by every edition.
    ///
    /// Between the delimiters is the file exactly, byte for byte. A
    /// `Theme/compare-view.js` replaces it.
    static let compareViewJS = #"""
// dti: the comparison itself (table, chart, differences, history), drawn by compare.js.
(function () {
  "use strict";
  var word = window.dtiWord || function (key) { return key; }, DECIMAL = (window.dtiEdition || {}).decimal || ",";
  var LETTERS = ["A", "B", "C", "D"];
  function pillar(code) { return word("compare_pillar", { pillar: word("pillar." + code), code: code.toUpperCase() }); }
  var PILLARS = [["dti", word("compare_dti_value")], ["cqs", pillar("cqs")], ["kts", pillar("kts")], ["xhs", pillar("xhs")]];
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function svg(tag, attributes, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach(function (k) { e.setAttribute(k, attributes[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function present(value) { return value !== null && value !== undefined && value !== ""; }
  // Published digits with the edition's decimal separator ("187.390" → "187,390" in Vietnamese).
  function shown(digits) { return present(digits) ? String(digits).replace(".", DECIMAL) : "–"; }
  // Digits rounded half away from zero to `places` on the text itself; `trim` drops trailing zeros.
  function fixed(digits, places, trim) {
    var m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(digits));
    if (!m) return "–";
    var fraction = (m[3] || "") + new Array(places + 2).join("0");
    var kept = (m[2] + fraction.slice(0, places)).split("");
    if (fraction.charAt(places) >= "5") {
      var i = kept.length - 1;
      while (i >= 0 && kept[i] === "9") { kept[i] = "0"; i--; }
      if (i < 0) kept.unshift("1"); else kept[i] = String(+kept[i] + 1);
    }
    var whole = kept.slice(0, kept.length - places).join("") || "0", part = kept.slice(kept.length - places).join("");
    if (trim) part = part.replace(/0+$/, "");
    return m[1] + whole + (part ? DECIMAL + part : "");
  }
  function percent(value, max) { return max > 0 ? fixed(String(Math.round(value / max * 1000) / 10), 1, true) + "%" : "–"; }
  function rankText(h) { return window.dtiSearch.rankText(present(h.rank) ? h.rank : null, h.units_ranked, h.tied); }
  function badge(label) {
    var cls = window.dtiSearch.className(label);
    return el("span", "badge cls-" + cls.key, cls.name);
  }
  // A period's name as the edition's index writes it ("Năm 2022", "Year 2022"); else as the data file does.
  function periodName(data, label, fallback) {
    for (var i = 0; i < data.periods.length; i++) if (data.periods[i][0] === label) return data.periods[i][1];
    return fallback;
  }
  function key(h) { return h.framework ? "f:" + h.framework : "g:" + h.group; }

  function findTable(data, period, group) {
    for (var i = 0; i < data.tables.length; i++) {
      var t = data.tables[i];
      if (data.periods[t[0]][0] === period && data.groups[t[1]][0] === group) return t;
    }
    return null;
  }

  // What can be compared, or {refusal: sentence}.
  function plan(index, units) {
    var data = index.data, order = {}, frameworks = {};
    data.periods.forEach(function (p, i) { order[p[0]] = i; });
    data.frameworks.forEach(function (f) { frameworks[f[0]] = f; });
    function method(h) {
      var f = h.framework && frameworks[h.framework];
      var t = findTable(data, h.period, h.group);
      var name = word("quoted", { text: f ? f[1] : t ? data.groups[t[1]][1] : h.group });
      return f ? name : word("compare_table_named", { name: name });
    }
    for (var u = 0; u < units.length; u++) {
      if (!units[u].history.length) return { refusal: word("compare_no_results", { unit: units[u].name }) };
    }
    var latest = units.map(function (unit) { return unit.history[unit.history.length - 1]; });
    for (u = 1; u < units.length; u++) {
      if (key(latest[u]) !== key(latest[0])) {
        return { refusal: word("compare_refused", { first: units[0].name, first_method: method(latest[0]), other: units[u].name, other_method: method(latest[u]) }) };
      }
    }
    var common = null;
    units.forEach(function (unit) {
      var mine = unit.history.filter(function (h) { return key(h) === key(latest[0]); }).map(function (h) { return h.period; });
      common = common ? common.filter(function (p) { return mine.indexOf(p) >= 0; }) : mine;
    });
    common.sort(function (a, b) { return order[a] - order[b]; });
    if (!common.length) return { refusal: word("compare_no_common_period") };
    var period = common[common.length - 1];
    var entries = units.map(function (unit) {
      return unit.history.filter(function (h) { return h.period === period && key(h) === key(latest[0]); }).pop();
    });
    var framework = frameworks[entries[0].framework] || null;
    var tables = entries.map(function (h) { return findTable(data, h.period, h.group); });
    var indices = framework ? framework[6].filter(function (x) { return x.length > 2; }).map(function (x) {
      return { code: x[0], name: x[1], short: x[2] || x[1], max: x[3] };
    }) : ((tables[0] && tables[0][7]) || Object.keys(entries[0].scores)).map(function (c) { return { code: c, name: c, short: c, max: "" }; });
    var newer = units.filter(function (unit, i) { return latest[i].period !== period; }).map(function (unit) { return unit.name; });
    return {
      units: units, entries: entries, tables: tables, indices: indices, key: key(latest[0]), order: order,
      periodName: periodName(data, period, entries[0].period_name), max: framework ? framework[5] : (tables[0] ? tables[0][5] : ""),
      method: method(entries[0]),
      note: newer.length ? word("compare_older_period", { count: units.length, units: newer.join(", ") }) : ""
    };
  }

  // A table in a scrollable region; cells are text or nodes; the first cell of a body row is its header.
  function table(label, caption, head, rows) {
    var wrap = el("div", "table-scroll");
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", label);
    wrap.tabIndex = 0;
    var t = el("table", "compare-table");
    t.appendChild(el("caption", null, caption));
    var thead = el("thead"), tr = el("tr");
    head.forEach(function (cell) { var th = el("th"); th.scope = "col"; put(th, cell); tr.appendChild(th); });
    thead.appendChild(tr);
    t.appendChild(thead);
    var body = el("tbody");
    rows.forEach(function (row) {
      var r = el("tr", row.css);
      row.forEach(function (cell, i) {
        var c = el(i ? "td" : "th", i ? "num" : null);
        if (!i) c.scope = "row";
        put(c, cell);
        r.appendChild(c);
      });
      body.appendChild(r);
    });
    t.appendChild(body);
    wrap.appendChild(t);
    return wrap;
  }
  function put(cell, content) { if (content && content.nodeType) cell.appendChild(content); else cell.textContent = content; }
  function section(id, title) {
    var s = el("section");
    s.setAttribute("aria-labelledby", id);
    var h = el("h2", null, title);
    h.id = id;
    s.appendChild(h);
    return s;
  }
  function unitHeading(index, plan, n) {
    var span = el("span");
    span.appendChild(el("span", "letter series-" + n, LETTERS[n]));
    span.appendChild(document.createTextNode(" "));
    var a = el("a", null, plan.units[n].name);
    a.href = index.route("unit", plan.units[n].slug);
    span.appendChild(a);
    return span;
  }

  function draw(container, index, plan) {
    container.textContent = "";
    var head = [word("compare_item")].concat(plan.units.map(function (u, n) { return unitHeading(index, plan, n); }));
    var e = plan.entries, rows = [];
    rows.push([word("compare_group")].concat(e.map(function (h, n) {
      var a = el("a", null, plan.tables[n] ? index.data.groups[plan.tables[n][1]][1] : h.group);
      a.href = index.route("ranking", h.period, h.group);
      return a;
    })));
    if (e.some(function (h) { return present(h.total); })) {
      rows.push([word("compare_total")].concat(e.map(function (h) { return shown(h.total) + (plan.max ? " / " + plan.max : ""); })));
    }
    rows.push([word("compare_rank")].concat(e.map(rankText)));
    if (e.some(function (h) { return present(h["class"]); })) {
      rows.push([word("compare_class")].concat(e.map(function (h) { return present(h["class"]) ? badge(h["class"]) : "–"; })));
    }
    plan.indices.forEach(function (x) {
      var row = [x.short + (x.max ? " (" + x.max + ")" : "")].concat(e.map(function (h) {
        return shown(h.scores[x.code]) + (x.max ? " / " + x.max : "");
      }));
      row.css = "index-row";
      rows.push(row);
    });
    PILLARS.forEach(function (p) {
      if (!e.some(function (h) { return present(h.normalized[p[0]]); })) return;
      rows.push([p[1]].concat(e.map(function (h) {
        var v = h.normalized[p[0]], r = h.normalized[p[0] + "_rank"];
        return present(v) ? (present(r) ? word("compare_pillar_rank", { value: fixed(v, 4), rank: r }) : fixed(v, 4)) : "–";
      })));
    });
    if (e.some(function (h) { return h.change; })) {
      rows.push([word("compare_change")].concat(e.map(function (h) {
        var c = h.change;
        if (!c || !present(c.rank) || !c.comparable) return "–";
        var places = +c.rank;
        var change = places > 0 ? word("change.rank_up", { places: places }) : places < 0 ? word("change.rank_down", { places: -places }) : word("compare_rank_same");
        return word("compare_since", { change: change, period: periodName(index.data, c.since, c.since_name) });
      })));
    }
    var results = section("ss-ket-qua", word("compare_results", { period: plan.periodName }));
    results.appendChild(table(word("compare_table"), word("compare_table_caption", { period: plan.periodName, method: plan.method }), head, rows));
    container.appendChild(results);
    var chart = section("ss-bieu-do", word("compare_chart_heading"));
    chart.appendChild(bars(index, plan));
    container.appendChild(chart);
    container.appendChild(differences(plan));
    container.appendChild(history(index, plan, head));
  }

  // Each unit's score of each main index as a share of its maximum: one bar per unit, lettered.
  function shares(plan) {
    return plan.indices.map(function (x) {
      var max = parseFloat(String(x.max).replace(",", "."));
      return plan.entries.map(function (h) {
        var v = present(h.scores[x.code]) ? parseFloat(h.scores[x.code]) : null;
        return { value: v, share: v !== null && max > 0 ? Math.max(0, Math.min(1, v / max)) : null, max: max };
      });
    });
  }

  function bars(index, plan) {
    var data = shares(plan), n = plan.units.length, y = 4, id = "ss-bd";
    var legend = plan.units.map(function (u, i) { return LETTERS[i] + ": " + u.name; }).join("; ");
    var body = [];
    plan.indices.forEach(function (x, i) {
      y += 14;
      var label = x.short.length > 40 ? x.short.slice(0, 39) + "…" : x.short;
      body.push(svg("text", { x: 0, y: y, "class": "series-label" }, label));
      y += 6;
      data[i].forEach(function (d, u) {
        body.push(svg("text", { x: 4, y: y + 11, "class": "letter-text" }, LETTERS[u]));
        body.push(svg("rect", { x: 22, y: y, width: 236, height: 12, "class": "track" }));
        if (d.share !== null) body.push(svg("rect", { x: 22, y: y, width: (236 * d.share).toFixed(2), height: 12, "class": "bar series-" + u }));
        body.push(svg("text", { x: 264, y: y + 11, "class": "value" }, shown(plan.entries[u].scores[x.code]) + (x.max ? "/" + x.max : "")));
        y += 16;
      });
      y += 6;
    });
    var block = el("div", "chart-block");
    var figure = el("figure", "chart chart-compare");
    var root = svg("svg", { xmlns: SVG, viewBox: "0 0 360 " + y, role: "img", "aria-labelledby": id + "-t " + id + "-d", "font-size": 14 });
    root.appendChild(svg("title", { id: id + "-t" }, word("compare_chart_title", { count: n })));
    root.appendChild(svg("desc", { id: id + "-d" }, word("compare_chart_desc", { legend: legend })));
    body.forEach(function (node) { root.appendChild(node); });
    figure.appendChild(root);
    figure.appendChild(el("figcaption", null, word("compare_chart_caption", { legend: legend })));
    block.appendChild(figure);
    var details = el("details", "chart-data");
    details.appendChild(el("summary", null, word("compare_chart_data")));
    details.appendChild(table(word("compare_chart_data_label"), word("compare_chart_data_caption"),
      [word("compare_index")].concat(plan.units.map(function (u, i) { return LETTERS[i] + ": " + u.name; })),
      plan.indices.map(function (x, i) {
        return [x.name].concat(data[i].map(function (d, u) {
          return shown(plan.entries[u].scores[x.code]) + (x.max ? " / " + x.max + " (" + (d.value === null ? "–" : percent(d.value, d.max)) + ")" : "");
        }));
      })));
    block.appendChild(details);
    return block;
  }

  // The three indices where the units' shares of the maximum are furthest apart.
  function differences(plan) {
    var data = shares(plan), s = section("ss-khac-nhau", word("compare_differences"));
    var spread = plan.indices.map(function (x, i) {
      var known = data[i].filter(function (d) { return d.share !== null; }).map(function (d) { return d.share; });
      return { i: i, gap: known.length > 1 ? Math.max.apply(null, known) - Math.min.apply(null, known) : 0 };
    }).filter(function (d) { return d.gap > 0.0005; }).sort(function (a, b) { return b.gap - a.gap || a.i - b.i; }).slice(0, 3);
    if (!spread.length) { s.appendChild(el("p", null, word("compare_no_differences"))); return s; }
    var list = el("ol", "compare-differences");
    spread.forEach(function (d) {
      var x = plan.indices[d.i];
      var parts = data[d.i].map(function (v, u) {
        return LETTERS[u] + " (" + plan.units[u].name + ") " + shown(plan.entries[u].scores[x.code]) + (x.max ? "/" + x.max : "") + (v.value === null ? "" : " = " + percent(v.value, v.max));
      });
      var gap = fixed(String(Math.round(d.gap * 1000) / 10), 1, true);
      list.appendChild(el("li", null, word("compare_difference", { index: x.name, units: parts.join(", "), gap: gap })));
    });
    s.appendChild(list);
    return s;
  }

  // Every period any of the units was ranked, newest first.
  function history(index, plan, head) {
    var s = section("ss-lich-su", word("compare_history")), periods = [], names = {};
    plan.units.forEach(function (u) {
      u.history.forEach(function (h) { if (periods.indexOf(h.period) < 0) { periods.push(h.period); names[h.period] = periodName(index.data, h.period, h.period_name); } });
    });
    periods.sort(function (a, b) { return plan.order[b] - plan.order[a]; });
    var rows = periods.map(function (p) {
      return [names[p]].concat(plan.units.map(function (u) {
        var here = u.history.filter(function (h) { return h.period === p; });
        if (!here.length) return "–";
        return here.map(function (h) {
          var value = present(h.total) ? shown(h.total) + (present(h.max) ? " / " + fixed(h.max, 2, true) : "") : present(h.normalized.dti) ? "DTI " + fixed(h.normalized.dti, 4) : "–";
          return value + " · " + rankText(h) + (key(h) !== plan.key ? " " + word("compare_other_framework_note") : "");
        }).join("; ");
      }));
    });
    s.appendChild(table(word("compare_history_label"), word("compare_history_caption"), head.map(function (cell) {
      return cell && cell.nodeType ? cell.cloneNode(true) : word("compare_period");
    }), rows));
    return s;
  }

  window.dtiCompareView = { el: el, LETTERS: LETTERS, plan: plan, draw: draw };
})();

"""#
}
