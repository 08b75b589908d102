"""axe-core, read from a PyPI wheel that ships axe.min.js, and run in the page.

The npm registry is not reachable from CI, so axe-core comes from the wheel
of `axe-playwright-python` (0.1.8 ships axe-core 4.12.1), downloaded with
`pip download --no-deps` and never installed: only its axe.min.js is read.
Where to look, first hit wins:
  1. --axe PATH (a .js file, a .whl, or a directory holding either);
  2. $DTI_AXE (same forms);
  3. ~/.cache/dti/axe (where the CI install step downloads the wheel).
"""
import os
import re
import zipfile
from pathlib import Path

DEFAULT_DIR = Path.home() / ".cache" / "dti" / "axe"
MINIMUM_VERSION = (4, 8)
TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"]

RUN = """
var done = arguments[arguments.length - 1];
axe.run(document, { runOnly: { type: "tag", values: arguments[0] }, resultTypes: ["violations"] })
  .then(function (r) {
    done(r.violations.map(function (v) {
      return { id: v.id, impact: v.impact, help: v.help,
               nodes: v.nodes.map(function (n) {
                 return { target: n.target.map(String).join(" "), html: n.html,
                          summary: n.failureSummary || "" }; }) };
    }));
  })
  .catch(function (e) { done({ error: String(e) }); });
"""


class AxeMissing(Exception):
    """No usable axe-core 4.8+ was found."""


def _read(path):
    """axe.min.js text from a .js file, a wheel, or a directory holding them."""
    path = Path(path)
    if path.is_dir():
        for candidate in sorted(path.glob("*.whl"), reverse=True) + sorted(path.rglob("axe.min.js")):
            source = _read(candidate)
            if source:
                return source
        return None
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            names = [n for n in wheel.namelist() if n.endswith("/axe.min.js") or n == "axe.min.js"]
            return wheel.read(names[0]).decode("utf-8") if names else None
    if path.is_file():
        return path.read_text(encoding="utf-8")
    return None


def version_of(source):
    match = re.search(r"axe v(\d+)\.(\d+)\.(\d+)", source[:400])
    return tuple(int(x) for x in match.groups()) if match else None


def load_axe(explicit=None):
    """(source, version string) of axe-core ≥ 4.8, or AxeMissing."""
    if explicit and not Path(explicit).exists():
        raise AxeMissing("--axe %s: no such file or directory" % explicit)
    places = [p for p in (explicit, os.environ.get("DTI_AXE"), DEFAULT_DIR) if p]
    for place in places:
        source = _read(place) if Path(place).exists() else None
        if not source:
            continue
        version = version_of(source)
        if not version or version[:2] < MINIMUM_VERSION:
            shown = ".".join(map(str, version)) if version else "of unknown version"
            raise AxeMissing("%s: axe-core %s, need 4.8 or newer" % (place, shown))
        return source, ".".join(map(str, version))
    raise AxeMissing("axe-core not found in %s; get it with: python3 -m pip download --no-deps "
                     "--only-binary=:all: --dest %s axe-playwright-python==0.1.8"
                     % (", ".join(map(str, places)), DEFAULT_DIR))


def run_axe(browser, source):
    """Violations of the current page for TAGS: [{id, impact, help, nodes: [...]}]."""
    browser.driver.execute_script(source)
    result = browser.driver.execute_async_script(RUN, TAGS)
    if isinstance(result, dict) and "error" in result:
        raise RuntimeError("axe.run failed: " + result["error"])
    return result
