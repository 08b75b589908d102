"""Helpers of `.ci/browser-check`: a real-browser check of a built dti site.

Modules:
  server   - serves the site directory on 127.0.0.1 (optionally under a sub-path)
  pages    - picks one page of every page type from the built site
  chrome   - one headless Chromium driven by selenium (+ reusable extras:
             count_print_pages, type_and_read)
  axe      - loads axe-core from the wheel that ships it and runs it
  checks   - the checks of one page at one width
  report   - the result table, the failure list and the summary figures
  selftest - small fixture pages with known defects: each check must catch them
"""
