/// Cells a spreadsheet program would run as formulas, made harmless in the CSV riskreg writes and
/// restored when riskreg imports a CSV (docs/exports.md, "Formulas"). As OWASP advises against
/// CSV injection, a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a `'`
/// in front, which Excel and LibreOffice show as text. So that import can tell the `'` riskreg
/// added from one the text had, a cell that already starts with `'`s before such a character
/// gets one more: writing then reading gives back every text exactly.
enum CSVFormula {
    /// The characters a formula cell starts with.
    private static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` as written to a CSV file: with a `'` in front when, after any `'`s, it starts with a
    /// formula character.
    static func neutralised(_ text: String) -> String {
        startsWithFormula(text, quotes: 0...) ? "'" + text : text
    }

    /// A cell read from a CSV file as its text: the `'` that `neutralised` added taken off (one
    /// `'` from a cell of `'`s followed by a formula character).
    static func restored(_ cell: String) -> String {
        startsWithFormula(cell, quotes: 1...) ? String(cell.unicodeScalars.dropFirst()) : cell
    }

    /// True when `text` starts with a number of `'`s in `quotes`, then a formula character.
    private static func startsWithFormula(_ text: String, quotes: PartialRangeFrom<Int>) -> Bool {
        let scalars = text.unicodeScalars
        let leading = scalars.prefix { $0 == "'" }
        guard quotes.contains(leading.count), let first = scalars.dropFirst(leading.count).first else { return false }
        return triggers.contains(first)
    }
}
