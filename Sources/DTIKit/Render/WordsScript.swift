/// `assets/words.<code>.js`: the interface words the scripts show (search,
/// compare, copy-link), in one edition's language, and where that edition is.
///
/// The words come from the same catalogue as the pages' (`i18n/<code>.conf`),
/// so a theme that renames a word renames it in the scripts too. Published:
/// every `js.*` key without its prefix (`compare_go`), and the shared words
/// the scripts print as pages do (`rank.of`, `class.good`, `pillar.cqs`,
/// `change.rank_up`) under their full key, so a rank reads the same on a
/// page and in a search result.
///
/// Every page loads its edition's file before the other scripts. The file
/// defines:
/// - `window.dtiWords`: the texts, with `{name}` and `{n|one|other}`
///   placeholders as in the catalogue;
/// - `window.dtiEdition`: `home` (the edition's home page) and `root` (the
///   site's root, where the shared data files are), as full addresses found
///   from this file's own address, so that a script served from the shared
///   `/assets/` leads to the same edition's pages, under any sub-path
///   (`/dti/en/`); and `decimal`, the separator numbers are written with;
/// - `window.dtiWord(key, values)`: a text with its placeholders filled the
///   way `Catalogue` fills them; `window.dtiWordInto(element, key, values)`:
///   the same appended to an element, where a value may be a DOM node (a
///   link inside a sentence).
/// The scripts enhance nothing without this file: the page stays as it is
/// without JavaScript rather than show half its words.
enum WordsScript {
    static func path(_ language: Language) -> String { "assets/words.\(language.code).js" }

    /// The shared words (outside `js.*`) the scripts print.
    static let sharedWords: [Word] = [
        .rankNone, .rankOf, .rankTiedOf,
        .classExcellent, .classGood, .classFair, .classAverage, .classWeak,
        .pillarCQS, .pillarKTS, .pillarXHS,
        .rankUp, .rankDown,
    ]

    /// The key a word has in `window.dtiWords`.
    static func scriptKey(_ word: Word) -> String {
        word.rawValue.hasPrefix("js.") ? String(word.rawValue.dropFirst(3)) : word.rawValue
    }

    /// The file for `edition`, whose words are `words`.
    static func render(_ words: Catalogue, edition: Edition) -> [UInt8] {
        var texts = JSONWriter()
        texts.object { o in
            for word in Word.allCases where word.rawValue.hasPrefix("js.") || sharedWords.contains(word) {
                o.dynamicKey(scriptKey(word))
                o.string(words[word])
            }
        }
        var place = JSONWriter()
        place.object { o in
            o.key("language"); o.string(words.language.code)
            // Relative to the assets folder this file is served from.
            o.key("home"); o.string("../" + edition.prefix)
            o.key("decimal"); o.string(String(words.language.decimalSeparator))
        }
        // `finish()` ends the JSON with a newline; the statement ends with `;` first.
        return Array("window.dtiWords = ".utf8) + texts.finish().dropLast() + Array(";\nwindow.dtiEdition = ".utf8)
            + place.finish().dropLast() + Array(";\n".utf8) + Array(helpers.utf8)
    }

    /// The functions every words file ends with (the same in every language).
    static let helpers = #"""
(function () {
  "use strict";
  var words = window.dtiWords, edition = window.dtiEdition, script = document.currentScript;
  var here = script && script.src ? script.src : document.baseURI;
  edition.home = new URL(edition.home, here).href;
  edition.root = new URL("../", here).href;
  var PLACEHOLDER = /\{([A-Za-z_]+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;
  // Calls text(piece) for the literal parts of word `key` and value(v) for each filled placeholder.
  function fill(key, values, text, value) {
    var template = Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key, last = 0, match;
    values = values || {};
    PLACEHOLDER.lastIndex = 0;
    while ((match = PLACEHOLDER.exec(template))) {
      text(template.slice(last, match.index));
      var known = Object.prototype.hasOwnProperty.call(values, match[1]);
      if (match[2] !== undefined) text(known && String(values[match[1]]) === "1" ? match[2] : match[3]);
      else if (known) value(values[match[1]]);
      else text(match[0]);
      last = PLACEHOLDER.lastIndex;
    }
    text(template.slice(last));
  }
  window.dtiWord = function (key, values) {
    var out = "";
    fill(key, values, function (t) { out += t; }, function (v) { out += v; });
    return out;
  };
  window.dtiWordInto = function (element, key, values) {
    function add(t) { if (t) element.appendChild(document.createTextNode(t)); }
    fill(key, values, add, function (v) { if (v && v.nodeType) element.appendChild(v); else add(String(v)); });
    return element;
  };
})();

"""#
}
