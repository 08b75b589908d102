"""The checks of `.ci/search-check`, on the bundled Content's site (its units,
aliases and numbers are asserted by name). Each check raises AssertionError
with what it saw; `CASES` lists them in the order they run.

`js` is a Browser that runs the pages' JavaScript (360 px wide, 640 px high,
a phone), `plain` one that runs none, `site` the SiteServer, `axe` the
axe-core source.
"""
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from browser.axe import run_axe
from . import english
from .page import (READ_RESULTS, group, index_routes, read_compare, read_unit, status_of, titles, type_query,
                   wait_for)

# The numbers the unit pages print for these units (seed 000, Phụ lục 01).
TU_PHAP = ("so-tu-phap", "Sở Tư pháp", "206,45", "Hạng 13/19")
GTVT = ("so-giao-thong-van-tai", "Sở Giao thông vận tải", "187,390", "Hạng 15/19")


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def home(env):
    env.js.open(env.site.url(""))


# -- search ----------------------------------------------------------------

def search_without_diacritics(env):
    home(env)
    r = type_query(env.js, "so tu phap")
    units = group(r, "Đơn vị")
    expect(units and units[0]["title"] == "Sở Tư pháp", "first unit for «so tu phap»: %r" % titles(r, "Đơn vị"))
    expect("206,45/245 · Hạng 13/19" in units[0]["meta"] and "Tốt" in units[0]["meta"],
           "headline of Sở Tư pháp: %r" % units[0]["meta"])
    expect(units[0]["href"].endswith(env.base + "don-vi/so-tu-phap/"), "link: " + units[0]["href"])
    expect(units[0]["top"] < r["viewport"], "first result below the first screen: top %s of %s px" % (units[0]["top"], r["viewport"]))
    expect(r["status"] == "Tìm thấy 1 kết quả cho «so tu phap»: 1 đơn vị." and r["statusRole"] == "status",
           "live region: %r (role %r)" % (r["status"], r["statusRole"]))


def search_case_spaces_and_d(env):
    for query, first in [("HẬU   GIANG", "Hậu Giang"), ("  Sở  tư   PHÁP ", "Sở Tư pháp"),
                         ("dao tao", "Sở Giáo dục và Đào tạo"), ("ĐÀO TẠO", "Sở Giáo dục và Đào tạo"),
                         ("tu ph", "Sở Tư pháp"), ("giao thong", "Sở Giao thông vận tải")]:
        r = type_query(env.js, query)
        found = titles(r, "Đơn vị")
        expect(found and found[0] == first, "«%s»: first unit %r, wanted %r" % (query, found[:3], first))


def search_aliases(env):
    r = type_query(env.js, "khu cong nghiep tinh")
    units = group(r, "Đơn vị")
    expect(units and units[0]["title"] == "Ban Quản lý các khu Công nghiệp",
           "alias «Ban Quản lý các Khu công nghiệp Tỉnh»: %r" % titles(r, "Đơn vị"))
    expect("Tên khác: Ban Quản lý các Khu công nghiệp Tỉnh" in units[0]["meta"], "alias not shown: " + units[0]["meta"])
    r = type_query(env.js, "van hoa - the thao")
    expect(titles(r, "Đơn vị")[:1] == ["Sở Văn hóa, Thể thao và Du lịch"], "«van hoa - the thao»: %r" % titles(r, "Đơn vị"))


def search_abbreviations(env):
    cases = [("UBND Châu Thành", ["UBND huyện Châu Thành", "UBND huyện Châu Thành A"]),
             ("ủy ban nhân dân vị thanh", ["UBND thành phố Vị Thanh"]),
             ("tp vi thanh", ["UBND thành phố Vị Thanh"]),
             ("TT&TT", ["Sở Thông tin và Truyền thông"]),
             ("van phong uy ban", ["Văn phòng UBND tỉnh"]),
             ("Sở KH&CN", ["Sở Khoa học và Công nghệ"])]
    for query, wanted in cases:
        r = type_query(env.js, query)
        found = titles(r, "Đơn vị")
        expect(found[:len(wanted)] == wanted, "«%s»: %r, wanted first %r" % (query, found[:4], wanted))


