extension BuiltInTheme {
    /// `style.css` of the built-in theme. The stylesheet, published as `/assets/style.css`; the colours are in
    /// its `:root` block.
    ///
    /// Between the delimiters is the file exactly, byte for byte: it starts
    /// at the first column, and the empty line before the closing delimiter
    /// is the file's final newline. A `Theme/style.css` replaces it.
    static let styleCSS = #"""
/* dti – default theme.
   Change the colours in the :root block below; no recompiling needed. */

:root {
  /* Interface */
  --color-link: #0b4f8a;
  --color-text: #1b1f24;
  --color-muted: #4a5561;
  --color-rule: #d0d7de;
  --color-background: #ffffff;
  --color-surface: #f4f6f8;
  --color-header: #0b4f8a;
  --color-header-text: #ffffff;
  /* Keyboard focus outline: ≥ 3:1 on white, grey and pale yellow (16:1) and on the header (white, 8.4:1) */
  --color-focus: #1b1f24;
  --color-focus-on-header: #ffffff;
  --color-note: #f0b400;
  /* Classes: one sequential scale, darker = higher (lightness L* 28 → 90, ~15 a step,
     still distinct under colour-blindness simulation and in black-and-white print);
     always with their text label; text contrast ≥ 4.5:1. */
  --class-xuat-sac: #253996;  --class-xuat-sac-text: #ffffff;
  --class-tot: #2168ac;       --class-tot-text: #ffffff;
  --class-kha: #2396c0;       --class-kha-text: #1b1f24;
  --class-trung-binh: #6cc5bf; --class-trung-binh-text: #1b1f24;
  --class-yeu: #ceecb3;       --class-yeu-text: #1b1f24;
  /* Pillars (lines ≥ 3:1 on white, with dashes and point shapes as well) */
  --pillar-cqs: #0072b2;
  --pillar-kts: #c25400;
  --pillar-xhs: #a8458b;
  /* Chart marks: group mean (grey, dashed), group best (black) */
  --marker-mean: #6e7781;
  --marker-best: #000000;
  /* Up and down (always with ▲ ▼) */
  --change-up: #1a7f37;
  --change-down: #b3400a;
  --font: system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
}

*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 var(--font); color: var(--color-text); background: var(--color-background); }
a { color: var(--color-link); text-underline-offset: 0.15em; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible,
summary:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--color-focus); outline-offset: 2px; }
.site-header :focus-visible, .skip-link:focus-visible { outline-color: var(--color-focus-on-header); }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 1rem 0 0.5rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.75rem; padding-top: 0.5rem; border-top: 1px solid var(--color-rule); }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
p, ul, ol { margin: 0 0 1rem; }
code { font-size: 0.9em; overflow-wrap: anywhere; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
.muted { color: var(--color-muted); }
.lead { font-size: 1.1rem; color: var(--color-muted); }
.print-url, .print-only { display: none; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--color-background); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { left: 0.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

/* Header */
.site-header { background: var(--color-header); color: var(--color-header-text); }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; padding-top: 0.6rem; padding-bottom: 0.6rem; }
.brand { display: flex; align-items: center; gap: 0.6rem; color: inherit; font-weight: 700; text-decoration: none; line-height: 1.25; }
.brand img { flex: none; }
.site-nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; }
.site-nav a { color: inherit; text-decoration: none; padding: 0.35rem 0; display: inline-block; min-height: 44px; line-height: 2.2; }
.site-nav a[aria-current="page"] { text-decoration: underline; text-decoration-thickness: 3px; text-underline-offset: 0.35em; }
/* The switch between editions, each language named in itself; the current one is not a link */
.languages { margin-left: auto; }
.languages ul { display: flex; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; font-size: 0.95rem; }
.languages a, .languages [aria-current] { color: inherit; display: inline-block; min-height: 44px; line-height: 2.2; padding: 0.35rem 0; }
.languages [aria-current] { font-weight: 700; }
.site-footer { margin-top: 3rem; padding: 1.5rem 0; background: var(--color-surface); border-top: 1px solid var(--color-rule); font-size: 0.95rem; }
.breadcrumbs ol { display: flex; flex-wrap: wrap; list-style: none; padding: 0; margin: 1rem 0 0; font-size: 0.9rem; color: var(--color-muted); }
.breadcrumbs li + li::before { content: "›"; padding: 0 0.4rem; }

