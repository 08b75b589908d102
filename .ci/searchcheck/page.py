"""Reading what the search box, the comparison page and the unit pages show.

Everything is read from the DOM as a reader would see it (innerText, visible
elements), never from the scripts' internals, except `index_routes`, which
asks search.js for every link the index makes, to request them all.
"""
import time

READ_RESULTS = """
var box = document.getElementById("ket-qua-tim-kiem"), status = document.querySelector(".search-status");
function text(e) { return e ? String(e.innerText === undefined ? e.textContent : e.innerText).replace(/\\s+/g, " ").trim() : ""; }
return {
  status: status ? status.textContent : null,
  statusRole: status ? status.getAttribute("role") : null,
  empty: text(box.querySelector(".search-empty .search-none")),
  suggestions: Array.prototype.map.call(box.querySelectorAll("button.suggestion"), text),
  emptyLinks: Array.prototype.map.call(box.querySelectorAll(".search-empty a"), function (a) { return a.getAttribute("href"); }),
  groups: Array.prototype.map.call(box.querySelectorAll("section.result-group"), function (s) {
    return { title: text(s.querySelector("h2")), items: Array.prototype.map.call(s.querySelectorAll("li"), function (li) {
      var a = li.querySelector("a");
      return { title: text(a), href: a.href, meta: text(li.querySelector(".result-meta")), top: li.getBoundingClientRect().top };
    }) };
  }),
  viewport: window.innerHeight
};
"""

READ_COMPARE = """
var app = document.getElementById("so-sanh");
function text(e) { return e ? String(e.innerText === undefined ? e.textContent : e.innerText).replace(/\\s+/g, " ").trim() : ""; }
var table = app.querySelector(".compare-result table");
var out = { message: text(app.querySelector(".compare-message")), units: [], rows: {}, order: [], indexRows: [],
            svg: null, chartRows: 0, address: window.location.search };
if (table) {
  out.units = Array.prototype.slice.call(table.tHead.rows[0].cells, 1).map(function (c) { return text(c.querySelector("a")); });
  Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
    var label = text(r.cells[0]);
    out.order.push(label);
    if (r.classList.contains("index-row")) out.indexRows.push(label);
    out.rows[label] = Array.prototype.slice.call(r.cells, 1).map(text);
  });
}
var svg = app.querySelector("figure svg");
if (svg) {
  var labelled = (svg.getAttribute("aria-labelledby") || "").split(" ");
  out.svg = { role: svg.getAttribute("role"), title: text(document.getElementById(labelled[0])),
              desc: text(document.getElementById(labelled[1])), bars: svg.querySelectorAll("rect.bar").length,
              letters: svg.querySelectorAll("text.letter-text").length };
  var data = app.querySelector("details.chart-data table");
  out.chartRows = data ? data.tBodies[0].rows.length : 0;
}
return out;
"""

READ_UNIT = """
function text(e) { return e ? String(e.innerText === undefined ? e.textContent : e.innerText).replace(/\\s+/g, " ").trim() : ""; }
var score = document.querySelector(".headline-score");
return {
  big: text(score && score.querySelector(".big")),
  max: text(score && score.querySelector(".max")),
  rank: text(document.querySelector(".headline-rank strong")),
  indices: Array.prototype.map.call(document.querySelectorAll("table.index-ranks tbody tr"), function (r) {
    return [text(r.cells[0]), text(r.cells[1])];
  }),
  compareLink: (document.querySelector(".compare-link a") || {}).href || null
};
"""


def wait_for(driver, script, timeout=10.0, *args):
    """Polls `script` (a JS function body) until it returns something truthy; returns it."""
    deadline = time.monotonic() + timeout
    while True:
        value = driver.execute_script(script, *args)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for: " + script.strip().splitlines()[0][:100])
        time.sleep(0.05)


def type_query(browser, query, quotes="«»"):
    """Types `query` into the home search box (already open) and returns what it shows
    once the live region has announced it (it waits for typing to pause); the
    announcement quotes the query with `quotes` (“” on an English page)."""
    from selenium.webdriver.common.by import By
    driver = browser.driver
    field = driver.find_element(By.ID, "tim-kiem")
    driver.execute_script("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input'));"
                          "document.querySelector('.search-status').textContent = '';", field)
    field.send_keys(query)
    wait_for(driver, "return document.querySelector('.search-status').textContent.indexOf(arguments[0]) >= 0",
             10.0, quotes[0] + " ".join(query.split()) + quotes[1])
    return driver.execute_script(READ_RESULTS)


def group(results, title):
    """The items of the result group whose heading starts with `title` ([] if none)."""
    for g in results["groups"]:
        if g["title"].startswith(title):
            return g["items"]
    return []


def titles(results, title):
    return [item["title"] for item in group(results, title)]


def read_compare(browser, url, expect_table=True, refusal="Không"):
    """Opens a comparison URL and returns what it shows once drawn (or refused:
    once its message holds `refusal`, "Cannot" on an English page)."""
    browser.open(url)
    if expect_table:
        wait_for(browser.driver, "return document.querySelector('#so-sanh .compare-result table')", 15.0)
    else:
        wait_for(browser.driver, "var m = document.querySelector('#so-sanh .compare-message');"
                                 " return m && m.textContent.indexOf(arguments[0]) >= 0", 15.0, refusal)
    return browser.driver.execute_script(READ_COMPARE)


def read_unit(browser, url):
    browser.open(url)
    return browser.driver.execute_script(READ_UNIT)


def index_routes(browser, home_url):
    """Every page link search.js makes from the index (units, rankings,
    frameworks, pillars, pages), read on the home page."""
    browser.open(home_url)
    browser.driver.set_script_timeout(60)
    return browser.driver.execute_async_script("""
var done = arguments[arguments.length - 1], form = document.querySelector("form.site-search");
window.dtiSearch.load(form.getAttribute("data-index"), form.getAttribute("data-root")).then(function (index) {
  done(index.entries.map(function (e) { return e.url.split("#")[0]; }));
}, function (e) { done({ error: String(e) }); });
""")


def status_of(browser, urls):
    """HTTP status of each URL, fetched from the page (same origin)."""
    browser.driver.set_script_timeout(120)
    return browser.driver.execute_async_script("""
var done = arguments[arguments.length - 1];
Promise.all(arguments[0].map(function (u) { return fetch(u, { method: "HEAD" }).then(function (r) { return r.status; }, function () { return 0; }); }))
  .then(done);
""", urls)
