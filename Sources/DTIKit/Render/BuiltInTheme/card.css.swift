extension BuiltInTheme {
    /// `card.css` of the built-in theme. The layout of a unit's embed card
    /// (`don-vi/<slug>/nhung/`) and its one-page A4 card (`don-vi/<slug>/in/`),
    /// published as `/assets/card.css`. Those pages load style.css first, so
    /// colours and class badges come from its `:root`; this file only lays
    /// out the two cards and sets the printed page to A4. Sizes on paper are
    /// in millimetres and points: CI prints every unit's card to PDF and
    /// checks it is exactly one page.
    ///
    /// Between the delimiters is the file exactly, byte for byte: it starts
    /// at the first column, and the empty line before the closing delimiter
    /// is the file's final newline. A `Theme/card.css` replaces it.
    static let cardCSS = #"""
/* dti – embed card and A4 printed card.
   Colours come from style.css (:root); this file only lays the cards out. */

/* Embed card (iframe) */
body.embed { margin: 0; }
.embed-card { padding: 0.75rem 1rem; max-width: 36rem; }
.card-site { display: flex; align-items: center; gap: 0.4rem; margin: 0 0 0.25rem; font-size: 0.85rem; color: var(--color-muted); }
.embed-card h1 { font-size: 1.3rem; margin: 0 0 0.1rem; }
.card-context { color: var(--color-muted); margin: 0 0 0.5rem; }
.card-score { margin: 0; }
.card-score strong { font-size: 2rem; line-height: 1.2; color: var(--color-link); }
.card-label, .card-max { color: var(--color-muted); }
.card-rank { margin: 0.1rem 0 0.25rem; font-size: 1.1rem; }
.card-change { margin: 0 0 0.5rem; color: var(--color-muted); }
.card-change.up { color: var(--change-up); }
.card-change.down { color: var(--change-down); }
.card-bars, .pc-table { width: 100%; border-collapse: collapse; }
.card-bars { font-size: 0.9rem; }
.card-bars caption, .pc-table caption { text-align: left; color: var(--color-muted); font-size: 0.85rem; caption-side: bottom; padding-top: 0.25rem; }
.card-bars th { text-align: left; font-weight: 400; padding: 0.15rem 0.5rem 0.15rem 0; }
.card-bars td { padding: 0.15rem 0; width: 35%; }
.card-bars td.num, .pc-table td.num { width: auto; text-align: right; white-space: nowrap; padding-left: 0.5rem; }
svg.card-bar { display: block; width: 100%; min-width: 3rem; height: 0.75rem; }
svg.card-bar .track { fill: var(--color-surface); stroke: var(--color-rule); stroke-width: 1; vector-effect: non-scaling-stroke; }
svg.card-bar .fill { fill: var(--color-link); }
svg.card-bar .mean { fill: var(--marker-mean); }
.card-more { margin: 0.5rem 0 0; font-size: 0.95rem; }

/* The A4 card on screen */
body.print { background: var(--color-surface); }
.print-card { max-width: 210mm; margin: 0 auto; padding: 1rem; background: var(--color-background); }
.print-note { background: #fffbea; border-left: 4px solid var(--color-focus); padding: 0.5rem 0.75rem; }
.pc-head { display: flex; align-items: center; gap: 0.75rem; border-bottom: 3px solid var(--color-header); padding-bottom: 0.5rem; }
.pc-head p { margin: 0; }
.pc-site { font-weight: 700; }
.pc-publisher { color: var(--color-muted); font-size: 0.9rem; }
.print-card h1 { margin: 0.75rem 0 0.1rem; }
.print-card h2 { font-size: 1.1rem; margin: 1rem 0 0.4rem; padding-top: 0.4rem; }
.pc-headline { display: grid; gap: 0.1rem; }
.pc-table th, .pc-table td { padding: 0.2rem 0.4rem 0.2rem 0; border-bottom: 1px solid var(--color-rule); text-align: left; vertical-align: middle; }
.pc-table thead th { font-size: 0.85rem; color: var(--color-muted); font-weight: 600; }
.pc-table th[scope="row"] { font-weight: 400; }
.pc-table th.num { text-align: right; }
.pc-pillars { width: auto; min-width: 60%; }
.pc-bar-col { width: 28%; }
.pc-foot { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; justify-content: space-between; margin-top: 1rem; border-top: 1px solid var(--color-rule); padding-top: 0.5rem; font-size: 0.9rem; }
.pc-source { flex: 1 1 18rem; }
.pc-source p { margin: 0 0 0.3rem; }
.pc-url { overflow-wrap: anywhere; }
.pc-qr { margin: 0; max-width: 36mm; text-align: center; font-size: 0.8rem; }
.pc-qr svg { display: block; margin: 0 auto 0.2rem; width: 30mm; height: 30mm; }
@media (max-width: 30rem) {
  .print-card { padding: 0.75rem 0.5rem; }
  .pc-bar-col { display: none; }
  .pc-table th.num { white-space: normal; }
  .pc-table th, .pc-table td, .pc-table td.num { padding-right: 0.25rem; padding-left: 0.25rem; }
}
@media (min-width: 48rem) {
  .print-card { margin: 1rem auto; padding: 12mm; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2); }
}

/* In print: exactly one A4 sheet */
@page { size: A4; margin: 12mm; }
@media print {
  body.print { background: #fff; font-size: 11pt; }
  .print-card { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .print-note { display: none; }
  .pc-site { font-size: 12pt; }
  .print-card h1 { font-size: 24pt; margin-top: 5mm; }
  .print-card h2 { font-size: 13pt; margin: 5mm 0 2mm; }
  .card-score strong { font-size: 30pt; }
  .card-rank { font-size: 15pt; }
  .pc-table { font-size: 10.5pt; }
  .pc-table th, .pc-table td { padding: 1.1mm 1.5mm 1.1mm 0; }
  .pc-table .pc-bar-col { display: table-cell; padding-left: 3mm; }
  svg.card-bar { height: 3.5mm; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .pc-foot { font-size: 9pt; break-inside: avoid; margin-top: 5mm; }
  .pc-qr svg { width: 35mm; height: 35mm; }
  .pc-qr { max-width: 40mm; }
  .pc-url { color: #000; }
  .pc-table.pc-many { font-size: 9pt; }
  .pc-table.pc-many th, .pc-table.pc-many td { padding-top: 0.4mm; padding-bottom: 0.4mm; }
  .print-card, .pc-foot, .pc-table { break-inside: avoid; }
}

"""#
}