/* Headline: what the big number is, and its maximum */
.headline { background: var(--color-surface); border-radius: 8px; padding: 1rem; margin: 0.5rem 0 1.5rem; }
.headline p { margin: 0.25rem 0; }
.headline-score { font-variant-numeric: tabular-nums; }
.headline-score .measure { font-weight: 600; }
.headline-score strong { white-space: nowrap; }
.big { font-size: 2.5rem; line-height: 1.1; font-variant-numeric: tabular-nums; }
.max { color: var(--color-muted); font-weight: normal; }
.headline-rank { font-size: 1.15rem; }
.change { font-weight: 600; white-space: nowrap; }
.change.up { color: var(--change-up); }
.change.down { color: var(--change-down); }
.change.same { color: var(--color-muted); }

/* Class badges: colour and label */
.badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; font-size: 0.85rem; font-weight: 600; white-space: nowrap; border: 1px solid rgba(27, 31, 36, 0.45); }
.cls-xuat-sac { background: var(--class-xuat-sac); color: var(--class-xuat-sac-text); }
.cls-tot { background: var(--class-tot); color: var(--class-tot-text); }
.cls-kha { background: var(--class-kha); color: var(--class-kha-text); }
.cls-trung-binh { background: var(--class-trung-binh); color: var(--class-trung-binh-text); }
.cls-yeu { background: var(--class-yeu); color: var(--class-yeu-text); }
.cls-khac { background: var(--color-surface); color: var(--color-text); border-color: var(--color-rule); }

/* Tables. A table wider than its box scrolls inside it, with a shadow
   at the edge that has more; the answer (rank, name, total, class) comes first. */
.table-scroll { overflow-x: auto; margin: 0 0 1rem;
  background: linear-gradient(to right, #fff 30%, rgba(255, 255, 255, 0)), linear-gradient(to left, #fff 30%, rgba(255, 255, 255, 0)) 100% 0,
    radial-gradient(farthest-side at 0 50%, rgba(27, 31, 36, 0.25), rgba(27, 31, 36, 0)), radial-gradient(farthest-side at 100% 50%, rgba(27, 31, 36, 0.25), rgba(27, 31, 36, 0)) 100% 0;
  background-repeat: no-repeat; background-size: 2.5rem 100%, 2.5rem 100%, 0.9rem 100%, 0.9rem 100%; background-attachment: local, local, scroll, scroll; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; font-size: 0.95rem; }
caption { text-align: left; color: var(--color-muted); font-size: 0.9rem; padding: 0.25rem 0; caption-side: top; position: sticky; left: 0; max-width: calc(100vw - 2rem); }
th, td { padding: 0.45rem 0.55rem; border-bottom: 1px solid var(--color-rule); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--color-text); font-weight: 600; white-space: nowrap; vertical-align: bottom; }
tbody th { font-weight: normal; min-width: 8.5rem; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.ranking thead th[data-type="number"] { text-align: right; }
td.total { font-weight: 700; }
td.flagged { background: #fff4e5; }
.flag { color: var(--change-down); }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--color-text); }
tr.group-row th, tr.group-row td { background: var(--color-surface); font-weight: 700; }
tr.depth-2 td:nth-child(2) { padding-left: 1.25rem; }
tr.depth-3 td:nth-child(2) { padding-left: 2.25rem; color: var(--color-muted); }
td.hash code { font-size: 0.75rem; }
td .sub, th .sub { display: block; color: var(--color-muted); font-size: 0.9em; }
button.sort { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; color: inherit; cursor: pointer; text-align: inherit; }
th[aria-sort="ascending"] button.sort::after { content: " ▲"; }
th[aria-sort="descending"] button.sort::after { content: " ▼"; }
/* Decimal commas in one line: the fraction (comma and digits) sits in a box
   as wide as the column's longest one, the maximum after it in another. */
