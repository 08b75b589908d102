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
    /// - abbreviations (UBND, TP., Q., H., TT&TT, …) match both as typed and
    ///   written out, on both sides; the list is the catalogue's
    ///   `js.search_abbreviations`, so a theme can add its own;
    /// - results are ranked by how exactly they match, then kind, then name.
    /// Other scripts use the same matcher through `window.dtiSearch`, and
    /// its words: the result groups, a unit's headline (`Hạng 13/19`, from
    /// the catalogue's `rank.of`) and class names, in the page's language
    /// (`WordsScript`). Links go to the edition the index belongs to (its
    /// `root`); the units' data files, shared by every edition, are found
    /// from the site's root (`dtiEdition.root`).
    ///
    /// Between the delimiters is the file exactly, byte for byte. A
    /// `Theme/search.js` replaces it.
    static let searchJS = #"""
// dti: site search. Pages work without this file: the form then opens the A–Z list.
(function () {
  "use strict";
  var word = window.dtiWord || function (key) { return key; }, edition = window.dtiEdition || {};
  // Written out, on both sides of a match: "ubnd" also finds the name written in full, and back.
  // "short: written out; …" from the catalogue; keys are folded (no diacritics) with punctuation
  // removed: "TT&TT" becomes "tttt".
  var ABBREVIATIONS = {};
  word("search_abbreviations").split(";").forEach(function (pair) {
    var at = pair.indexOf(":");
    if (at > 0) ABBREVIATIONS[foldWord(pair.slice(0, at).trim().toLowerCase()).replace(/[^a-z0-9]/g, "")] = pair.slice(at + 1).trim().toLowerCase();
  });
  // Kind, heading, the word for a count of them, how many are shown at first.
  var GROUPS = [["unit", word("search_group_units"), "search_count_units", 8], ["ranking", word("search_group_rankings"), "search_count_rankings", 5],
                ["index", word("search_group_indices"), "search_count_indices", 5], ["page", word("search_group_pages"), "search_count_pages", 5]];
  // The standard classes, by the key of their CSS class (cls-tot) and of their name in the words.
  var CLASSES = { "xuat-sac": "class.excellent", "tot": "class.good", "kha": "class.fair", "trung-binh": "class.average", "yeu": "class.weak" };
  var KIND_GROUP = { unit: "unit", ranking: "ranking", index: "index", framework: "index", pillar: "index", page: "page" };
  var WORD = /\d+(?:\.\d+)+|[\p{L}\p{N}]+/gu;
  var TONE_OLD = /([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])(?![\p{L}\p{M}\p{N}])/gu;
  var collator = window.Intl ? new Intl.Collator("vi") : null;

  // Words of a text, twice: as written (lower case, NFC, tone on the new
  // place in oa/oe/uy: "hòa" = "hoà") and folded (no marks, đ → d).
  function words(text) {
    var w = folded(text);
    return { exact: exactWords(w), fold: w.fold };
  }
  // The folded words of a text, and its lower-case NFD form for `exactWords` later: the index
  // folds every name when it loads, and writes out a name's exact words only when it is matched.
  function folded(text) {
    var nfd = String(text || "").normalize("NFD").toLowerCase();
    return { nfd: nfd, fold: nfd.replace(/[\u0300-\u036f]/g, "").replace(/\u0111/g, "d").match(WORD) || [] };
  }
  // The exact words of `folded(text)`, one for each folded word (else the folded words themselves).
  function exactWords(w) {
    var exact = w.nfd.replace(TONE_OLD, function (m, v, tone, x) {
      return (v === "o" && x !== "y") || (v === "u" && x === "y") ? v + x + tone : m;
    }).normalize("NFC").match(WORD) || [];
    return exact.length === w.fold.length ? exact : w.fold;
  }
  function foldWord(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\u0111/g, "d"); }
  // The slug dti gives a name (SlugTransliteration), for the names the index does not spell out.
  function slug(name) {
    return (String(name).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u0111\u0110]/g, "d")
      .replace(/[A-Z]/g, function (c) { return c.toLowerCase(); }).match(/[a-z0-9]+/g) || []).join("-");
  }
  // The written-out form of an abbreviation chunk ("UBND", "TP.", "q1"), or null.
  function expand(chunk, strict) {
    var key = foldWord(chunk.toLowerCase()).replace(/[^a-z0-9]/g, "");
    var numbered = /^([qp])(\d+)$/.exec(key);
    if (numbered && ABBREVIATIONS[numbered[1]]) return ABBREVIATIONS[numbered[1]] + " " + numbered[2];
    if (!ABBREVIATIONS.hasOwnProperty(key)) return null;
    // In names a one-letter abbreviation counts only with its dot ("Q. 1", not "Châu Thành A").
    if (strict && key.length < 2 && !/\.$/.test(chunk)) return null;
    return ABBREVIATIONS[key];
  }
  // A text with its abbreviations written out, or null if it has none. Names write them
  // in capitals or with a dot ("UBND", "TP.", "TT&TT"): only such chunks are looked up.
  var WRITTEN_SHORT = /^[A-Z\u0110][A-Z\u0110&.\-]*$|\.$/;
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
      var f = folded(text);
      f.exact = null; f.weight = weight; f.shared = !!share;
      if (share) shared[share + text] = f;
      return f;
    }
    var order = GROUPS.map(function (g) { return g[0]; });
    function add(kind, title, url, fields, item) {
      var entry = { id: self.entries.length, kind: kind, order: order.indexOf(KIND_GROUP[kind]), title: title, url: url, fields: [], item: item };
      fields.forEach(function (f) {
        if (!f || !f.fold.length) return;
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

  // Writes out the exact words of every entry in small steps while the page is idle, so
  // that the first short query ("x") does not do it for thousands of names at once.
  Index.prototype.warmUp = function () {
    var entries = this.entries, next = 0;
    var later = window.requestIdleCallback || function (step) { return setTimeout(step, 1); };
    function step() {
      for (var end = Math.min(entries.length, next + 200); next < end; next++) {
        entries[next].fields.forEach(function (f) { if (!f.exact) f.exact = exactWords(f); });
      }
      if (next < entries.length) later(step); else self.warm = true;
    }
    var self = this;
    this.warm = false;
    later(step);
  };

  // Routes to files every edition shares (the open data) start at the site's root, not the edition's.
  var SHARED_ROUTES = { unitData: true };
  Index.prototype.route = function (name) {
    var args = Array.prototype.slice.call(arguments, 1);
    var root = SHARED_ROUTES[name] && edition.root ? edition.root : this.root;
    return root + this.data.routes[name].replace(/\{\}/g, function () { return args.shift(); });
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
    if (exact.startsWith(token.exact)) return 3;
    if (fold === token.fold) return 2;
    if (fold.startsWith(token.fold)) return 1;
    return 0;
  }

  // Matching runs over thousands of entries per key: it allocates nothing per entry. A match
  // in a field is one number, level × 1024 + word position; fields shared by many entries
  // (group and framework names) remember theirs for the round (one round per query variant).
  var round = 0, placeField = 0, placeWord = 0;
  function fieldMatch(field, token, t) {
    if (field.shared) {
      if (field.round !== round) { field.round = round; field.found = []; }
      if (field.found[t] !== undefined) return field.found[t];
    }
    var best = 0, exact = field.exact || (field.exact = exactWords(field));
    for (var k = 0; k < exact.length && k < 1024; k++) {
      var l = level(token, exact[k], field.fold[k]);
      if (l * 1024 > best) { best = l * 1024 + k; if (l === 4) break; }
    }
    if (field.shared) field.found[t] = best;
    return best;
  }

  // How well `tokens` match `entry`: every token must start a word of one of its fields, and at
  // least one must match a name (weight 2 or more), not only a group, parent or framework; 0 if not.
  // Then: all in one field in order, +3; the share of that field's words matched, up to +4; its
  // first word, +1. Where the first token matched is left in placeField, placeWord.
  function score(entry, tokens) {
    var total = 0, named = false, sameField = true, inOrder = true, firstField = -1, firstWord = 0, lastField = -1, lastWord = -1;
    for (var t = 0; t < tokens.length; t++) {
      var best = 0, bestField = -1, bestWord = 0;
      for (var f = 0; f < entry.fields.length; f++) {
        var m = fieldMatch(entry.fields[f], tokens[t], t);
        var s = (m >> 10) * entry.fields[f].weight;
        if (s > best) { best = s; bestField = f; bestWord = m & 1023; }
      }
      if (!best) return 0;
      total += best;
      if (entry.fields[bestField].weight >= 2) named = true;
      if (t === 0) { firstField = bestField; firstWord = bestWord; }
      if (bestField !== firstField) sameField = false;
      if (t > 0 && (bestField !== lastField || bestWord !== lastWord + 1)) inOrder = false;
      lastField = bestField; lastWord = bestWord;
    }
    if (!named) return 0;
    placeField = firstField; placeWord = firstWord;
    if (sameField) {
      var field = entry.fields[firstField];
      if (inOrder) total += 3;
      total += 4 * Math.min(1, tokens.length / field.fold.length) * field.weight / 3;
      if (firstWord === 0) total += 1;
    }
    return total;
  }

  // Matches of `query`: [{entry, score, place: [field, word]}], best first; kinds limits the kinds searched.
  Index.prototype.search = function (query, kinds) {
    var self = this, entries = this.entries, touched = [];
    var best = this.best || (this.best = new Float64Array(entries.length));
    var places = this.places || (this.places = new Int32Array(2 * entries.length));
    this.variants(query).forEach(function (tokens) {
      var narrow = tokens.reduce(function (a, b) { return b.fold.length > a.fold.length ? b : a; });
      var ids = self.candidates(narrow.fold);
      round++;
      for (var i = 0; i < ids.length; i++) {
        var id = ids[i], entry = entries[id];
        if (kinds && kinds.indexOf(entry.kind) < 0) continue;
        var s = score(entry, tokens);
        if (s > best[id]) {
          if (best[id] === 0) touched.push(id);
          best[id] = s; places[2 * id] = placeField; places[2 * id + 1] = placeWord;
        }
      }
    });
    var found = touched.map(function (id) {
      var r = { entry: entries[id], score: best[id], place: [places[2 * id], places[2 * id + 1]] };
      best[id] = 0;
      return r;
    });
    return found.sort(function (a, b) {
      return b.score - a.score || a.entry.order - b.entry.order ||
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
    if (!table) return { text: word("search_no_results"), cls: null };
    var flags = u[5] || 0, parts = [];
    if (u[3]) parts.push(flags & 1 ? "DTI " + u[3] : u[3] + (table[5] ? "/" + table[5] : ""));
    parts.push(rankText(u[2], table[4], flags & 2));
    return { text: parts.join(" · "), cls: u[4] >= 0 && u[4] !== undefined ? this.data.classes[u[4]] : null };
  };

  // "Hạng 13/19", "Đồng hạng 15/19", "Chưa xếp hạng": the catalogue's words for a rank.
  function rankText(rank, count, tied) {
    return rank ? word(tied ? "rank.tied_of" : "rank.of", { rank: rank, count: count }) : word("rank.none");
  }
  // A class label as a badge shows it: the CSS key of its colour (cls-tot; "khac" for a label
  // outside the standard five) and its name in the page's language ("Tốt" is "Good" in English).
  function className(label) {
    var key = slug(label);
    if (CLASSES[key]) return { key: key, name: word(CLASSES[key]) };
    for (var k in CLASSES) if (word(CLASSES[k]) === label) return { key: k, name: label };
    return { key: "khac", name: label };
  }

  // The slug of unit `i`: written in the index, or derived from its name.
  Index.prototype.unitSlug = function (i) { var u = this.data.units[i]; return u[8] || slug(u[0]); };
  // The position of the unit with slug `wanted`, or -1 (the map is made on first use).
  Index.prototype.unitBySlug = function (wanted) {
    if (!this.slugs) {
      this.slugs = new Map();
      for (var i = 0; i < this.data.units.length; i++) this.slugs.set(this.unitSlug(i), i);
    }
    return this.slugs.has(wanted) ? this.slugs.get(wanted) : -1;
  };

  var loading = {};
  // The index at `url`, fetched once per page; `root` prefixes every link it makes. Both are
  // the page's edition's (the page writes them); without them, those of the words file's edition.
  function load(url, root) {
    root = root || edition.home;
    url = url || (edition.home && edition.home + "tim-kiem/chi-muc.json");
    if (!loading[url]) {
      loading[url] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      }).then(function (data) {
        if (data.format !== "dti-search-1") throw new Error("unknown index format");
        var index = new Index(data, root);
        index.warmUp();
        return index;
      });
    }
    return loading[url];
  }

  window.dtiSearch = { load: load, words: words, slug: slug, expand: expand, groups: GROUPS, kindGroup: KIND_GROUP,
                       rankText: rankText, className: className };
})();

"""#
}
