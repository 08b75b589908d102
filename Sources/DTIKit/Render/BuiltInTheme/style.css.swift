extension BuiltInTheme {
    /// `style.css` of the built-in theme. The stylesheet, published as `/assets/style.css`; the colours are in
    /// its `:root` block.
    ///
    /// Between the delimiters is the file exactly, byte for byte: it starts
    /// at the first column, and the empty line before the closing delimiter
    /// is the file's final newline. A `Theme/style.css` replaces it.
    static let styleCSS = #"""
/* dti – giao diện mặc định / default theme.
   Đổi màu ở khối :root bên dưới; không cần biên dịch lại.
   Change the colours in the :root block below; no recompiling needed. */

:root {
  /* Giao diện / interface */
  --color-link: #0b4f8a;
  --color-text: #1b1f24;
  --color-muted: #4a5561;
  --color-rule: #d0d7de;
  --color-background: #ffffff;
  --color-surface: #f4f6f8;
  --color-header: #0b4f8a;
  --color-header-text: #ffffff;
  --color-focus: #f0b400;
  /* Xếp loại, từ mạnh đến yếu (nhãn chữ luôn đi kèm màu) / classes */
  --class-xuat-sac: #00665e;  --class-xuat-sac-text: #ffffff;
  --class-tot: #2e7d32;       --class-tot-text: #ffffff;
  --class-kha: #c9b22c;       --class-kha-text: #1b1f24;
  --class-trung-binh: #e69f00; --class-trung-binh-text: #1b1f24;
  --class-yeu: #d55e00;       --class-yeu-text: #1b1f24;
  /* Trụ cột (Okabe–Ito) / pillars */
  --pillar-cqs: #0072b2;
  --pillar-kts: #e69f00;
  --pillar-xhs: #cc79a7;
  /* Trung bình nhóm và cao nhất / group mean and best */
  --marker-mean: #6e7781;
  --marker-best: #000000;
  /* Tăng / giảm (luôn kèm ▲ ▼) / up and down */
  --change-up: #1a7f37;
  --change-down: #b3400a;
  --font: system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
}

*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 var(--font); color: var(--color-text); background: var(--color-background); }
a { color: var(--color-link); text-underline-offset: 0.15em; }
a:focus-visible, button:focus-visible, input:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--color-focus); outline-offset: 2px; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 1rem 0 0.5rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.75rem; padding-top: 0.5rem; border-top: 1px solid var(--color-rule); }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
p, ul, ol { margin: 0 0 1rem; }
code { font-size: 0.9em; overflow-wrap: anywhere; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
.muted { color: var(--color-muted); }
.lead { font-size: 1.1rem; color: var(--color-muted); }
.print-url { display: none; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--color-background); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { left: 0.5rem; }

/* Đầu trang / header */
.site-header { background: var(--color-header); color: var(--color-header-text); }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; padding-top: 0.6rem; padding-bottom: 0.6rem; }
.brand { display: flex; align-items: center; gap: 0.6rem; color: inherit; font-weight: 700; text-decoration: none; line-height: 1.25; }
.brand img { flex: none; }
.site-nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; }
.site-nav a { color: inherit; text-decoration: none; padding: 0.35rem 0; display: inline-block; min-height: 44px; line-height: 2.2; }
.site-nav a[aria-current="page"] { text-decoration: underline; text-decoration-thickness: 3px; text-underline-offset: 0.35em; }
.site-footer { margin-top: 3rem; padding: 1.5rem 0; background: var(--color-surface); border-top: 1px solid var(--color-rule); font-size: 0.95rem; }
.breadcrumbs ol { display: flex; flex-wrap: wrap; list-style: none; padding: 0; margin: 1rem 0 0; font-size: 0.9rem; color: var(--color-muted); }
.breadcrumbs li + li::before { content: "›"; padding: 0 0.4rem; }

/* Kết quả chính / headline */
.headline { background: var(--color-surface); border-radius: 8px; padding: 1rem; margin: 0.5rem 0 1.5rem; }
.headline p { margin: 0.25rem 0; }
.headline-score { font-variant-numeric: tabular-nums; }
.big { font-size: 2.5rem; line-height: 1.1; font-variant-numeric: tabular-nums; }
.max { color: var(--color-muted); font-weight: normal; }
.headline-rank { font-size: 1.15rem; }
.change { font-weight: 600; white-space: nowrap; }
.change.up { color: var(--change-up); }
.change.down { color: var(--change-down); }
.change.same { color: var(--color-muted); }