.fr0, .fr1, .fr2, .fr3, .fr4, .mx0, .mx1, .mx2, .mx3, .mx4, .mx5 { display: inline-block; text-align: left; }
.mx0, .mx1, .mx2, .mx3, .mx4, .mx5 { color: var(--color-muted); }
td .v, td .max, th .max, td [class^="mx"] { white-space: nowrap; }
.fr1 { width: calc(1ch + 0.35em); } .fr2 { width: calc(2ch + 0.35em); } .fr3 { width: calc(3ch + 0.35em); } .fr4 { width: calc(4ch + 0.35em); }
.mx1 { width: calc(1ch + 0.7em); } .mx2 { width: calc(2ch + 0.7em); } .mx3 { width: calc(3ch + 0.7em); } .mx4 { width: calc(4ch + 0.7em); } .mx5 { width: calc(5ch + 0.7em); }
table.unit-result th[scope="row"], table.national th[scope="row"] { min-width: 0; }

/* Cards, notes, sources */
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); gap: 1rem; }
.card { border: 1px solid var(--color-rule); border-radius: 8px; padding: 1rem; }
.card h2, .card h3 { margin-top: 0; border: 0; padding: 0; }
.card ol.top { padding-left: 1.25rem; }
.notes { border-left: 4px solid var(--color-note); background: #fffbea; padding: 0.75rem 1rem; margin: 1rem 0; }
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
.status { color: var(--color-muted); margin: 0.25rem 0 1rem; }
.js .no-js-hint { display: none; }

/* Search, letter index, compare (search-box.js, compare*.js) */
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
.counts { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; padding: 0; list-style: none; }
.recommendations li { margin-bottom: 0.4rem; }

/* Charts: text is 14 px at every width (see Chart in dti); fluid
   charts fill the column, the radar keeps its shape. On a wide screen a
   chart and its table or text sit side by side. */
figure.chart { margin: 0 0 1.5rem; }
figure.chart > svg { display: block; width: 100%; overflow: visible; font-family: var(--font); font-variant-numeric: tabular-nums; }
figure.chart > svg.fixed { width: auto; max-width: 100%; height: auto; margin: 0 auto; }
figure.chart figcaption { font-size: 0.95rem; color: var(--color-muted); margin-top: 0.25rem; }
.chart-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; padding: 0; margin: 0.5rem 0 0; font-size: 0.9rem; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.4em; vertical-align: -0.1em; border: 1px solid rgba(27, 31, 36, 0.45); }
svg.plot { overflow: visible; }
svg .plot * { vector-effect: non-scaling-stroke; }
svg text { fill: var(--color-text); }
svg text.value, svg text.ring-label { fill: var(--color-muted); }
svg text.ring-label { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
svg text.series-label { font-weight: 600; }
svg text.flag-text { fill: var(--change-down); }
svg .label-full { display: none; }
svg .track { fill: var(--color-surface); stroke: var(--color-rule); stroke-width: 1; }
svg .fill-bar { fill: var(--color-link); }
svg .fill-neutral, svg .fill-cls-khac { fill: #8c959f; }
svg .fill-cls-xuat-sac, svg .fill-cls-tot, svg .fill-cls-kha, svg .fill-cls-trung-binh, svg .fill-cls-yeu { stroke: rgba(27, 31, 36, 0.45); stroke-width: 1; }
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
svg .mark-best { stroke: var(--marker-best); stroke-width: 3; fill: none; }
svg .mark-median { fill: var(--color-text); stroke: none; }
svg .grid, svg .axis { stroke: var(--color-rule); stroke-width: 1; fill: none; }
svg .axis { stroke: var(--color-muted); }
svg .leader { stroke: var(--color-muted); stroke-width: 1; }
svg .strip-dot { stroke: var(--color-link); stroke-opacity: 0.6; stroke-width: 8; stroke-linecap: round; fill: none; }
svg .strip-over { stroke: var(--change-down); stroke-width: 9; stroke-linecap: square; fill: none; }
svg .strip-over-key { fill: var(--change-down); }
svg .strip-highlight { fill: none; stroke: var(--color-link); stroke-width: 2.5; }
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
svg .trend.series-dti, svg .trend.series-cqs, svg .trend.series-kts, svg .trend.series-xhs { fill: none; }
svg .marker { stroke: #ffffff; stroke-width: 1; }
svg .slope { stroke-width: 2; }
svg .slope.up { stroke: var(--change-up); }
svg .slope.down { stroke: var(--change-down); stroke-dasharray: 5 3; }
svg .slope.same { stroke: var(--marker-mean); }
details.chart-data { margin-top: 0.25rem; font-size: 0.9rem; }
tr.pillar-cqs th { border-left: 4px solid var(--pillar-cqs); }
tr.pillar-kts th { border-left: 4px solid var(--pillar-kts); }
tr.pillar-xhs th { border-left: 4px solid var(--pillar-xhs); }

/* Phones: tables keep their answer in view. */
@media (max-width: 40rem) {
  table { font-size: 0.875rem; }
  th, td { padding: 0.4rem 0.25rem; }
  thead th { white-space: normal; }
  tbody th { min-width: 5rem; }
  /* Long single words (English "Infrastructure") may break rather than push the answer out of view. */
  tbody th { hyphens: auto; overflow-wrap: anywhere; }
  td .badge { white-space: normal; border-radius: 0.6rem; }
  .index-ranks td.num, .pillars td.num, .unit-result td.num { white-space: normal; }
}
@media (min-width: 40rem) {
  svg .label-full { display: inline; }
  svg .label-short { display: none; }
}
@media (min-width: 48rem) {
  table.history tbody th { min-width: 14rem; }
  h1 { font-size: 2.1rem; }
  .big { font-size: 3rem; }
}
@media (min-width: 64rem) {
  table.ranking tbody th { min-width: 13rem; }
  table.ranking thead th { white-space: normal; }
  .side-by-side { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 2.5rem; align-items: start; }
}

/* In / print: a report. Charts and tables stay, navigation, buttons and the
   share block go; the address shows under the title, the source and the
   date of printing at the end. Sort buttons keep their heading text. */
@media print {
  @page { size: A4; margin: 15mm 14mm; }
  body { font-size: 10.5pt; color: #000; }
  .site-header, .site-nav, .languages, .skip-link, .search, .breadcrumbs, button:not(.sort), .site-footer .footer-links, .no-js-hint, .share, .status { display: none !important; }
  button.sort::after { content: none !important; }
  .print-url { display: block; font-size: 9pt; color: #000; margin-top: -0.25rem; }
  .print-only { display: block; }
  .wrap { max-width: none; padding: 0; }
  h1 { font-size: 18pt; margin-top: 0; }
  h2 { font-size: 13pt; margin: 1rem 0 0.5rem; }
  a { color: #000; text-decoration: none; }
  .table-scroll { overflow: visible; background: none; }
  table { font-size: 8.5pt; }
  th, td { padding: 0.2rem 0.35rem; }
  thead th { white-space: normal; }
  figure, tr, .headline, .card { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .headline { padding: 0.5rem 0.75rem; margin-bottom: 0.75rem; }
  .big { font-size: 24pt; }
  .badge { border: 1px solid #000; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  svg, .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  details > *:not(summary) { display: block; }
  details.chart-data { display: none; }
  figure.chart { margin-bottom: 0.5rem; }
  .side-by-side { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 1.5rem; align-items: start; }
  .site-footer { margin-top: 1rem; padding: 0.5rem 0; background: none; border-top: 1px solid #000; font-size: 8.5pt; }
}

/* Methodology breaks and periods that are not compared */
.break-note { color: var(--color-muted, #4a5560); font-style: italic; }
svg .break-rule { stroke: #4a5560; stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .break-label { fill: #4a5560; }

"""#
}
