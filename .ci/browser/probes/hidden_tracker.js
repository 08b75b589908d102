// Installed before any page script runs (Page.addScriptToEvaluateOnNewDocument):
// remembers every element whose `hidden` attribute a script removes, for
// main_text.js.  A WeakSet, so the page's DOM is not changed by the check.
(function () {
  if (!window.MutationObserver || !window.WeakSet) return;
  var wasHidden = new WeakSet();
  Object.defineProperty(window, "__dtiWasHidden", { value: wasHidden });
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      if (record.oldValue !== null && !record.target.hasAttribute("hidden")) wasHidden.add(record.target);
    });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["hidden"], attributeOldValue: true });
})();