def search_ranks_exact_tones_first(env):
    type_query(env.js, "thành")
    env.js.driver.find_element(By.CSS_SELECTOR, "#ket-qua-tim-kiem button.more").click()   # all units, not the first 8
    r = env.js.driver.execute_script(READ_RESULTS)
    found = titles(r, "Đơn vị")
    expect("UBND huyện Châu Thành" in found and "Thanh tra tỉnh" in found, "«thành»: %r" % found)
    expect(found.index("UBND huyện Châu Thành") < found.index("Thanh tra tỉnh"),
           "«thành»: the exact word must rank above the folded one: %r" % found)
    r = type_query(env.js, "thanh tra")
    expect(titles(r, "Đơn vị")[:1] == ["Thanh tra tỉnh"], "«thanh tra»: %r" % titles(r, "Đơn vị"))


def search_indices_frameworks_periods_pages(env):
    cases = [("an toan thong tin", "Chỉ số", "An toàn thông tin mạng"),
             ("nhận thức số", "Chỉ số", "Nhận thức số"),
             ("dich vu cong truc tuyen", "Chỉ số", "Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ"),
             ("922", "Chỉ số", "Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI cấp tỉnh)"),
             ("2021", "Bảng xếp hạng", "Chỉ số chuyển đổi số cấp tỉnh năm 2021: Hậu Giang"),
             ("nganh doc", "Bảng xếp hạng", "Điểm số chỉ số chuyển đổi số ngành dọc năm 2022"),
             ("gioi thieu", "Trang", "Giới thiệu"),
             ("du lieu mo", "Trang", "Dữ liệu mở")]
    for query, heading, wanted in cases:
        r = type_query(env.js, query)
        expect(wanted in titles(r, heading), "«%s»: %r not under %s: %r" % (query, wanted, heading, r["groups"]))


def search_nothing_found(env):
    r = type_query(env.js, "xyzabc")
    expect(r["empty"] == "Không tìm thấy kết quả nào cho «xyzabc».", "empty state: %r" % r["empty"])
    expect(r["status"].startswith("Không tìm thấy kết quả nào cho «xyzabc»"), "live region: %r" % r["status"])
    expect(any(link.endswith("don-vi/") for link in r["emptyLinks"]), "no link to the A–Z list: %r" % r["emptyLinks"])
    r = type_query(env.js, "so tu phapp")
    expect("so tu phap" in r["suggestions"], "suggestions for «so tu phapp»: %r" % r["suggestions"])
    button = env.js.driver.find_element(By.XPATH, "//button[@class='suggestion' and text()='so tu phap']")
    button.click()
    wait_for(env.js.driver, "return document.querySelector('#ket-qua-tim-kiem section.result-group')")
    found = env.js.driver.execute_script("return document.querySelector('#ket-qua-tim-kiem li a').textContent")
    expect(found == "Sở Tư pháp", "after the suggestion: %r" % found)


def search_keyboard(env):
    driver = env.js.driver
    r = type_query(env.js, "so")
    links = [i["title"] for g in r["groups"] for i in g["items"]]
    expect(len(links) >= 3, "«so» shows %d results" % len(links))
    field = driver.find_element(By.ID, "tim-kiem")
    field.send_keys(Keys.ARROW_DOWN)
    active = lambda: driver.execute_script("var a = document.activeElement; return a.id || a.textContent")
    expect(active() == links[0], "ArrowDown: focus on %r, wanted %r" % (active(), links[0]))
    driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    expect(active() == links[1], "ArrowDown again: %r, wanted %r" % (active(), links[1]))
    driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    expect(active() == "tim-kiem", "ArrowUp from the first result goes back to the box: %r" % active())
    field.send_keys(Keys.ENTER)
    expect(active() == links[0], "Enter moves to the first result: %r" % active())
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    expect(active() == "tim-kiem", "Escape returns to the box: %r" % active())
    field.send_keys(Keys.ESCAPE)
    expect(field.get_attribute("value") == "", "Escape in the box clears it")


def search_index_links_resolve(env):
    urls = index_routes(env.js, env.site.url(""))
    expect(isinstance(urls, list) and len(urls) > 40, "index links: %r" % (urls if not isinstance(urls, list) else len(urls)))
    statuses = status_of(env.js, sorted(set(urls)))
    bad = [u for u, s in zip(sorted(set(urls)), statuses) if s != 200]
    expect(not bad, "links from the index that do not resolve: %r" % bad[:5])


# -- without JavaScript ----------------------------------------------------

