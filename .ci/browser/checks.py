"""The checks of one page at one width, in a browser that runs JavaScript.

  axe         axe-core, tags wcag2a, wcag2aa, wcag21aa, best-practice: 0 violations
              (one failure per node, rule "axe/<rule id>")
  overflow    document scroll width ≤ layout viewport width; the failure names
              the element that leaks furthest right (outermost, and innermost cause)
  text-size   no visible text node rendered under 12 CSS px (SVG text at its
              rendered size, see probes/text_sizes.js)
  no-js-text  the text of <main> without JavaScript equals the text with it,
              skipping enhancements (rule in probes/main_text.js)
  console     no console entry of level SEVERE (JS errors, failed loads)
  print-th    under print media emulation, after the page's scripts ran:
              every shown <th> has non-empty rendered text
  focus       every shown focusable element, focused, has a focus indicator
              with contrast ≥ 3:1 against the colour behind it (WCAG 1.4.11;
              probes/focus_contrast.js); one failure line per distinct pair of
              colours, the count is of elements
  answer      the answer of each table is in view without scrolling sideways:
              the heading cells ANSWER_COLUMNS names for its class lie inside
              the viewport and the table's scrolling box (probes/answer_columns.js)
  collation   names in Vietnamese order as the browser's Intl.Collator("vi")
              sees it: the A–Z list, and each sortable table sorted by "Đơn vị"
              (probes/collation.js)
"""
import difflib
import time
from dataclasses import dataclass, field

from .axe import run_axe

CHECKS = ("axe", "overflow", "text-size", "no-js-text", "console", "print-th", "focus", "answer", "collation")
# Which heading cells are a table's answer, by table class: patterns matched
# against the heading text, or "all".  A ranking's rank, unit, total (or DTI,
# or a pillar's value) and class; every column of a unit's own small tables;
# a unit's history by period, result and rank.
ANSWER_COLUMNS = {
    "ranking": ["^Hạng$", "^Đơn vị$", "^Tổng điểm", "^DTI$", "^Giá trị", "^Xếp loại$"],
    "unit-result": "all",
    "index-ranks": "all",
    "pillars": "all",
    "national": "all",
    "history": ["^Kỳ", "^Kết quả$", "^Hạng$"],
}
MIN_TEXT_PX = 12.0
MIN_FOCUS_CONTRAST = 3.0
FOCUS_CAP = 400       # focusable elements checked per page and width
DIFF_CHUNKS = 20      # differing chunks reported per page and width
NOT_MEASURED = object()   # the page's text without JavaScript could not be read: no comparison


@dataclass(frozen=True)
class Failure:
    """One failed node: where (page, width), which rule, which node."""
    page: str
    width: int
    rule: str
    selector: str
    snippet: str
    detail: str = ""


@dataclass
class PageResult:
    """Everything measured on one page at one width."""
    page: str
    path: str
    width: int
    counts: dict = field(default_factory=dict)    # check -> failures (0 = ok)
    labels: dict = field(default_factory=dict)    # check -> table text instead of the count
    failures: list = field(default_factory=list)
    smallest_text: dict = None                    # {size, selector, snippet, svg}
    tables: list = field(default_factory=list)    # [{width, selector, snippet}], widest first
    text_nodes: int = 0
    answers_checked: int = 0                      # heading cells the answer check looked at
    seconds: dict = field(default_factory=dict)   # step -> wall time, for the runtime figure


def main_text_differences(with_js, without_js, page, width):
    """Failures for the chunks where the two <main> texts differ (a page
    without <main> has no text: the probe returns null, read here as [])."""
    with_js, without_js = with_js or [], without_js or []
    a = [text for text, _ in without_js]
    b = [text for text, _ in with_js]
    failures = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        selector = with_js[j1][1] if j2 > j1 else without_js[i1][1]
        snippet = "no JS: «%s» | JS: «%s»" % (_clip(" ".join(a[i1:i2])), _clip(" ".join(b[j1:j2])))
        failures.append(Failure(page, width, "no-js-text", selector, snippet, tag))
    return failures


def _clip(text, limit=100):
    return text if len(text) <= limit else text[:limit - 1] + "…"