/* Xếp loại / class badges: colour and label */
.badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; font-size: 0.85rem; font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
.cls-xuat-sac { background: var(--class-xuat-sac); color: var(--class-xuat-sac-text); }
.cls-tot { background: var(--class-tot); color: var(--class-tot-text); }
.cls-kha { background: var(--class-kha); color: var(--class-kha-text); }
.cls-trung-binh { background: var(--class-trung-binh); color: var(--class-trung-binh-text); }
.cls-yeu { background: var(--class-yeu); color: var(--class-yeu-text); }
.cls-khac { background: var(--color-surface); color: var(--color-text); border-color: var(--color-rule); }

/* Bảng / tables */
.table-scroll { overflow-x: auto; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; font-size: 0.95rem; }
caption { text-align: left; color: var(--color-muted); font-size: 0.9rem; padding: 0.25rem 0; caption-side: top; position: sticky; left: 0; max-width: calc(100vw - 2rem); }
th, td { padding: 0.45rem 0.55rem; border-bottom: 1px solid var(--color-rule); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--color-text); font-weight: 600; white-space: nowrap; }
tbody th { font-weight: normal; min-width: 8.5rem; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.total { font-weight: 700; }
td.flagged { background: #fff4e5; }
.flag { color: var(--change-down); }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--color-text); }
tr.group-row th, tr.group-row td { background: var(--color-surface); font-weight: 700; }
tr.depth-2 td:nth-child(2) { padding-left: 1.25rem; }
tr.depth-3 td:nth-child(2) { padding-left: 2.25rem; color: var(--color-muted); }
td.hash code { font-size: 0.75rem; }
button.sort { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; color: inherit; cursor: pointer; text-align: inherit; }
th[aria-sort="ascending"] button.sort::after { content: " ▲"; }
th[aria-sort="descending"] button.sort::after { content: " ▼"; }

