"""The checks of `.ci/search-check` on the English edition (`/en/`) of the
bundled site: the scripts are served from the shared `/assets/`, yet on an
English page they must speak English (their words come from
`assets/words.en.js`) and lead to English pages (the edition's home comes
from the same file), under the sub-path too.

Numbers and names asserted are the bundled Content's (seed 000, Phụ lục 01),
as the English unit pages print them.
"""
from selenium.webdriver.common.by import By

from .page import group, read_compare, titles, type_query, wait_for

QUOTES = "“”"
# Words of the Vietnamese interface that must not appear on an English page's search or comparison.
VIETNAMESE_WORDS = ["Tìm thấy", "Không tìm thấy", "Đơn vị", "Hạng ", "Tổng điểm", "Thứ hạng", "So sánh", "Gợi ý", "đơn vị"]


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def no_vietnamese_words(text, where):
    found = [w for w in VIETNAMESE_WORDS if w in text]
    expect(not found, "%s shows Vietnamese interface words %r: %r" % (where, found, text[:300]))


def english_search(env):
    env.js.open(env.site.url("en/"))
    r = type_query(env.js, "so tu phap", QUOTES)
    units = group(r, "Units")
    expect(units and units[0]["title"] == "Sở Tư pháp", "first unit for «so tu phap» on /en/: %r" % r["groups"])
    expect(units[0]["href"].endswith(env.base + "en/don-vi/so-tu-phap/"), "link from the English search: " + units[0]["href"])
    expect("Rank 13 of 19 · Good" in units[0]["meta"], "English headline of Sở Tư pháp: %r" % units[0]["meta"])
    expect(r["status"] == "1 result for “so tu phap”: 1 unit.", "English live region: %r" % r["status"])
    no_vietnamese_words(r["status"] + " " + " ".join(g["title"] for g in r["groups"]) + " " + units[0]["meta"], "the English search")
    r = type_query(env.js, "hau giang", QUOTES)
    expect(titles(r, "Rankings") and titles(r, "Indices and frameworks"), "English group headings: %r" % [g["title"] for g in r["groups"]])
    expect(all(i["href"].startswith(env.site.url("en/")) for g in r["groups"] for i in g["items"]),
           "an English search result leads out of /en/: %r" % [i["href"] for g in r["groups"] for i in g["items"]])


def english_nothing_found(env):
    env.js.open(env.site.url("en/"))
    r = type_query(env.js, "xyzabc", QUOTES)
    expect(r["empty"] == "No results for “xyzabc”.", "English empty state: %r" % r["empty"])
    links = env.js.driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('#ket-qua-tim-kiem .search-empty a'), function (a) { return a.href; })")
    expect(links == [env.site.url("en/don-vi/"), env.site.url("en/xep-hang/")],
           "the empty state's links are not the English A–Z list and rankings: %r" % links)
    text = env.js.driver.execute_script("return document.getElementById('ket-qua-tim-kiem').innerText")
    expect("Tips:" in text and "See the A–Z list of units or all rankings." in text, "English tips: %r" % text)
    no_vietnamese_words(text.replace("Sở Tư pháp", ""), "the English empty state")


def english_compare(env):
    shown = read_compare(env.js, env.site.url("en/so-sanh/?don-vi=so-tu-phap,so-giao-thong-van-tai"))
    expect(shown["units"] == ["Sở Tư pháp", "Sở Giao thông vận tải"], "English comparison columns: %r" % shown["units"])
    expect(shown["rows"].get("Total score") == ["206.45 / 245", "187.390 / 245"], "English totals: %r" % shown["rows"].get("Total score"))
    expect(shown["rows"].get("Rank") == ["Rank 13 of 19", "Rank 15 of 19"], "English ranks: %r" % shown["rows"].get("Rank"))
    expect(shown["rows"].get("Class") == ["Good", "Fair"], "English classes: %r" % shown["rows"].get("Class"))
    expect(shown["message"].startswith("Comparing Sở Tư pháp, Sở Giao thông vận tải – "), "English message: %r" % shown["message"])
    links = env.js.driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('#so-sanh .compare-result a'), function (a) { return a.href; })")
    expect(links and all(link.startswith(env.site.url("en/")) for link in links), "comparison links out of /en/: %r" % links)
    text = env.js.driver.execute_script("return document.getElementById('so-sanh').innerText")
    expect("Where they differ most" in text and "percentage points" in text, "no English «where they differ most»")
    no_vietnamese_words(text.replace("Sở Giao thông vận tải", ""), "the English comparison")


def english_compare_refused(env):
    shown = read_compare(env.js, env.site.url("en/so-sanh/?don-vi=so-tu-phap,hau-giang"), expect_table=False, refusal="Cannot")
    expect(shown["message"].startswith("Cannot compare: Sở Tư pháp is assessed under"), "English refusal: %r" % shown["message"])


def english_ranking_ticks_open_english_compare(env):
    driver = env.js.driver
    env.js.open(env.site.url("en/xep-hang/2022/so-ban-nganh/"))
    wait_for(driver, "return document.querySelectorAll('table.ranking input.pick').length")
    hint = driver.execute_script("return document.querySelector('.compare-count').textContent")
    expect(hint == "Tick 2 to 4 units to compare them.", "English tick hint: %r" % hint)
    for slug in ("so-tu-phap", "so-giao-thong-van-tai"):
        driver.find_element(By.CSS_SELECTOR, "input.pick[value='%s']" % slug).click()
    go = driver.find_element(By.CSS_SELECTOR, "a.compare-go")
    expect(go.text == "Compare 2 units", "English compare link: %r" % go.text)
    expect(go.get_attribute("href") == env.site.url("en/so-sanh/?don-vi=so-tu-phap,so-giao-thong-van-tai"),
           "the ticks lead to %r, not the English comparison" % go.get_attribute("href"))
    go.click()
    wait_for(driver, "return document.querySelector('#so-sanh .compare-result table')", 15.0)
    expect(driver.execute_script("return document.documentElement.lang") == "en", "the comparison opened is not the English page")


CASES = [english_search, english_nothing_found, english_compare, english_compare_refused,
         english_ranking_ticks_open_english_compare]