def check_page(browser, page, url, axe_source, without_js):
    """Runs every check on `url` in `browser` (JS on); `without_js` is the
    main_text probe result of the same page from the JS-off browser."""
    name, width = page.name, browser.width
    result = PageResult(name, page.path, width)
    clock = [time.monotonic()]

    def lap(step):
        now = time.monotonic()
        result.seconds[step] = result.seconds.get(step, 0.0) + now - clock[0]
        clock[0] = now

    browser.emulate_media("screen")
    browser.open(url)
    lap("load")

    # console: read right after the load, before the checks add anything.
    errors = browser.console_errors()
    result.counts["console"] = len(errors)
    for entry in errors:
        message = entry.get("message", "")
        result.failures.append(Failure(name, width, "console", message.split(" ", 1)[0],
                                       _clip(message, 200), entry.get("source", "")))

    if without_js is not NOT_MEASURED:
        failures = main_text_differences(browser.probe("main_text"), without_js, name, width)
        result.counts["no-js-text"] = len(failures)
        result.failures += failures[:DIFF_CHUNKS]
    lap("no-js-text")

    overflow = browser.probe("overflow")
    excess = overflow["scrollWidth"] - overflow["viewport"]
    result.counts["overflow"] = 1 if excess > 0 else 0
    if excess > 0:
        result.labels["overflow"] = "+%dpx" % excess
        outer, inner = overflow["outer"] or {}, overflow["inner"] or {}
        detail = "page %d px wide in a %d px viewport; this element is %d px wide" % (
            overflow["scrollWidth"], overflow["viewport"], outer.get("width", 0))
        if inner and inner.get("selector") != outer.get("selector"):
            detail += "; innermost: %s (%d px wide)" % (inner["selector"], inner["width"])
        result.failures.append(Failure(name, width, "overflow", outer.get("selector", "?"),
                                       outer.get("snippet", ""), detail))
    result.tables = browser.probe("tables")
    lap("overflow")

    sizes = browser.probe("text_sizes", MIN_TEXT_PX)
    result.text_nodes = sizes["count"]
    result.smallest_text = sizes["smallest"]
    result.counts["text-size"] = len(sizes["small"])
    for small in sizes["small"]:
        result.failures.append(Failure(name, width, "text-size", small["selector"], small["snippet"],
                                       "%.2f px%s" % (small["size"], " (SVG)" if small["svg"] else "")))
    lap("text-size")

    violations = run_axe(browser, axe_source)
    result.counts["axe"] = sum(len(v["nodes"]) for v in violations)
    for violation in violations:
        for node in violation["nodes"]:
            result.failures.append(Failure(name, width, "axe/" + violation["id"], node["target"],
                                           _clip(node["html"], 160),
                                           "%s: %s" % (violation["impact"], violation["help"])))
    lap("axe")

    browser.emulate_media("print")
    try:
        empty = browser.probe("print_headings")
    finally:
        browser.emulate_media("screen")
    result.counts["print-th"] = len(empty)
    for heading in empty:
        result.failures.append(Failure(name, width, "print-th", heading["selector"], heading["snippet"],
                                       "empty when printed"))
    lap("print-th")

    focus = browser.probe("focus_contrast", MIN_FOCUS_CONTRAST, FOCUS_CAP)
    result.counts["focus"] = len(focus["failing"])
    pairs = {}
    for item in focus["failing"]:
        pairs.setdefault((item["indicator"], item["background"]), []).append(item)
    for (indicator, background), items in pairs.items():
        first = items[0]
        result.failures.append(Failure(name, width, "focus", first["selector"], first["snippet"],
                                       "contrast %.2f: %s on %s, %d element%s" % (
                                           first["ratio"], indicator, background, len(items),
                                           "" if len(items) == 1 else "s")))
    lap("focus")

    answer = browser.probe("answer_columns", ANSWER_COLUMNS)
    result.counts["answer"] = len(answer["failing"])
    result.answers_checked = answer["checked"]
    for item in answer["failing"]:
        result.failures.append(Failure(name, width, "answer", item["selector"], item["snippet"],
                                       "«%s» ends at %d px, beyond the %d px in view (table %d px wide)" % (
                                           item["heading"], item["right"], item["limit"], item["tableWidth"])))
    lap("answer")

    # Last: it presses sort buttons (and puts the rows back).
    order = browser.probe("collation")
    result.counts["collation"] = len(order)
    for item in order:
        result.failures.append(Failure(name, width, "collation", item["selector"], "«%s» before «%s»" % (
            item["before"], item["after"]), item["where"]))
    lap("collation")
    return result
