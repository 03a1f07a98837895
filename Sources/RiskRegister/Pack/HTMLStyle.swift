/// The style sheet of the HTML pack, inside the file: screen and A4 print rules. In print the two
/// heat maps stand side by side and never break across pages; the profile table repeats its
/// header on each page; a card may run over a page, but its heading and field list stay together,
/// headings stay with what follows them, and no list item is split (docs/exports.md).
enum HTMLStyle {
    /// The CSS text.
    static let css = """
    body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 1.5em; }
    h1 { font-size: 18pt; margin-bottom: 0; }
    h2 { font-size: 13pt; border-bottom: 1px solid #888; margin-top: 1.5em; break-after: avoid; page-break-after: avoid; }
    h3 { font-size: 11pt; margin: 0 0 .4em 0; }
    h4 { font-size: 10pt; margin: .6em 0 .2em 0; }
    .organisation { color: #555; margin-top: .2em; }
    table { border-collapse: collapse; }
    th, td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; text-align: left; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    .profile th { background: #e8e8e8; }
    .stale { color: #a00; font-style: italic; }
    .heatmaps { display: flex; flex-wrap: wrap; gap: 2em; }
    .heatmap { break-inside: avoid; page-break-inside: avoid; }
    .heatmap td.cell { width: 5.5em; height: 3.6em; text-align: center; vertical-align: middle; }
    .heatmap .count { font-size: 13pt; font-weight: bold; display: block; }
    .heatmap .ids { font-size: 7.5pt; display: block; }
    .heatmap .id { white-space: nowrap; }
    .heatmap th { background: #f4f4f4; font-weight: normal; font-size: 8pt; }
    \(BandColour.allCases.map { ".\($0.rawValue) { background: \($0.cssHex); }" }.joined(separator: " "))
    .card { border: 1px solid #999; border-radius: 4px; padding: .6em .8em; margin: .8em 0; }
    .card h3, .card h4 { break-after: avoid; page-break-after: avoid; }
    .card .fields { break-inside: avoid; page-break-inside: avoid; }
    .card li { break-inside: avoid; page-break-inside: avoid; }
    .card dl { display: grid; grid-template-columns: 11em 1fr; gap: 2px 8px; margin: 0; }
    .card dt { font-weight: bold; } .card dd { margin: 0; }
    .card ul { margin: .1em 0 .1em 1.2em; padding: 0; }
    .closed { opacity: .7; }
    .muted { color: #666; }
    @page { size: A4; margin: 15mm 12mm; }
    @media print {
      body { margin: 0; font-size: 9pt; }
      .green, .yellow, .amber, .red { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .heatmaps { flex-wrap: nowrap; gap: 1.5em; }
      .heatmap td.cell { width: 3.9em; height: 3em; }
      .heatmap th { font-size: 7pt; }
      .heatmap .count { font-size: 11pt; }
      .heatmap .ids { font-size: 6.5pt; }
      .entries h2 { break-before: page; page-break-before: always; }
    }
    """
}
