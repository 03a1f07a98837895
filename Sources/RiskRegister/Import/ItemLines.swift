/// A list cell read back into items: the inverse of `EntryTable.line`. Each line that is not
/// blank is an item: two leading spaces per sub-level (at most 3), then `[heading] ` when the line
/// starts with a bracketed heading followed by a space (but `[…]`, the mark of text lost from the
/// source, is never a heading); in the progress list also a date
/// (`2026-11-22 `) and, after it, `(author) `. Writing the items again gives the same lines.
enum ItemLines {
    /// The items of a cell. Ids are derived from the entry, the list, the position and the text
    /// (`Item.derivedIdentifier`), so importing the same sheet twice gives the same ids.
    static func items(_ cell: String, list: String, entry: String) -> [Item] {
        lines(cell).enumerated().map { index, line in
            item(line, list: list, entry: entry, index: index)
        }
    }

    /// The lines of a cell that are not blank, without trailing white space; a line break is
    /// LF, CR LF or CR.
    static func lines(_ cell: String) -> [String] {
        cell.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .compactMap { line in
                guard let last = line.lastIndex(where: { !$0.isWhitespace }) else { return nil }
                return String(line[...last])
            }
    }

    private static func item(_ line: String, list: String, entry: String, index: Int) -> Item {
        var rest = Substring(line)
        var level = 0
        while level < 3, rest.hasPrefix("  ") {
            rest = rest.dropFirst(2)
            level += 1
        }
        var heading: String?
        if rest.hasPrefix("["), !rest.hasPrefix("[…]"), let close = rest.firstIndex(of: "]"),
           close > rest.index(after: rest.startIndex), rest[rest.index(after: close)...].hasPrefix(" ") {
            heading = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(close, offsetBy: 2)...]
        }
        var date: String?
        var author: String?
        if list == "progress", rest.count > 11, isDate(rest.prefix(10)), rest.dropFirst(10).hasPrefix(" ") {
            date = String(rest.prefix(10))
            rest = rest.dropFirst(11)
            if rest.hasPrefix("("), let close = rest.firstIndex(of: ")"), rest[rest.index(after: close)...].hasPrefix(" ") {
                author = String(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(close, offsetBy: 2)...]
            }
        }
        let text = String(rest)
        return Item(id: Item.derivedIdentifier(entry: entry, list: list, index: index, text: text), text: text,
                    heading: heading, level: level, date: date, author: author)
    }

    /// "2026-11-22": four digits, a dash, two digits, a dash, two digits.
    private static func isDate(_ text: Substring) -> Bool {
        let characters = Array(text)
        return characters.count == 10 && characters.enumerated().allSatisfy { offset, character in
            offset == 4 || offset == 7 ? character == "-" : character.isASCII && character.isNumber
        }
    }
}
