/// Breaks running text into lines of a given width in columns: at spaces where it can, inside a
/// word only when the word alone is wider than a line. Line breaks in the text start new lines;
/// tabs and runs of spaces count as one space.
enum WordWrap {
    /// The lines, each at most `width` columns; at least one line, possibly empty.
    static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var result: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = ""
            var lineWidth = 0
            let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" })
            for word in words {
                var word = String(word)
                var wordWidth = TextWidth.columns(of: word)
                if !line.isEmpty && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if !line.isEmpty {
                    result.append(line)
                }
                while wordWidth > width {
                    let head = TextWidth.prefix(of: word, fitting: width)
                    let piece = head.isEmpty ? String(word.prefix(1)) : head
                    result.append(piece)
                    word = String(word.dropFirst(piece.count))
                    wordWidth = TextWidth.columns(of: word)
                }
                line = word
                lineWidth = wordWidth
            }
            result.append(line)
        }
        return result
    }
}
