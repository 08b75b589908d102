extension BuiltInTheme {
    /// `card.js` of the built-in theme. Writes today's date into the
    /// "Ngày in" (print date) line of a unit's A4 card when the page opens
    /// and again just before it prints; published as `/assets/card.js`.
    /// Without it the line stays blank, to be filled in by hand.
    ///
    /// Between the delimiters is the file exactly, byte for byte: it starts
    /// at the first column, and the empty line before the closing delimiter
    /// is the file's final newline. A `Theme/card.js` replaces it.
    static let cardJS = #"""
// dti: the print date on the A4 card. Pages work without this file.
(function () {
  "use strict";
  function two(n) { return (n < 10 ? "0" : "") + n; }
  function stamp() {
    var now = new Date();
    var text = two(now.getDate()) + "/" + two(now.getMonth() + 1) + "/" + now.getFullYear();
    Array.prototype.forEach.call(document.querySelectorAll("[data-print-date]"), function (element) {
      element.textContent = text;
    });
  }
  stamp();
  window.addEventListener("beforeprint", stamp);
})();

"""#
}
