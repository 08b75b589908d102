"""Self-test: fixture pages with known defects, each check must find exactly them.

Writes a small site into a temporary directory, serves it under the sub-path
/t/ (so the base-path handling is tested too), runs the real checks at 360 px
and compares counts and measured values with what the fixtures were built to
have: a check that finds nothing on a broken page fails here (axe, overflow,
text size, JS-off text, console, printed headings, focus rings, the answer
columns of a table, Vietnamese order).  Also tests page-type detection,
`count_print_pages` and `type_and_read` (with the live region it reads).
Prints one line per expectation, then "N passed, M failed"; exit 1 on failure.
"""
import tempfile
from pathlib import Path

from .axe import load_axe
from .checks import check_page
from .chrome import Browser
from .pages import Page, detect_pages
from .server import SiteServer

HEAD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title><link rel="icon" href="data:,">
<style>body{margin:0;font:16px/1.5 sans-serif} main{padding:0 8px}
a:focus-visible{outline:3px solid #000;outline-offset:2px} .weak:focus-visible{outline-color:#f0b400}
@media print{.sort{display:none}}</style></head><body><main><h1>%s</h1>%s</main></body></html>"""

FIXTURES = {
    "clean": '<p>Plain text and <a href="#x" id="x">a link</a>.</p>'
             '<table><caption>Scores</caption><thead><tr><th scope="col">Unit</th>'
             '<th scope="col">Score</th></tr></thead><tbody><tr><td>A</td><td>1</td></tr></tbody></table>',
    # 11 px HTML; SVG 300 px wide with viewBox 600 (scale 0.5): 20 → 10 px,
    # 28 → 14 px (fine), 30 inside scale(0.5) → 7.5 px; <title> is not drawn.
    "small": '<p style="font-size:11px">tiny words</p>'
             '<svg width="300" height="100" viewBox="0 0 600 200" role="img" aria-label="chart">'
             '<title>not drawn</title><text x="0" y="40" font-size="20">ten</text>'
             '<text x="0" y="90" font-size="28">fourteen</text>'
             '<g transform="scale(0.5)"><text x="0" y="300" font-size="30">seven and a half</text></g></svg>',
    # A 600 px block in a 360 px viewport; an 800 px table inside a scroller does not count.
    "wide": '<div class="outer"><div id="cause" style="width:600px">wide block</div></div>'
            '<div style="overflow-x:auto" tabindex="0" role="region" aria-label="table">'
            '<table style="width:800px"><caption>Wide</caption><thead><tr><th scope="col">A</th></tr></thead>'
            '<tbody><tr><td>1</td></tr></tbody></table></div>',
    # The first heading's text sits in a button that print CSS hides.
    "print": '<table><caption>T</caption><thead><tr><th scope="col"><button class="sort" type="button">Name</button></th>'
             '<th scope="col">Score</th></tr></thead><tbody><tr><td>A</td><td>1</td></tr></tbody></table>',
    # JS adds one paragraph (a difference), one marked enhancement, shows a
    # hidden button (both skipped) and logs an error.
    "script": '<p>Static.</p><p data-enhancement>Marked control</p><button type="button" id="b" hidden>Copy</button>'
              '<script>var p=document.createElement("p");p.textContent="Only with JavaScript";'
              'document.querySelector("main").appendChild(p);var e=document.createElement("p");'
              'e.setAttribute("data-enhancement","");e.textContent="Marked too";'
              'document.querySelector("main").appendChild(e);document.getElementById("b").hidden=false;'
              'console.error("boom");</script>',
    "axe": '<p>Picture: <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20"></p>',
    # A yellow ring fails on white, passes on the dark blue it is drawn over,
    # also when the link is positioned over a dark band that is not its parent.
    "focus": '<p><a href="#a" id="a">strong ring</a> and <a href="#b" id="b" class="weak">weak ring</a></p>'
             '<p style="background:#0b4f8a;padding:12px"><a href="#c" id="c" class="weak" style="color:#fff">on dark</a></p>'
             '<div style="position:relative;height:60px"><div style="background:#0b4f8a;height:60px"></div>'
             '<a href="#d" id="d" class="weak" style="position:absolute;top:16px;left:16px;background:#fff">'
             'over dark</a></div>',
    # One image missing, one stylesheet outside the base path.
    "missing": '<p><img src="nothing.png" alt="gone"></p><link rel="stylesheet" href="/outside.css">',
    "pages": ''.join('<p style="break-after:page">sheet %d</p>' % i for i in (1, 2)) + '<p>sheet 3</p>',
    "search": '<label for="q">Find</label><input id="q" type="search" data-filter="list"><p role="status" id="said"></p>'
              '<ul id="list"><li data-name="so tu phap">Sở Tư pháp</li><li data-name="so y te">Sở Y tế</li>'
              '<li data-name="tu dan">Tự dân</li></ul><script>var q=document.getElementById("q");'
              'q.addEventListener("input",function(){var n=0;document.querySelectorAll("#list li").forEach('
              'function(li){li.hidden=li.dataset.name.indexOf(q.value)<0;if(!li.hidden)n++;});'
              'document.getElementById("said").textContent=n+" shown";});</script>',
    # A ranking 700 px wide in a 344 px box: rank and unit in view, total and
    # class beyond it; a unit table whose every column is in view.
    "answer": '<div style="overflow-x:auto" tabindex="0" role="region" aria-label="ranking">'
              '<table class="ranking" style="width:700px"><caption>R</caption><thead><tr>'
              '<th scope="col" style="width:60px">Hạng</th><th scope="col" style="width:140px">Đơn vị</th>'
              '<th scope="col" style="width:300px">Nhận thức</th><th scope="col" style="width:100px">Tổng điểm</th>'
              '<th scope="col" style="width:100px">Xếp loại</th></tr></thead><tbody><tr><td>1</td><th scope="row">A</th>'
              '<td>1</td><td>2</td><td>Tốt</td></tr></tbody></table></div>'
              '<table class="index-ranks"><caption>I</caption><thead><tr><th scope="col">Chỉ số</th><th scope="col">Điểm</th>'
              '</tr></thead><tbody><tr><th scope="row">X</th><td>1</td></tr></tbody></table>',
    # Names in code point order, which is not Vietnamese order: the A–Z list
    # and a table whose sort button sorts the same wrong way.
    "collation": '<div id="danh-sach-don-vi"><ul><li><a href="#a">Sở Giao thông vận tải</a></li>'
                 '<li><a href="#b">Sở Giáo dục và Đào tạo</a></li><li><a href="#c">Sở Y tế</a></li></ul></div>'
                 '<table data-sortable><caption>T</caption><thead><tr><th scope="col"><button class="sort" type="button">Đơn vị</button></th></tr></thead>'
                 '<tbody><tr><th scope="row">Thành phố</th></tr><tr><th scope="row">Thanh tra</th></tr><tr><th scope="row">An Giang</th></tr></tbody></table>'
                 '<script>document.querySelector("button.sort").addEventListener("click",function(){var b=document.querySelector("tbody");'
                 'Array.prototype.slice.call(b.rows).sort(function(x,y){return x.textContent<y.textContent?-1:1;})'
                 '.forEach(function(r){b.appendChild(r);});});</script>',
}


class Expectations:
    """Collects pass/fail lines."""

    def __init__(self):
        self.passed = self.failed = 0

    def equal(self, name, got, want):
        self.true(name, got == want, "got %r, want %r" % (got, want))

    def true(self, name, condition, explain=""):
        if condition:
            self.passed += 1
            print("ok    " + name)
        else:
            self.failed += 1
            print("FAIL  %s: %s" % (name, explain))


def _write_site(root):
    for name, body in FIXTURES.items():
        folder = root / name
        folder.mkdir(parents=True)
        (folder / "index.html").write_text(HEAD % (name, name, body), encoding="utf-8")
    (root / "index.html").write_text(HEAD % ("home", "home", "<p>home</p>"), encoding="utf-8")


def _detection(expect):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pages = {"index.html": "", "404.html": "", "gioi-thieu/index.html": "",
                 "xep-hang/index.html": "", "xep-hang/2021/a/index.html": "x" * 900,
                 "xep-hang/2022/a/index.html": "x" * 10, "xep-hang/2022/b/index.html": "x" * 50,
                 "don-vi/index.html": "",
                 "don-vi/so-a/index.html": '<a href="../../xep-hang/2022/so-ban-nganh/">',
                 "don-vi/tinh-b/index.html": '<a href="../../xep-hang/2022/tinh-thanh-pho/">'}
        for path, text in pages.items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(text)
        found, absent = detect_pages(root)
        got = {p.name: p.path for p in found}
        expect.equal("detect: ranking is the latest year's largest", got.get("ranking"), "xep-hang/2022/b/")
        expect.equal("detect: unit with national DTI values", got.get("unit-dti"), "don-vi/tinh-b/")
        expect.equal("detect: department unit", got.get("unit-department"), "don-vi/so-a/")
        expect.equal("detect: text page", got.get("text"), "gioi-thieu/")
        expect.equal("detect: home", got.get("home"), "")
        expect.true("detect: absent types listed", "pillars" in absent and "open-data" in absent, str(absent))


def self_test(axe_path=None):
    expect = Expectations()
    _detection(expect)
    axe_source, _ = load_axe(axe_path)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _write_site(root)
        server = SiteServer(root, "/t/")
        plain, browser = Browser(360, javascript=False), Browser(360)
        try:
            results = {}
            for name in FIXTURES:
                page = Page(name, name + "/")
                plain.open(server.url(page.path))
                results[name] = check_page(browser, page, server.url(page.path), axe_source,
                                           plain.probe("main_text"))
            clean = results["clean"]
            expect.equal("clean page: every check ok", clean.counts,
                         {c: 0 for c in clean.counts})
            small = results["small"]
            sizes = sorted(float(f.detail.split()[0]) for f in small.failures if f.rule == "text-size")
            expect.equal("text-size: 11 px HTML, 10 px and 7.5 px SVG found", sizes, [7.5, 10.0, 11.0])
            expect.equal("text-size: smallest is the scaled SVG text", small.smallest_text["size"], 7.5)
            wide = results["wide"]
            overflow = [f for f in wide.failures if f.rule == "overflow"]
            expect.true("overflow: found, names the 600 px block",
                        len(overflow) == 1 and "cause" in overflow[0].selector
                        and "600 px wide" in overflow[0].detail, str(overflow))
            expect.equal("overflow: label (600 px + 8 px padding)", wide.labels.get("overflow"), "+248px")
            expect.equal("tables: scrolled table measured", wide.tables[0]["width"], 800)
            expect.equal("print-th: hidden button heading found", results["print"].counts["print-th"], 1)
            script = results["script"]
            diffs = [f for f in script.failures if f.rule == "no-js-text"]
            expect.true("no-js-text: only the unmarked paragraph differs",
                        len(diffs) == 1 and "Only with JavaScript" in diffs[0].snippet
                        and "Marked" not in diffs[0].snippet and "Copy" not in diffs[0].snippet, str(diffs))
            expect.equal("console: console.error found", script.counts["console"], 1)
            rules = {f.rule for f in results["axe"].failures}
            expect.true("axe: image without alt found", "axe/image-alt" in rules, str(rules))
            focus = [f for f in results["focus"].failures if f.rule == "focus"]
            expect.true("focus: weak ring found, strong one passes",
                        results["focus"].counts["focus"] == 1 and "#b" in focus[0].selector
                        and "1.87" in focus[0].detail, str(focus))
            missing = sorted({path for path, _ in server.missing})
            expect.equal("server: missing file and path outside the base path",
                         missing, ["/outside.css", "/t/missing/nothing.png"])
            expect.true("console: failed loads are errors", results["missing"].counts["console"] >= 2,
                        str(results["missing"].counts))
            expect.equal("count_print_pages: three sheets", browser.count_print_pages(server.url("pages/")), 3)
            expect.equal("count_print_pages: one sheet", browser.count_print_pages(server.url("clean/")), 1)
            typed = browser.type_and_read(server.url("search/"), "#q", "tu")
            expect.equal("type_and_read: value and filtered items",
                         (typed.value, typed.shown), ("tu", ["Sở Tư pháp", "Tự dân"]))
            expect.equal("type_and_read: the live region's words", typed.announced, "2 shown")
            answer = [f for f in results["answer"].failures if f.rule == "answer"]
            expect.true("answer: total and class beyond the box found, rank and unit in view",
                        sorted(f.detail.split("»")[0].lstrip("«") for f in answer) == ["Tổng điểm", "Xếp loại"]
                        and results["answer"].answers_checked == 6, "%s, checked %d" % (
                            [f.detail for f in answer], results["answer"].answers_checked))
            order = [f for f in results["collation"].failures if f.rule == "collation"]
            expect.true("collation: the A–Z list and the sorted table out of Vietnamese order",
                        sorted(f.detail for f in order) == ["A–Z list", "table sorted by Đơn vị"]
                        and any("Sở Giao thông vận tải» before «Sở Giáo dục" in f.snippet for f in order)
                        and any("Thanh tra» before «Thành phố" in f.snippet for f in order), str(order))
        finally:
            plain.close()
            browser.close()
            server.close()
    print("%d passed, %d failed" % (expect.passed, expect.failed))
    return 1 if expect.failed else 0
