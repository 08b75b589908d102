"""Helpers of `.ci/search-check`: the site search and the comparison page of a
built dti site, in headless Chromium (through `.ci/browser`'s Browser and SiteServer).

Modules:
  page     - reading what the pages show (search results, the live region,
             comparison tables, unit page numbers) and waiting for it
  cases    - the checks, one function each, grouped: search, no JavaScript,
             comparison, ranking ticks, axe, timing
"""