/* Thẻ, ghi chú, nguồn / cards, notes, sources */
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); gap: 1rem; }
.card { border: 1px solid var(--color-rule); border-radius: 8px; padding: 1rem; }
.card h2, .card h3 { margin-top: 0; border: 0; padding: 0; }
.card ol.top { padding-left: 1.25rem; }
.notes { border-left: 4px solid var(--color-focus); background: #fffbea; padding: 0.75rem 1rem; margin: 1rem 0; }
.notes h2 { border: 0; margin-top: 0; padding: 0; font-size: 1.05rem; }
.notes ul { margin-bottom: 0; }
.source { font-size: 0.95rem; }
.downloads, .related { font-size: 0.95rem; }
.two-col { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr)); gap: 0 2rem; }
.peers { padding-left: 0; list-style: none; }
.peers li { padding: 0.3rem 0; border-bottom: 1px solid var(--color-rule); }
.peers li.self { font-weight: 700; }
.share { background: var(--color-surface); border-radius: 8px; padding: 0.25rem 1rem 0.5rem; }
.share h2 { border: 0; }
.permalink { overflow-wrap: anywhere; }
button.copy-link, .search button { font: inherit; min-height: 44px; padding: 0.4rem 1rem; border-radius: 6px; border: 1px solid var(--color-link); background: var(--color-link); color: #fff; cursor: pointer; }
.search { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 1rem 0; }
.search label { width: 100%; font-weight: 600; }
.search input { flex: 1 1 12rem; min-height: 44px; font: inherit; padding: 0.4rem 0.6rem; border: 2px solid var(--color-muted); border-radius: 6px; }
.js .no-js-hint { display: none; }

/* Tìm kiếm, chữ cái A–Z, so sánh / search, letter index, compare (search-box.js, compare*.js) */
.search-status { color: var(--color-muted); margin: -0.5rem 0 0.5rem; }
.search-status:empty { display: none; }
.search-results h2 { font-size: 1.1rem; margin: 1rem 0 0.25rem; }
.search-results .count { color: var(--color-muted); font-weight: normal; }
ul.results { list-style: none; padding: 0; margin: 0 0 0.5rem; }
ul.results li { padding: 0.4rem 0; border-bottom: 1px solid var(--color-rule); }
ul.results a { font-weight: 600; }
.result-meta { display: block; color: var(--color-muted); font-size: 0.95rem; }
.result-headline { color: var(--color-text); font-variant-numeric: tabular-nums; }
.search-empty { background: var(--color-surface); border-radius: 8px; padding: 0.75rem 1rem; }
.search-none { font-weight: 700; }
button.more, button.suggestion, .compare-offers button, .compare-chosen button, button.compare-clear, a.compare-go {
  font: inherit; min-height: 44px; padding: 0.3rem 0.8rem; border-radius: 6px; border: 1px solid var(--color-link);
  background: var(--color-background); color: var(--color-link); cursor: pointer; }
a.compare-go { display: inline-flex; align-items: center; background: var(--color-link); color: #fff; font-weight: 600; text-decoration: none; }
nav.letters ul { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; padding: 0; margin: 0.5rem 0 1rem; }
nav.letters a { display: inline-block; min-width: 44px; min-height: 44px; line-height: 42px; text-align: center; border: 1px solid var(--color-rule); border-radius: 6px; text-decoration: none; font-weight: 600; }
.compare-link a { font-weight: 600; }
.series-0 { --series: #0072b2; }
.series-1 { --series: #b3400a; }
.series-2 { --series: #00665e; }
.series-3 { --series: #8e3b77; }
span.letter { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 4px; background: var(--series); color: #fff; font-weight: 700; }
svg rect.bar { fill: var(--series); }
svg text.letter-text { font-weight: 700; }
.compare-chosen { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
.compare-chosen li { border: 1px solid var(--color-rule); border-radius: 8px; padding: 0.25rem 0.5rem; }
.compare-pick { margin: 1rem 0; }
.compare-pick label { display: block; font-weight: 600; }
.compare-pick input { width: 100%; min-height: 44px; font: inherit; padding: 0.4rem 0.6rem; border: 2px solid var(--color-muted); border-radius: 6px; }
.compare-offers { list-style: none; padding: 0; margin: 0.25rem 0 0; }
.compare-offers button { width: 100%; text-align: left; margin-bottom: 0.25rem; }
.compare-message { margin: 0.5rem 0 1rem; font-weight: 600; }
.compare-message:empty { display: none; }
.compare-table thead th { white-space: normal; min-width: 6.5rem; }
.compare-table td.num { white-space: normal; }
.compare-table tbody th { min-width: 6.5rem; }
.compare-bar { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; padding: 0.5rem 0; background: var(--color-background); border-bottom: 1px solid var(--color-rule); }
input.pick { width: 1.25rem; height: 1.25rem; margin: 0 0.4rem 0 0; vertical-align: -0.2rem; }
@media print {
  .compare-bar, input.pick, .compare-pick, .compare-chosen button, .search-results, .search-status, nav.letters { display: none !important; }
}
ul.units, ul.rankings, ul.news { padding-left: 1.25rem; }
ul.units li { padding: 0.15rem 0; }
details summary { cursor: pointer; font-weight: 600; margin: 0.5rem 0; }
.prose { max-width: 44rem; }

/* Biểu đồ / charts. viewBox 360 wide, text ≥ 14 units: ≥ 12,8 px on a 360 px phone.
   The width cap keeps desktop text near 19 px. */
figure.chart { margin: 0 0 1.5rem; max-width: 30rem; }
figure.chart-radar { max-width: 26rem; }
figure.chart svg { width: 100%; height: auto; display: block; overflow: visible; font-family: var(--font); font-variant-numeric: tabular-nums; }
figure.chart figcaption { font-size: 0.95rem; color: var(--color-muted); margin-top: 0.25rem; }
svg text { fill: var(--color-text); }
svg text.value { fill: var(--color-muted); }
svg text.series-label { font-weight: 600; }
svg .track { fill: var(--color-surface); stroke: var(--color-rule); stroke-width: 1; }
svg .fill-bar { fill: var(--color-link); }
svg .fill-neutral, svg .fill-cls-khac { fill: #8c959f; }
svg .fill-cls-xuat-sac { fill: var(--class-xuat-sac); }
svg .fill-cls-tot { fill: var(--class-tot); }
svg .fill-cls-kha { fill: var(--class-kha); }
svg .fill-cls-trung-binh { fill: var(--class-trung-binh); }
svg .fill-cls-yeu { fill: var(--class-yeu); }
svg text.on-cls-xuat-sac { fill: var(--class-xuat-sac-text); font-weight: 700; }
svg text.on-cls-tot { fill: var(--class-tot-text); font-weight: 700; }
svg text.on-cls-kha { fill: var(--class-kha-text); font-weight: 700; }
svg text.on-cls-trung-binh { fill: var(--class-trung-binh-text); font-weight: 700; }
svg text.on-cls-yeu { fill: var(--class-yeu-text); font-weight: 700; }
svg .mark-mean { stroke: var(--marker-mean); stroke-width: 3; stroke-dasharray: 4 2; fill: none; }
svg .mark-median { stroke: var(--color-text); stroke-width: 2; }
svg .mark-best { stroke: var(--marker-best); stroke-width: 3; fill: none; }
svg .grid, svg .axis { stroke: var(--color-rule); stroke-width: 1; fill: none; }
svg .axis { stroke: var(--color-muted); }
svg .strip-dot { stroke: var(--color-link); stroke-opacity: 0.55; stroke-width: 7; stroke-linecap: round; fill: none; }
svg .strip-highlight { fill: none; stroke: var(--marker-best); stroke-width: 2.5; }
svg .radar-unit { fill: var(--color-link); fill-opacity: 0.18; stroke: var(--color-link); stroke-width: 2.5; }
svg .radar-mean { fill: none; stroke: var(--marker-mean); stroke-width: 2; stroke-dasharray: 5 3; }
svg .radar-dot { stroke: var(--color-link); stroke-width: 7; stroke-linecap: round; fill: none; }
svg .trend { fill: none; stroke-width: 2.5; }
svg .dash-1 { stroke-dasharray: 7 3; }
svg .dash-2 { stroke-dasharray: 2 3; }
svg .dash-3 { stroke-dasharray: 9 3 2 3; }
svg .series-dti { stroke: var(--color-text); fill: var(--color-text); }
svg .series-cqs { stroke: var(--pillar-cqs); fill: var(--pillar-cqs); }
svg .series-kts { stroke: var(--pillar-kts); fill: var(--pillar-kts); }
svg .series-xhs { stroke: var(--pillar-xhs); fill: var(--pillar-xhs); }
svg path.trend.series-dti, svg path.trend.series-cqs, svg path.trend.series-kts, svg path.trend.series-xhs { fill: none; }
svg .slope { stroke-width: 2; }
svg .slope.up { stroke: var(--change-up); }
svg .slope.down { stroke: var(--change-down); stroke-dasharray: 5 3; }
svg .slope.same { stroke: var(--marker-mean); }
details.chart-data { margin-top: 0.25rem; font-size: 0.9rem; }
tr.pillar-cqs th { border-left: 4px solid var(--pillar-cqs); }
tr.pillar-kts th { border-left: 4px solid var(--pillar-kts); }
tr.pillar-xhs th { border-left: 4px solid var(--pillar-xhs); }

@media (min-width: 48rem) {
  h1 { font-size: 2.1rem; }
  .big { font-size: 3rem; }
}

/* In / print: charts and tables stay, navigation goes, the URL shows under the title. */
@media print {
  body { font-size: 11pt; color: #000; }
  .site-header, .site-nav, .skip-link, .search, .breadcrumbs, button, .site-footer .footer-links, .no-js-hint { display: none !important; }
  .print-url { display: block; font-size: 9pt; color: #000; margin-top: -0.25rem; }
  .wrap { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
  .table-scroll { overflow: visible; }
  table { font-size: 9pt; }
  figure, table, .headline, .card { break-inside: avoid; }
  h2 { break-after: avoid; }
  .badge { border: 1px solid #000; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  details > *:not(summary) { display: block; }
  details.chart-data { display: none; }
  figure.chart { max-width: 16cm; }
}

/* Methodology breaks and periods that are not compared */
.break-note { color: var(--color-muted, #4a5560); font-style: italic; }
svg .break-rule { stroke: #4a5560; stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .break-label { fill: #4a5560; }

"""#
}
