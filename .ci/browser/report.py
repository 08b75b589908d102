"""Printing: the table of what was checked, the failures, the summary figures.

The table has one row per page and width and one column per check: "ok", or
the number of failing nodes ("+N px" for overflow), or "-" when not run.
Failures are listed one per line as  page  width  rule  selector  snippet,
grouped by rule, at most `per_group` lines for one page, width and rule (the
count of the rest follows).  The figures come last; the very last line is
"N passed, M failed" (page × width × check cells).
"""
from collections import Counter, defaultdict

from .checks import CHECKS


def table(results):
    lines = []
    name_width = max([len("page")] + [len(r.page) for r in results])
    cell = max(len(c) for c in CHECKS) + 1
    header = "%-*s %5s " % (name_width, "page", "width") + "".join("%*s" % (cell, c) for c in CHECKS)
    lines.append(header)
    lines.append("-" * len(header))
    for r in results:
        cells = []
        for check in CHECKS:
            if check not in r.counts:
                text = "-"
            elif r.counts[check] == 0:
                text = "ok"
            else:
                text = r.labels.get(check, str(r.counts[check]))
            cells.append("%*s" % (cell, text))
        lines.append("%-*s %5d " % (name_width, r.page, r.width) + "".join(cells))
    return lines


def failures(all_failures, per_group=5):
    lines = []
    by_rule = defaultdict(list)
    for f in all_failures:
        by_rule[f.rule].append(f)
    for rule in sorted(by_rule):
        group = by_rule[rule]
        pages = len({f.page for f in group})
        lines.append("%s: %d failure%s on %d page%s" % (rule, len(group), "" if len(group) == 1 else "s",
                                                       pages, "" if pages == 1 else "s"))
        shown = Counter()
        for f in group:
            key = (f.page, f.width)
            shown[key] += 1
            if shown[key] <= per_group:
                extra = "  [%s]" % f.detail if f.detail else ""
                lines.append("  %s  %d  %s  %s  %s%s" % (f.page, f.width, rule, f.selector, f.snippet, extra))
            elif shown[key] == per_group + 1:
                rest = sum(1 for g in group if (g.page, g.width) == key) - per_group
                lines.append("  %s  %d  %s  … and %d more" % (f.page, f.width, rule, rest))
    return lines


def figures(results, extra, phone_width=360):
    """Summary figures, as lines; `extra` adds (label, value) pairs."""
    lines = []
    axe_failures = [f for r in results for f in r.failures if f.rule.startswith("axe/")]
    rules = Counter(f.rule[4:] for f in axe_failures)
    lines.append("axe violations: %d node%s, %d rule%s%s" % (
        len(axe_failures), "" if len(axe_failures) == 1 else "s", len(rules), "" if len(rules) == 1 else "s",
        (" (" + ", ".join("%s ×%d" % item for item in sorted(rules.items())) + ")") if rules else ""))
    smallest = [(r.smallest_text["size"], r) for r in results if r.smallest_text]
    if smallest:
        size, r = min(smallest, key=lambda item: (item[0], item[1].width))
        s = r.smallest_text
        lines.append("smallest text: %.2f px%s on %s at %d px: %s  %s" % (
            size, " (SVG)" if s["svg"] else "", r.page, r.width, s["selector"], s["snippet"]))
    widths = sorted({r.width for r in results})
    if widths:
        at = phone_width if phone_width in widths else widths[0]
        tables = [(t["width"], r, t) for r in results if r.width == at for t in r.tables[:1]]
        if tables:
            px, r, t = max(tables, key=lambda item: item[0])
            lines.append("widest table at %d px: %d px on %s: %s  %s" % (at, px, r.page, t["selector"], t["snippet"]))
        else:
            lines.append("widest table at %d px: no tables" % at)
        checked = sum(r.answers_checked for r in results if r.width == at)
        hidden = sum(r.counts.get("answer", 0) for r in results if r.width == at)
        lines.append("answer columns at %d px: %d heading cells checked, %d out of view" % (at, checked, hidden))
    steps = Counter()
    for r in results:
        steps.update(r.seconds)
    if steps:
        lines.append("time per step: " + ", ".join("%s %.1f s" % item for item in steps.most_common()))
    for label, value in extra:
        lines.append("%s: %s" % (label, value))
    return lines
