/// The in-program text editor's contents: characters, a cursor between them, and what is being
/// edited. Pure; the view wraps the text to the box.
struct TextEditor: Hashable, Sendable {
    /// What the text will replace.
    let target: DetailTarget
    /// The text when the editor opened.
    let original: String
    /// The text, as characters.
    private(set) var characters: [Character]
    /// The cursor: characters before it.
    var cursor: Int
    /// True when Enter must replace a new item (Esc then removes it again).
    var isNewItem = false

    init(target: DetailTarget, text: String, isNewItem: Bool = false) {
        self.target = target
        self.original = text
        self.characters = Array(text)
        self.cursor = characters.count
        self.isNewItem = isNewItem
    }

    /// The current text.
    var text: String { String(characters) }

    /// True when the text differs from what it was.
    var isChanged: Bool { text != original }

    /// Types one character at the cursor.
    mutating func insert(_ character: Character) {
        insert(String(character))
    }

    /// Inserts text at the cursor in one step (a paste); carriage returns and CR LF pairs become
    /// line breaks. The cursor ends after the inserted text, on a character boundary.
    mutating func insert(_ text: String) {
        let inserted = Self.lineBreaksNormalised(text)
        guard !inserted.isEmpty else { return }
        if inserted.count == 1, let character = inserted.first, TextWidth.isPrintableASCII(character),
           isSimpleBoundary(cursor) {
            characters.insert(character, at: cursor)
            cursor += 1
            return
        }
        let before = String(characters[..<cursor])
        let after = String(characters[cursor...])
        resegment(before + inserted + after, cursorAtScalar: before.unicodeScalars.count + inserted.unicodeScalars.count)
    }

    /// Replaces the whole text, the cursor at its end.
    mutating func replaceText(_ text: String) {
        characters = Array(Self.lineBreaksNormalised(text))
        cursor = characters.count
    }

    mutating func backspace() {
        guard cursor > 0 else { return }
        remove(at: cursor - 1)
    }

    mutating func deleteForward() {
        guard cursor < characters.count else { return }
        remove(at: cursor)
    }

    /// Removes one character; the characters on either side may join into one (a combining mark
    /// after a removed line break joins the letter before it), and the cursor stays between them.
    private mutating func remove(at index: Int) {
        let character = characters.remove(at: index)
        cursor = index
        if TextWidth.isPrintableASCII(character) && isSimpleBoundary(index) { return }
        let before = String(characters[..<index])
        resegment(before + String(characters[index...]), cursorAtScalar: before.unicodeScalars.count)
    }

    /// True when the characters on both sides of a boundary are ASCII other than a carriage
    /// return, so that nothing inserted or removed there can join them into one character.
    private func isSimpleBoundary(_ index: Int) -> Bool {
        let left = index > 0 ? characters[index - 1] : nil
        let right = index < characters.count ? characters[index] : nil
        return [left, right].allSatisfy { $0.map { $0.isASCII && $0 != "\r" } ?? true }
    }

    /// Splits text into characters again and puts the cursor on the first character boundary at
    /// or after a scalar offset, so it never lands inside a character.
    private mutating func resegment(_ text: String, cursorAtScalar offset: Int) {
        characters = []
        characters.reserveCapacity(text.count)
        var scalars = 0
        var position: Int?
        for character in text {
            if position == nil && scalars >= offset { position = characters.count }
            characters.append(character)
            scalars += character.unicodeScalars.count
        }
        cursor = position ?? characters.count
    }

    /// Text as the editor keeps it: line breaks as LF.
    static func lineBreaksNormalised(_ text: String) -> String {
        guard text.contains(where: { $0 == "\r" || $0 == "\r\n" }) else { return text }
        return String(text.map { $0 == "\r" || $0 == "\r\n" ? "\n" : $0 })
    }

    mutating func left() { cursor = max(0, cursor - 1) }
    mutating func right() { cursor = min(characters.count, cursor + 1) }

    /// Back to the start of the word before the cursor.
    mutating func wordBack() {
        var position = cursor
        while position > 0 && characters[position - 1].isWhitespace { position -= 1 }
        while position > 0 && !characters[position - 1].isWhitespace { position -= 1 }
        cursor = position
    }

    /// Forward past the end of the word after the cursor.
    mutating func wordForward() {
        var position = cursor
        while position < characters.count && characters[position].isWhitespace { position += 1 }
        while position < characters.count && !characters[position].isWhitespace { position += 1 }
        cursor = position
    }

    /// The visual lines at a width, as ranges of characters (a line break belongs to the line it
    /// ends). Wraps at spaces, inside a word only when the word alone is wider than the line.
    func lines(width: Int) -> [Range<Int>] {
        let width = max(2, width)
        var result: [Range<Int>] = []
        var start = 0
        var column = 0
        var index = 0
        let count = characters.count
        while index < count {
            let character = characters[index]
            if character == "\n" {
                result.append(start..<index + 1)
                start = index + 1
                column = 0
                index += 1
                continue
            }
            if character == " " {
                column += 1
                index += 1
                continue
            }
            var end = index
            var wordWidth = 0
            while end < count && characters[end] != " " && characters[end] != "\n" {
                wordWidth += TextWidth.columns(of: characters[end])
                end += 1
            }
            if column + wordWidth > width - 1 && column > 0 {
                result.append(start..<index)
                start = index
                column = 0
            }
            // Hard-break a word wider than a line.
            while index < end {
                let w = TextWidth.columns(of: characters[index])
                if column + w > width - 1 && column > 0 {
                    result.append(start..<index)
                    start = index
                    column = 0
                }
                column += w
                index += 1
            }
        }
        result.append(start..<count)
        return result
    }

    /// The cursor's visual line and column at a width.
    func cursorPosition(width: Int) -> (line: Int, column: Int) {
        let lines = lines(width: width)
        var lineIndex = lines.count - 1
        for (number, range) in lines.enumerated() {
            let ends = number == lines.count - 1 ? range.upperBound + 1 : range.upperBound
            if cursor >= range.lowerBound && cursor < ends { lineIndex = number; break }
            if cursor == range.upperBound && number == lines.count - 1 { lineIndex = number; break }
        }
        let range = lines[lineIndex]
        let column = characters[range.lowerBound..<min(cursor, range.upperBound)]
            .reduce(0) { $0 + TextWidth.columns(of: $1) }
        return (lineIndex, column)
    }

    /// Moves to the line above or below, to the nearest column.
    mutating func verticalMove(_ delta: Int, width: Int) {
        let lines = lines(width: width)
        let (line, column) = cursorPosition(width: width)
        let next = line + delta
        guard lines.indices.contains(next) else {
            cursor = delta < 0 ? 0 : characters.count
            return
        }
        cursor = position(onLine: lines[next], column: column, last: next == lines.count - 1)
    }

    /// Home and End: the start or end of the visual line.
    mutating func lineStart(width: Int) {
        cursor = lines(width: width)[cursorPosition(width: width).line].lowerBound
    }

    mutating func lineEnd(width: Int) {
        let lines = lines(width: width)
        let line = cursorPosition(width: width).line
        cursor = position(onLine: lines[line], column: Int.max, last: line == lines.count - 1)
    }

    private func position(onLine range: Range<Int>, column: Int, last: Bool) -> Int {
        var position = range.lowerBound
        var used = 0
        // The last place on a line that is not the last is before its final character (a space or
        // line break) so that the cursor stays on that line.
        let end = last ? range.upperBound : max(range.lowerBound, range.upperBound - 1)
        while position < end {
            let w = TextWidth.columns(of: characters[position])
            if used + w > column { break }
            used += w
            position += 1
        }
        return position
    }
}