def no_js_search_opens_the_letter_index(env):
    env.plain.open(env.site.url(""))
    driver = env.plain.driver
    field = driver.find_element(By.ID, "tim-kiem")
    field.send_keys("so tu phap")
    field.send_keys(Keys.ENTER)
    wait_for(driver, "return /\\/don-vi\\/\\?q=/.test(location.href)")
    expect(driver.current_url.startswith(env.site.url("don-vi/?q=")), "went to " + driver.current_url)
    letters = driver.execute_script("""
var nav = document.querySelector("main nav.letters"), list = document.getElementById("danh-sach-don-vi");
if (!nav || !list) return null;
return { before: !!(nav.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING),
         links: Array.prototype.map.call(nav.querySelectorAll("a"), function (a) { return a.getAttribute("href"); }),
         headings: Array.prototype.map.call(list.querySelectorAll("h2"), function (h) { return "#" + h.id; }) };""")
    expect(letters and letters["before"], "no letter index above the A–Z list")
    expect(letters["links"] == letters["headings"], "letter links %r ≠ headings %r" % (letters["links"], letters["headings"]))
    expect(driver.execute_script("return !!document.querySelector('#danh-sach-don-vi a[href$=\"/so-tu-phap/\"]')"), "Sở Tư pháp not listed")


def no_js_compare_explains(env):
    env.plain.open(env.site.url("so-sanh/?don-vi=so-tu-phap,so-y-te"))
    text = env.plain.driver.execute_script("return document.querySelector('main').innerText")
    expect("cần JavaScript" in text, "the compare page does not say it needs JavaScript")
    expect(env.plain.driver.execute_script("return !!document.querySelector('main a[href$=\"xep-hang/2022/so-ban-nganh/\"]')"),
           "no link to the ranking table")


def no_js_ranking_unchanged(env):
    env.plain.open(env.site.url("xep-hang/2022/so-ban-nganh/"))
    boxes = env.plain.driver.execute_script("return document.querySelectorAll('input[type=checkbox], .compare-bar').length")
    expect(boxes == 0, "%d tick boxes or bars without JavaScript" % boxes)
    unit = read_unit(env.plain, env.site.url("don-vi/so-tu-phap/"))
    expect(unit["compareLink"] and unit["compareLink"].endswith("so-sanh/?don-vi=so-tu-phap,so-cong-thuong,so-y-te"),
           "«So sánh với…» link: %r" % unit["compareLink"])


# -- comparison ------------------------------------------------------------

def compare_numbers_equal_unit_pages(env):
    units = [TU_PHAP, GTVT]
    shown = read_compare(env.js, env.site.url("so-sanh/?don-vi=" + ",".join(u[0] for u in units)))
    expect(shown["units"] == [u[1] for u in units], "columns: %r" % shown["units"])
    expect(shown["rows"]["Tổng điểm"] == [u[2] + " / 245" for u in units], "totals: %r" % shown["rows"].get("Tổng điểm"))
    expect(shown["rows"]["Thứ hạng"] == [u[3] for u in units], "ranks: %r" % shown["rows"].get("Thứ hạng"))
    index_rows = shown["indexRows"]
    for n, (slug, name, total, rank) in enumerate(units):
        page = read_unit(env.js, env.site.url("don-vi/%s/" % slug))
        expect(page["big"] == total and page["max"].startswith("/ 245"), "%s page: %r %r" % (name, page["big"], page["max"]))
        expect(page["rank"] == rank, "%s page rank: %r" % (name, page["rank"]))
        expect(len(page["indices"]) == len(index_rows), "%s: %d indices on the page, %d compared" % (name, len(page["indices"]), len(index_rows)))
        for (label, value), row in zip(page["indices"], index_rows):
            expect(shown["rows"][row][n] == value, "%s, %s: compared %r, unit page %r" % (name, label, shown["rows"][row][n], value))


def compare_chart_and_differences(env):
    shown = read_compare(env.js, env.site.url("so-sanh/?don-vi=so-tu-phap,so-giao-thong-van-tai,so-y-te"))
    svg = shown["svg"]
    expect(svg and svg["role"] == "img" and svg["title"] and svg["desc"], "chart: %r" % svg)
    expect(svg["bars"] == 15 and svg["letters"] == 15, "5 indices × 3 units: %r bars, %r letters" % (svg["bars"], svg["letters"]))
    expect("A: Sở Tư pháp" in svg["desc"], "the chart's description names the letters: %r" % svg["desc"])
    expect(shown["chartRows"] == 5, "chart data table rows: %r" % shown["chartRows"])
    text = env.js.driver.execute_script("return document.getElementById('so-sanh').innerText")
    expect("Khác nhau nhiều nhất" in text and "điểm phần trăm" in text, "no «where they differ most»")
    expect("Qua các kỳ đánh giá" in text, "no history")


