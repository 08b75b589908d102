extension BuiltInTheme {
    /// `search.js` of the built-in theme, published as `/assets/search.js`
    /// and loaded (deferred) by the pages that search: the home page and the
    /// comparison page. Without it the home search form opens the A–Z list.
    ///
    /// It fetches the search index (`SearchIndex`, `tim-kiem/chi-muc.json`)
    /// on first use and matches the way Vietnamese readers type:
    /// - with or without diacritics, đ or d, any case, any spaces; an exact
    ///   word with its tones ranks above the same word matched without them;
    /// - every typed word must match the start of a word (`tu ph` finds
    ///   `Sở Tư pháp`), anywhere in the name, an alias, the parent or group;
    /// - abbreviations (`ABBREVIATIONS` below: UBND, TP., Q., H., TT&TT, …)
    ///   match both as typed and written out, on both sides;
    /// - results are ranked by how exactly they match, then kind, then name.
    /// Other scripts use the same matcher through `window.dtiSearch`.
    ///
    /// Between the delimiters is the file exactly, byte for byte. A
    /// `Theme/search.js` replaces it.
    static let searchJS = #"""
// dti: site search. Pages work without this file: the form then opens the A–Z list.
(function () {
  "use strict";
  // Written out, on both sides of a match: "ubnd" also finds "Ủy ban nhân dân", and back.
  // Keys are folded (no diacritics) with punctuation removed: "TT&TT" → "tttt".
  var ABBREVIATIONS = {
    ubnd: "ủy ban nhân dân", hdnd: "hội đồng nhân dân", tp: "thành phố", tx: "thị xã", tt: "thị trấn",
    q: "quận", h: "huyện", p: "phường", x: "xã", tphcm: "thành phố hồ chí minh", hcm: "hồ chí minh",
    tttt: "thông tin và truyền thông", khcn: "khoa học và công nghệ", khdt: "kế hoạch và đầu tư",
    gddt: "giáo dục và đào tạo", nnptnt: "nông nghiệp và phát triển nông thôn", nnmt: "nông nghiệp và môi trường",
    tnmt: "tài nguyên và môi trường", ldtbxh: "lao động thương binh và xã hội", vhttdl: "văn hóa thể thao và du lịch",
    gtvt: "giao thông vận tải", bhxh: "bảo hiểm xã hội", kbnn: "kho bạc nhà nước", nhnn: "ngân hàng nhà nước",
    bql: "ban quản lý", kcn: "khu công nghiệp", attt: "an toàn thông tin", cds: "chuyển đổi số",
    cqs: "chính quyền số", kts: "kinh tế số", xhs: "xã hội số"
  };
  var GROUPS = [["unit", "Đơn vị", 8], ["ranking", "Bảng xếp hạng", 5], ["index", "Chỉ số và bộ chỉ số", 5], ["page", "Trang", 5]];
  var KIND_GROUP = { unit: "unit", ranking: "ranking", index: "index", framework: "index", pillar: "index", page: "page" };
  var WORD = /\d+(?:\.\d+)+|[\p{L}\p{N}]+/gu;
  var TONE_OLD = /([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])(?![\p{L}\p{M}\p{N}])/gu;
  var collator = window.Intl ? new Intl.Collator("vi") : null;

  // Words of a text, twice: as written (lower case, NFC, tone on the new
  // place in oa/oe/uy: "hòa" = "hoà") and folded (no marks, đ → d).
  function words(text) {
    var nfd = String(text || "").normalize("NFD").toLowerCase();
    var exact = nfd.replace(TONE_OLD, function (m, v, tone, w) {
      return (v === "o" && w !== "y") || (v === "u" && w === "y") ? v + w + tone : m;
    }).normalize("NFC").match(WORD) || [];
    var fold = nfd.replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").match(WORD) || [];
    if (fold.length !== exact.length) fold = exact.map(function (w) { return foldWord(w); });
    return { exact: exact, fold: fold };
  }
  function foldWord(word) { return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d"); }
  // The slug dti gives a name (SlugTransliteration), for the names the index does not spell out.
  function slug(name) {
    return (String(name).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d")
      .replace(/[A-Z]/g, function (c) { return c.toLowerCase(); }).match(/[a-z0-9]+/g) || []).join("-");
  }
  // The written-out form of an abbreviation chunk ("UBND", "TP.", "q1"), or null.
  function expand(chunk, strict) {
    var key = foldWord(chunk.toLowerCase()).replace(/[^a-z0-9]/g, "");
    var numbered = /^([qp])(\d+)$/.exec(key);
    if (numbered) return ABBREVIATIONS[numbered[1]] + " " + numbered[2];
    if (!ABBREVIATIONS.hasOwnProperty(key)) return null;
    // In names a one-letter abbreviation counts only with its dot ("Q. 1", not "Châu Thành A").
    if (strict && key.length < 2 && !/\.$/.test(chunk)) return null;
    return ABBREVIATIONS[key];
  }
  // A text with its abbreviations written out, or null if it has none. Names write them
  // in capitals or with a dot ("UBND", "TP.", "TT&TT"): only such chunks are looked up.
  var WRITTEN_SHORT = /^[A-ZĐ][A-ZĐ&.\-]*$|\.$/;
  function expanded(text) {
    var changed = false;
    var out = String(text).split(/\s+/).map(function (chunk) {
      var full = WRITTEN_SHORT.test(chunk) && expand(chunk, true);
      if (full) changed = true;
      return full || chunk;
    }).join(" ");
    return changed ? out : null;
  }

  function Index(data, root) {
    var self = this;
    this.data = data;
    this.root = root;
    this.entries = [];
    this.vocabulary = {};
    var shared = {};
    function field(text, weight, share) {
      if (share && shared[share + text]) return shared[share + text];
      var w = words(text);
      var f = { exact: w.exact, fold: w.fold, weight: weight };
      if (share) shared[share + text] = f;
      return f;
    }
    function add(kind, title, url, fields, item) {
      var entry = { id: self.entries.length, kind: kind, title: title, url: url, fields: [], item: item };
      fields.forEach(function (f) {
        if (!f || !f.exact.length) return;
        entry.fields.push(f);
        var full = f.source && expanded(f.source);
        if (full) entry.fields.push(field(full, f.weight * 0.9));
      });
      entry.fields.forEach(function (f) {
        f.fold.forEach(function (w) { (self.vocabulary[w] = self.vocabulary[w] || []).push(entry.id); });
      });
      self.entries.push(entry);
      return entry;
    }
    function named(text, weight) { var f = field(text, weight); f.source = text; return f; }
    var periods = data.periods, groups = data.groups;
    data.tables.forEach(function (t, i) {
      var period = periods[t[0]], group = groups[t[1]];
      add("ranking", t[2], self.route("ranking", period[0], group[0]),
          [named(t[2], 3), field(group[1], 2, "g"), field(period[1], 2, "p"), field(period[0], 2, "l")], { table: i });
    });
    data.units.forEach(function (u, i) {
      var table = u[1] >= 0 ? data.tables[u[1]] : null;
      var fields = [named(u[0], 3)];
      (u[7] || []).forEach(function (alias) { fields.push(named(alias, 2.5)); });
      if (u[6]) fields.push(field(u[6], 1, "u"));
      if (table) fields.push(field(groups[table[1]][1], 0.6, "g"));
      add("unit", u[0], self.route("unit", self.unitSlug(i)), fields, { unit: i });
    });
    data.frameworks.forEach(function (f, i) {
      var url = self.route("framework", f[0]);
      add("framework", f[1], url, [named(f[1], 3), field(f[2], 3), field(f[3], 1), field(f[4], 1)], { framework: i });
      f[6].forEach(function (x) {
        var main = x.length > 2;
        add("index", x[1], url + (main ? "#cau-truc" : "#thanh-phan"),
            [named(x[1], 3), main && x[2] ? named(x[2], 3) : null, field(x[0], 3), field(f[1], 0.5, "f")], { framework: i, index: x });
      });
    });
    data.pillars.forEach(function (p) {
      add("pillar", p[1] + " (" + p[0] + ")", self.route("pillar", p[0].toLowerCase()), [named(p[1], 3), field(p[0], 3)], { pillar: p });
    });
    data.pages.forEach(function (p) {
      add("page", p[0], root + p[1], [named(p[0], 3)].concat(p[2].map(function (h) { return named(h, 2); }), [named(p[3], 0.5)]), { page: p });
    });
    this.words = Object.keys(this.vocabulary).sort();
  }

  Index.prototype.route = function (name) {
    var args = Array.prototype.slice.call(arguments, 1);
    return this.root + this.data.routes[name].replace(/\{\}/g, function () { return args.shift(); });
  };

  // The query as one or more lists of words: each abbreviation either as typed or written out.
  Index.prototype.variants = function (query) {
    var variants = [[]];
    String(query).trim().split(/\s+/).forEach(function (chunk) {
      if (!chunk) return;
      var options = [words(chunk)];
      var full = expand(chunk, false);
      // "x" already finds "xã" as the start of a word: only longer write-outs are another query.
      if (full && !(full.indexOf(" ") < 0 && foldWord(full).lastIndexOf(options[0].fold.join(""), 0) === 0)) options.push(words(full));
      var next = [];
      variants.forEach(function (v) {
        options.forEach(function (o) {
          if (next.length < 16) next.push(v.concat(o.exact.map(function (w, i) { return { exact: w, fold: o.fold[i] }; })));
        });
      });
      variants = next;
    });
    return variants.filter(function (v) { return v.length > 0; });
  };

  // Ids of the entries that have a word starting with `fold`, each once.
  Index.prototype.candidates = function (fold) {
    var list = this.words, lo = 0, hi = list.length, found = [];
    var stamp = this.stamp || (this.stamp = new Uint32Array(this.entries.length));
    var mark = this.mark = (this.mark || 0) + 1;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid] < fold) lo = mid + 1; else hi = mid; }
    for (var i = lo; i < list.length && list[i].lastIndexOf(fold, 0) === 0; i++) {
      var ids = this.vocabulary[list[i]];
      for (var k = 0; k < ids.length; k++) if (stamp[ids[k]] !== mark) { stamp[ids[k]] = mark; found.push(ids[k]); }
    }
    return found;
  };

  // 4 the word as written, 3 its start, 2 the word without marks, 1 its start; 0 no match.
  function level(token, exact, fold) {
    if (exact === token.exact) return 4;
    if (exact.lastIndexOf(token.exact, 0) === 0) return 3;
    if (fold === token.fold) return 2;
    if (fold.lastIndexOf(token.fold, 0) === 0) return 1;
    return 0;
  }

  var lastPlace = null;   // [field, word] where the first token of the last match was found
  var round = 0;          // one per query variant: fields shared by many entries are matched once a round
  // The best [level, word position] of token number `t` in `field`, remembered for the round.
  function fieldMatch(field, token, t) {
    if (field.round !== round) { field.round = round; field.found = []; }
    var found = field.found[t];
    if (found) return found;
    found = [0, 0];
    for (var k = 0; k < field.exact.length; k++) {
      var l = level(token, field.exact[k], field.fold[k]);
      if (l > found[0]) { found = [l, k]; if (l === 4) break; }
    }
    return (field.found[t] = found);
  }

  // How well `tokens` match `entry`: every token must start a word of one of its fields, and at
  // least one must match a name (weight 2 or more), not only a group, parent or framework; 0 if not.
  function score(entry, tokens) {
    var total = 0, places = [], named = false;
    for (var t = 0; t < tokens.length; t++) {
      var best = 0, at = null;
      for (var f = 0; f < entry.fields.length; f++) {
        var field = entry.fields[f], found = fieldMatch(field, tokens[t], t);
        if (found[0] * field.weight > best) { best = found[0] * field.weight; at = [f, found[1]]; }
      }
      if (!best) return 0;
      total += best;
      places.push(at);
      named = named || entry.fields[at[0]].weight >= 2;
    }
    if (!named) return 0;
    lastPlace = places[0];
    var sameField = places.every(function (p) { return p[0] === places[0][0]; });
    var inOrder = sameField && places.every(function (p, i) { return i === 0 || p[1] === places[i - 1][1] + 1; });
    if (inOrder) total += 3;
    if (sameField) {
      var length = entry.fields[places[0][0]].exact.length;
      total += 4 * Math.min(1, tokens.length / length) * entry.fields[places[0][0]].weight / 3;
      if (places[0][1] === 0) total += 1;
    }
    return total;
  }

  // Matches of `query`: [{entry, score, place}], best first; kinds limits the kinds searched.
  Index.prototype.search = function (query, kinds) {
    var self = this, best = {}, place = {};
    this.variants(query).forEach(function (tokens) {
      var narrow = tokens.reduce(function (a, b) { return b.fold.length > a.fold.length ? b : a; });
      round++;
      self.candidates(narrow.fold).forEach(function (id) {
        var entry = self.entries[id];
        if (kinds && kinds.indexOf(entry.kind) < 0) return;
        var s = score(entry, tokens);
        if (s > (best[id] || 0)) { best[id] = s; place[id] = lastPlace; }
      });
    });
    var order = GROUPS.map(function (g) { return g[0]; });
    return Object.keys(best).map(function (id) { return { entry: self.entries[id], score: best[id], place: place[id] }; }).sort(function (a, b) {
      return b.score - a.score || order.indexOf(KIND_GROUP[a.entry.kind]) - order.indexOf(KIND_GROUP[b.entry.kind]) ||
        (collator ? collator.compare(a.entry.title, b.entry.title) : 0) || a.entry.id - b.entry.id;
    });
  };

  // A corrected query when some typed word starts no word of the index ("phapp" → "phap"), or null.
  Index.prototype.suggest = function (query) {
    var self = this, changed = false;
    var out = words(query).fold.map(function (w) {
      if (self.candidates(w).length) return w;
      var limit = w.length < 5 ? 1 : 2, best = null, bestDistance = limit + 1;
      self.words.forEach(function (v) {
        if (Math.abs(v.length - w.length) > limit) return;
        var d = distance(w, v, limit);
        if (d < bestDistance) { bestDistance = d; best = v; }
      });
      if (best) changed = true;
      return best || w;
    });
    return changed ? out.join(" ") : null;
  };

  // Edit distance (insert, delete, replace), giving up above `limit`.
  function distance(a, b, limit) {
    var previous = [], current;
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      current = [i];
      var low = i;
      for (j = 1; j <= b.length; j++) {
        current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
        low = Math.min(low, current[j]);
      }
      if (low > limit) return limit + 1;
      previous = current;
    }
    return previous[b.length];
  }

  // The headline of a unit as pages print it: "206,45/245 · Hạng 13/19 · Tốt".
  Index.prototype.headline = function (u) {
    var table = u[1] >= 0 ? this.data.tables[u[1]] : null;
    if (!table) return { text: "chưa có kết quả đánh giá", cls: null };
    var flags = u[5] || 0, parts = [];
    if (u[3]) parts.push(flags & 1 ? "DTI " + u[3] : u[3] + (table[5] ? "/" + table[5] : ""));
    parts.push(u[2] ? (flags & 2 ? "Đồng hạng " : "Hạng ") + u[2] + "/" + table[4] : "Chưa xếp hạng");
    return { text: parts.join(" · "), cls: u[4] >= 0 && u[4] !== undefined ? this.data.classes[u[4]] : null };
  };

  // The slug of unit `i`: written in the index, or derived from its name.
  Index.prototype.unitSlug = function (i) { var u = this.data.units[i]; return u[8] || slug(u[0]); };
  Index.prototype.unitBySlug = function (wanted) {
    for (var i = 0; i < this.data.units.length; i++) if (this.unitSlug(i) === wanted) return i;
    return -1;
  };

  var loading = {};
  // The index at `url`, fetched once per page; `root` prefixes every link it makes.
  function load(url, root) {
    if (!loading[url]) {
      loading[url] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      }).then(function (data) {
        if (data.format !== "dti-search-1") throw new Error("unknown index format");
        return new Index(data, root);
      });
    }
    return loading[url];
  }

  window.dtiSearch = { load: load, words: words, slug: slug, expand: expand, groups: GROUPS, kindGroup: KIND_GROUP };
})();

"""#
}
