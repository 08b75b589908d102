"""Which pages to open: one page of every page type of a built dti site.

dti writes every page as DIR/index.html under fixed Vietnamese section names,
so the type of a page follows from its path:

  home            index.html
  rankings        xep-hang/                      ranking index
  ranking         xep-hang/YEAR/GROUP/           latest year, largest page
  units           don-vi/                        unit index (search box)
  unit-dti        don-vi/UNIT/ linking to a tinh-thanh-pho ranking
                  (a province with national DTI values; hau-giang preferred)
  unit-department don-vi/UNIT/ linking to a so-ban-nganh ranking (else any other unit)
  pillars         tru-cot/                       pillar overview
  pillar          tru-cot/PILLAR/                first pillar
  pillar-ranking  tru-cot/PILLAR/YEAR/GROUP/     latest year, largest page
  methodology     phuong-phap/                   methodology index
  framework       phuong-phap/FRAMEWORK/         first framework
  text            any other top-level DIR/       first such page (e.g. gioi-thieu/)
  open-data       du-lieu/
  404             404.html

Where the site has an English edition (en/index.html), each chosen page's
English twin is checked too, as en-<type>.

A type the site does not have (the An Giang tree has no rankings and no unit
pages) is reported as absent, not as a failure.  "Largest" picks the page
with the most rows, the hardest case for width and print.  Ties break on the
path, so the choice is the same on every run.
"""
import os
import re
from dataclasses import dataclass
from pathlib import Path

SECTIONS = {"xep-hang", "don-vi", "tru-cot", "phuong-phap", "du-lieu", "assets", "en"}
TYPES = ("home", "rankings", "ranking", "units", "unit-dti", "unit-department",
         "pillars", "pillar", "pillar-ranking", "methodology", "framework",
         "text", "open-data", "404")
PREFERRED_DTI_UNIT = "don-vi/hau-giang/"


@dataclass(frozen=True)
class Page:
    """A page to check: its type name and its path relative to the site root."""
    name: str
    path: str


def _dirs(site, pattern):
    """Directory pages matching a glob like 'xep-hang/*/*', as 'a/b/' paths."""
    found = []
    for index in sorted(site.glob(pattern + "/index.html")):
        found.append(index.parent.relative_to(site).as_posix() + "/")
    return found


def _size(site, path):
    return (site / path / "index.html").stat().st_size


def _largest_of_latest_year(site, paths):
    """Among YEAR/GROUP pages, the latest year's largest page."""
    def year(path):
        match = re.search(r"/(\d{4})/", path)
        return int(match.group(1)) if match else 0
    if not paths:
        return None
    latest = max(year(p) for p in paths)
    return sorted((p for p in paths if year(p) == latest),
                  key=lambda p: (-_size(site, p), p))[0]


def _links_to(site, path, fragment):
    html = (site / path / "index.html").read_text(encoding="utf-8", errors="replace")
    return re.search(r'href="[^"]*xep-hang/\d{4}/' + fragment + '/"', html) is not None


def detect_pages(site_dir):
    """Returns (pages found, names of page types the site does not have)."""
    site = Path(site_dir)
    chosen = {}

    def take(name, path):
        if path is not None and name not in chosen and (site / path).exists() and \
                (path.endswith(".html") or (site / path / "index.html").exists()):
            chosen[name] = path

    take("home", "")
    take("rankings", "xep-hang/")
    take("ranking", _largest_of_latest_year(site, _dirs(site, "xep-hang/*/*")))
    take("units", "don-vi/")
    units = _dirs(site, "don-vi/*")
    if PREFERRED_DTI_UNIT in units:
        take("unit-dti", PREFERRED_DTI_UNIT)
    take("unit-dti", next((u for u in units if _links_to(site, u, "tinh-thanh-pho")), None))
    others = [u for u in units if u != chosen.get("unit-dti")]
    take("unit-department", next((u for u in others if _links_to(site, u, "so-ban-nganh")), None))
    take("unit-department", next(iter(others), None))
    take("pillars", "tru-cot/")
    take("pillar", next(iter(_dirs(site, "tru-cot/*")), None))
    take("pillar-ranking", _largest_of_latest_year(site, _dirs(site, "tru-cot/*/*/*")))
    take("methodology", "phuong-phap/")
    take("framework", next(iter(_dirs(site, "phuong-phap/*")), None))
    take("text", next((d for d in _dirs(site, "*") if d.rstrip("/") not in SECTIONS), None))
    take("open-data", "du-lieu/")
    take("404", "404.html")
    pages = [Page(name, chosen[name]) for name in TYPES if name in chosen]
    # A second edition (site.conf `languages = vi, en`) is checked page for
    # page: the same types in English, whose longer words are the harder
    # case for narrow screens.
    if (site / "en" / "index.html").exists():
        pages += [Page("en-" + page.name, "en/" + page.path) for page in list(pages)
                  if (site / "en" / page.path).exists()]
    return pages, [name for name in TYPES if name not in chosen]


def parse_pages(spec):
    """Pages from a --pages list: 'NAME=PATH' or 'PATH' items separated by commas."""
    pages = []
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, _, path = item.rpartition("=")
        path = path.lstrip("/")
        pages.append(Page(name or path.rstrip("/") or "home", path))
    return pages