def compare_refuses_other_frameworks(env):
    shown = read_compare(env.js, env.site.url("so-sanh/?don-vi=so-tu-phap,hau-giang"), expect_table=False)
    expect(shown["message"].startswith("Không so sánh được: Sở Tư pháp được đánh giá theo"), "refusal: %r" % shown["message"])
    expect(shown["svg"] is None and not shown["units"], "a chart or table was drawn for different frameworks")


def compare_choose_by_name(env):
    env.js.open(env.site.url("so-sanh/?don-vi=so-tu-phap"))
    driver = env.js.driver
    wait_for(driver, "return document.querySelector('.compare-chosen li')")
    field = driver.find_element(By.ID, "them-don-vi")
    field.send_keys("so y te")
    wait_for(driver, "return document.querySelector('#goi-y-don-vi button')")
    field.send_keys(Keys.ENTER)
    wait_for(driver, "return document.querySelector('#so-sanh .compare-result table')", 15.0)
    expect(driver.execute_script("return location.search") == "?don-vi=so-tu-phap,so-y-te",
           "address after adding: " + driver.execute_script("return location.search"))


def compare_from_unit_page(env):
    unit = read_unit(env.js, env.site.url("don-vi/so-tu-phap/"))
    shown = read_compare(env.js, unit["compareLink"])
    expect(shown["units"] == ["Sở Tư pháp", "Sở Công Thương", "Sở Y tế"], "from the unit page: %r" % shown["units"])


def ranking_ticks_open_compare(env):
    driver = env.js.driver
    env.js.open(env.site.url("xep-hang/2022/so-ban-nganh/"))
    boxes = wait_for(driver, "var b = document.querySelectorAll('table.ranking input.pick'); return b.length && b")
    expect(len(boxes) == 19, "%d tick boxes for 19 rows" % len(boxes))
    for slug in ("so-tu-phap", "so-giao-thong-van-tai"):
        driver.find_element(By.CSS_SELECTOR, "input.pick[value='%s']" % slug).click()
    go = driver.find_element(By.CSS_SELECTOR, "a.compare-go")
    expect(go.is_displayed(), "no «So sánh» link after ticking two rows")
    go.click()
    wait_for(driver, "return document.querySelector('#so-sanh .compare-result table')", 15.0)
    expect(driver.execute_script("return location.search") == "?don-vi=so-tu-phap,so-giao-thong-van-tai",
           "compare address: " + driver.execute_script("return location.search"))


# -- axe -------------------------------------------------------------------

def axe_clean(env):
    """axe-core on what search and compare show. The ranking page is not
    theirs: there only what the tick boxes add counts (violations the page
    has without compare-pick.js too are left to .ci/browser-check)."""
    ranking = env.site.url("xep-hang/2022/so-ban-nganh/")
    driver = env.js.driver
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*compare-pick.js"]})
    try:
        env.js.open(ranking)
        before = {(v["id"], n["target"]) for v in run_axe(env.js, env.axe) for n in v["nodes"]}
    finally:
        driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})
    states = [("home with results", lambda: (home(env), type_query(env.js, "so")), set()),
              ("home, nothing found", lambda: (home(env), type_query(env.js, "xyzabc")), set()),
              ("compare", lambda: read_compare(env.js, env.site.url("so-sanh/?don-vi=so-tu-phap,so-giao-thong-van-tai,so-y-te,so-noi-vu")), set()),
              ("compare refused", lambda: read_compare(env.js, env.site.url("so-sanh/?don-vi=so-tu-phap,hau-giang"), expect_table=False), set()),
              ("ranking with ticks", lambda: (env.js.open(ranking), env.js.driver.find_element(By.CSS_SELECTOR, "input.pick").click()), before)]
    problems = []
    for name, prepare, known in states:
        prepare()
        for violation in run_axe(env.js, env.axe):
            nodes = [n["target"] for n in violation["nodes"] if (violation["id"], n["target"]) not in known]
            if nodes:
                problems.append("%s: %s (%s) %s" % (name, violation["id"], violation["impact"], "; ".join(nodes[:3])))
    expect(not problems, "axe: " + " | ".join(problems))


CASES = [search_without_diacritics, search_case_spaces_and_d, search_aliases, search_abbreviations,
         search_ranks_exact_tones_first, search_indices_frameworks_periods_pages, search_nothing_found,
         search_keyboard, search_index_links_resolve,
         no_js_search_opens_the_letter_index, no_js_compare_explains, no_js_ranking_unchanged,
         compare_numbers_equal_unit_pages, compare_chart_and_differences, compare_refuses_other_frameworks,
         compare_choose_by_name, compare_from_unit_page, ranking_ticks_open_compare] + english.CASES + [axe_clean]
