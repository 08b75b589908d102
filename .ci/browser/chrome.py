"""One headless Chromium, driven by selenium through the system chromedriver.

A `Browser` has a fixed viewport width (set by CDP device metrics, so the
layout viewport is exactly that many CSS px, scrollbars hidden) and either
runs the pages' JavaScript or not.  With JavaScript off (Chromium's content
setting), the page's own scripts never run, while WebDriver's
`execute_script` still does: the probes work the same in both.

Reusable extras for later checks: `count_print_pages(url)` and
`type_and_read(url, selector, text)`.
"""
import base64
import os
import re
import shutil
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

PROBES = Path(__file__).with_name("probes")
CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "chromium", "chromium-browser")
HEIGHT = 900


class BrowserMissing(Exception):
    """Chromium, chromedriver or selenium is not installed."""


def find_tools():
    """(chromium binary, chromedriver) paths, or BrowserMissing saying what to install."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        raise BrowserMissing("selenium is missing: python3 -m pip install selenium")
    binary = next(filter(None, (shutil.which(c) for c in CHROMIUM_CANDIDATES)), None)
    driver = shutil.which("chromedriver")
    if not binary or not driver:
        raise BrowserMissing("chromium/chromedriver missing: apt-get install chromium chromium-driver")
    return binary, driver


def probe_source(name, _cache={}):
    """The prelude plus the probe `name` (.js file in probes/), as one function body."""
    if name not in _cache:
        _cache[name] = (PROBES / "prelude.js").read_text() + "\n" + (PROBES / (name + ".js")).read_text()
    return _cache[name]


@dataclass
class TypedResult:
    """What `type_and_read` saw: the field's value, the shown items
    afterwards, and the text of the page's live regions (role=status,
    role=alert or aria-live) that a screen reader announces."""
    value: str
    shown: list
    announced: str = ""


class Browser:
    """A headless Chromium at `width` CSS px, with or without the pages' JavaScript."""

    def __init__(self, width, javascript=True):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        os.environ.setdefault("SE_OFFLINE", "true")   # selenium must not look online for drivers
        binary, driver = find_tools()
        options = webdriver.ChromeOptions()
        options.binary_location = binary
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                         "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
                         "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--disable-extensions", "--no-first-run",
                         "--disable-features=Translate,MediaRouter,OptimizationHints",
                         "--lang=vi-VN", "--window-size=%d,%d" % (max(width, 500), HEIGHT)):
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        if not javascript:
            options.add_experimental_option(
                "prefs", {"profile.managed_default_content_settings.javascript": 2})
        self.width = width
        self.javascript = javascript
        self.driver = webdriver.Chrome(options=options, service=Service(driver))
        self.driver.set_script_timeout(120)
        self.driver.set_page_load_timeout(60)
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
        if javascript:
            self.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                                        {"source": (PROBES / "hidden_tracker.js").read_text()})

    def open(self, url):
        """Loads `url` and waits for the load event; drops older console entries first."""
        self.console_errors()
        self.driver.get(url)

    def probe(self, name, *args):
        """Runs probes/`name`.js in the current page and returns its result."""
        return self.driver.execute_script(probe_source(name), *args)

    def console_errors(self):
        """Console entries of level SEVERE since the last call (read once, then gone)."""
        return [e for e in self.driver.get_log("browser") if e.get("level") == "SEVERE"]

    def emulate_media(self, media):
        """'print' or 'screen' CSS media for the current and later pages."""
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                    {"media": "" if media == "screen" else media})

    def count_print_pages(self, url):
        """Number of A4 pages (21 × 29.7 cm, default margins, backgrounds on)
        that Chromium prints for `url`: its PDF from `driver.print_page()`."""
        from selenium.webdriver.common.print_page_options import PrintOptions
        self.open(url)
        options = PrintOptions()
        options.page_width = 21.0
        options.page_height = 29.7
        options.background = True
        return pdf_page_count(base64.b64decode(self.driver.print_page(options)))

    def type_and_read(self, url, selector, text, shown_selector=None, settle=0.3):
        """Opens `url`, types `text` into the field matching `selector` and
        returns its value and the visible text of the items it controls.

        The items are `shown_selector` if given; otherwise the `li` elements of
        the element named by the field's `data-filter` or `aria-controls` id.
        Visible means rendered (not hidden, not display:none)."""
        from selenium.webdriver.common.by import By
        self.open(url)
        field = self.driver.find_element(By.CSS_SELECTOR, selector)
        field.clear()
        field.send_keys(text)
        time.sleep(settle)   # input handlers run synchronously; leave room for a debounce
        if shown_selector is None:
            target = field.get_attribute("data-filter") or field.get_attribute("aria-controls")
            shown_selector = "#%s li" % target if target else None
        shown = []
        if shown_selector:
            shown = self.driver.execute_script(
                "return Array.prototype.filter.call(document.querySelectorAll(arguments[0]),"
                " function (e) { return e.checkVisibility(); })"
                ".map(function (e) { return e.innerText.replace(/\\s+/g, ' ').trim(); });",
                shown_selector)
        announced = self.driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('[role=status],[role=alert],[aria-live]'),"
            " function (e) { return e.textContent.replace(/\\s+/g, ' ').trim(); }).filter(Boolean).join(' | ');")
        return TypedResult(field.get_attribute("value"), shown, announced)

    def close(self):
        try:
            self.driver.quit()
        except Exception:
            pass


_OBJECT_STREAM = re.compile(rb"/Type\s*/ObjStm\b.*?stream\r?\n(.*?)endstream", re.S)
_PAGES_COUNT = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", re.S)
_PAGE = re.compile(rb"/Type\s*/Page\b(?!s)")


def pdf_page_count(pdf):
    """Pages of a PDF: the /Count of its root page tree (the largest /Count of
    any /Pages node), looking inside compressed object streams too; if no page
    tree is found, the number of /Type /Page objects."""
    texts = [pdf]
    for match in _OBJECT_STREAM.finditer(pdf):
        try:
            texts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            pass
    counts = [int(a or b) for text in texts for a, b in _PAGES_COUNT.findall(text)]
    if counts:
        return max(counts)
    return sum(len(_PAGE.findall(text)) for text in texts)
