import Glibc

/// A minimal xterm-like terminal emulator: enough of VT100/xterm (cursor motion, erasing,
/// inserting and deleting, scrolling regions, SGR attributes, UTF-8 with wide and combining
/// characters, DEC line drawing) to keep the screen a curses program draws, so a benchmark can
/// read the screen and count the cells a frame changed. Modes, reports and titles are skipped.
struct ScreenEmulator {
    let width: Int
    let height: Int
    /// The cells, row by row.
    private(set) var cells: [ScreenCell]
    private var row = 0
    private var column = 0
    private var pendingWrap = false
    private var style = ScreenStyle()
    private var saved = (row: 0, column: 0, style: ScreenStyle())
    private var scrollTop = 0
    private var scrollBottom: Int
    private var lineDrawing = [false, false]
    private var shiftedOut = false
    private var state = ParserState.ground
    private var parameters: [UInt8] = []
    private var utf8: [UInt8] = []
    private var utf8Expected = 0
    private var lastPrinted: String?

    private enum ParserState {
        case ground, escape, escapeIntermediate(UInt8), controlSequence, string, stringEscape
    }

    /// A blank screen of `width` × `height`.
    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        cells = Array(repeating: .blank(), count: width * height)
        scrollBottom = height - 1
    }

    /// The screen as text, one line per row (right halves of wide characters left out).
    var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }

    /// One row as text.
    func line(_ index: Int) -> String {
        cells[(index * width)..<((index + 1) * width)].map(\.text).joined()
    }

    /// How many cells differ from `earlier` (a copy of `cells` taken before).
    func changedCells(since earlier: [ScreenCell]) -> Int {
        zip(cells, earlier).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
    }

    /// Feeds bytes the program wrote.
    mutating func feed(_ bytes: [UInt8]) {
        for byte in bytes { feed(byte) }
    }

    private mutating func feed(_ byte: UInt8) {
        switch state {
        case .ground: ground(byte)
        case .escape: escape(byte)
        case .escapeIntermediate(let intermediate):
            if intermediate == 0x28 || intermediate == 0x29 { lineDrawing[intermediate == 0x28 ? 0 : 1] = byte == 0x30 }
            state = .ground
        case .controlSequence:
            if byte >= 0x40 && byte <= 0x7E {
                controlSequence(final: byte)
                state = .ground
            } else if byte == 0x1B {
                state = .escape
            } else {
                parameters.append(byte)
            }
        case .string:
            if byte == 0x07 { state = .ground } else if byte == 0x1B { state = .stringEscape }
        case .stringEscape:
            state = byte == 0x5C ? .ground : .string
        }
    }

    private mutating func ground(_ byte: UInt8) {
        if utf8Expected > 0 {
            if byte & 0xC0 == 0x80 {
                utf8.append(byte)
                if utf8.count == utf8Expected { printUTF8() }
                return
            }
            utf8 = []
            utf8Expected = 0
        }
        switch byte {
        case 0x1B: state = .escape
        case 0x0D: column = 0; pendingWrap = false
        case 0x0A, 0x0B, 0x0C: lineFeed()
        case 0x08: if column > 0 { column -= 1 }; pendingWrap = false
        case 0x09: column = min(width - 1, (column / 8 + 1) * 8); pendingWrap = false
        case 0x0E: shiftedOut = true
        case 0x0F: shiftedOut = false
        case 0x20...0x7E: print(lineDrawing[shiftedOut ? 1 : 0] ? Self.decGraphics(byte) : String(UnicodeScalar(byte)))
        case 0xC0...0xDF: utf8 = [byte]; utf8Expected = 2
        case 0xE0...0xEF: utf8 = [byte]; utf8Expected = 3
        case 0xF0...0xF7: utf8 = [byte]; utf8Expected = 4
        default: break
        }
    }

    private mutating func printUTF8() {
        let text = String(decoding: utf8, as: UTF8.self)
        utf8 = []
        utf8Expected = 0
        print(text)
    }

    private mutating func escape(_ byte: UInt8) {
        state = .ground
        switch byte {
        case 0x5B: parameters = []; state = .controlSequence
        case 0x5D, 0x50, 0x5F, 0x5E, 0x58: state = .string
        case 0x20...0x2F: state = .escapeIntermediate(byte)
        case 0x37: saved = (row, column, style)
        case 0x38: (row, column, style) = saved; pendingWrap = false
        case 0x44: lineFeed()
        case 0x45: column = 0; lineFeed()
        case 0x4D: reverseIndex()
        case 0x63: self = ScreenEmulator(width: width, height: height)
        default: break
        }
    }

    /// Writes one character at the cursor, wrapping at the right margin.
    private mutating func print(_ character: String) {
        let scalar = character.unicodeScalars.first.map { Int32(bitPattern: $0.value) } ?? 0x20
        let cellWidth = Int(Self.wcwidth(scalar))
        if cellWidth == 0, scalar >= 0x300 {
            // A combining mark or variation selector joins the character before it.
            let target = row * width + (pendingWrap ? column : max(0, column - 1))
            let index = cells[target].text.isEmpty && target > 0 ? target - 1 : target
            cells[index].text += character
            return
        }
        let wide = cellWidth == 2
        if pendingWrap || (wide && column == width - 1) {
            column = 0
            lineFeed()
        }
        pendingWrap = false
        cells[row * width + column] = ScreenCell(text: character, style: style)
        if wide { cells[row * width + column + 1] = ScreenCell(text: "", style: style) }
        lastPrinted = character
        column += wide ? 2 : 1
        if column >= width {
            column = width - 1
            pendingWrap = true
        }
    }

    private mutating func lineFeed() {
        pendingWrap = false
        if row == scrollBottom { scroll(up: 1) } else if row < height - 1 { row += 1 }
    }

    private mutating func reverseIndex() {
        pendingWrap = false
        if row == scrollTop { scroll(up: -1) } else if row > 0 { row -= 1 }
    }

    /// Scrolls the scrolling region up (positive) or down (negative) by `count` lines.
    private mutating func scroll(up count: Int, from top: Int? = nil) {
        let first = top ?? scrollTop
        guard first <= scrollBottom else { return }
        let span = scrollBottom - first + 1
        let amount = min(abs(count), span)
        var lines = (first...scrollBottom).map { Array(cells[($0 * width)..<(($0 + 1) * width)]) }
        let blankLine = Array(repeating: ScreenCell.blank(ScreenStyle(background: style.background)), count: width)
        if count > 0 {
            lines = Array(lines.dropFirst(amount)) + Array(repeating: blankLine, count: amount)
        } else {
            lines = Array(repeating: blankLine, count: amount) + Array(lines.dropLast(amount))
        }
        for (offset, line) in lines.enumerated() {
            cells.replaceSubrange(((first + offset) * width)..<((first + offset + 1) * width), with: line)
        }
    }

    private mutating func controlSequence(final: UInt8) {
        let isPrivate = parameters.first.map { $0 >= 0x3C && $0 <= 0x3F } ?? false
        let numbers = String(decoding: parameters.filter { $0 >= 0x30 && $0 <= 0x3B }, as: UTF8.self)
            .split(separator: ";", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ":", omittingEmptySubsequences: false) }
            .map { Int($0) ?? 0 }
        let first = max(1, numbers.first ?? 1)
        let second = max(1, numbers.count > 1 ? numbers[1] : 1)
        if isPrivate {
            if final == 0x68 || final == 0x6C, numbers.contains(where: { [47, 1047, 1049].contains($0) }) { erase(0..<cells.count) }
            return
        }
        if final != 0x62 { lastPrinted = nil }
        pendingWrap = pendingWrap && final == 0x6D
        switch final {
        case 0x41: row = max(row < scrollTop ? 0 : scrollTop, row - first)
        case 0x42, 0x65: row = min(row > scrollBottom ? height - 1 : scrollBottom, row + first)
        case 0x43, 0x61: column = min(width - 1, column + first)
        case 0x44: column = max(0, column - first)
        case 0x45: row = min(height - 1, row + first); column = 0
        case 0x46: row = max(0, row - first); column = 0
        case 0x47, 0x60: column = min(width - 1, first - 1)
        case 0x48, 0x66: row = min(height - 1, first - 1); column = min(width - 1, second - 1)
        case 0x64: row = min(height - 1, first - 1)
        case 0x4A: eraseInDisplay(numbers.first ?? 0)
        case 0x4B: eraseInLine(numbers.first ?? 0)
        case 0x58: erase((row * width + column)..<(row * width + min(width, column + first)))
        case 0x40: shiftLine(insert: true, count: first)
        case 0x50: shiftLine(insert: false, count: first)
        case 0x4C: if (scrollTop...scrollBottom).contains(row) { scroll(up: -first, from: row) }; column = 0
        case 0x4D: if (scrollTop...scrollBottom).contains(row) { scroll(up: first, from: row) }; column = 0
        case 0x53: scroll(up: first)
        case 0x54: scroll(up: -first)
        case 0x62: if let repeated = lastPrinted { for _ in 0..<first { print(repeated) } }
        case 0x6D: style.apply(numbers)
        case 0x72:
            let top = (numbers.first ?? 1) - 1, bottom = (numbers.count > 1 && numbers[1] > 0 ? numbers[1] : height) - 1
            if top >= 0, top < bottom, bottom < height { scrollTop = top; scrollBottom = bottom }
            row = 0; column = 0
        case 0x73: saved = (row, column, style)
        case 0x75: (row, column, style) = saved
        default: break
        }
    }

    private mutating func eraseInDisplay(_ mode: Int) {
        switch mode {
        case 0: erase((row * width + column)..<cells.count)
        case 1: erase(0..<(row * width + column + 1))
        default: erase(0..<cells.count)
        }
    }

    private mutating func eraseInLine(_ mode: Int) {
        switch mode {
        case 0: erase((row * width + column)..<((row + 1) * width))
        case 1: erase((row * width)..<(row * width + column + 1))
        default: erase((row * width)..<((row + 1) * width))
        }
    }

    /// Blanks cells with the current background, as xterm's erase does (bce).
    private mutating func erase(_ range: Range<Int>) {
        let blank = ScreenCell.blank(ScreenStyle(background: style.background))
        for index in range where index < cells.count { cells[index] = blank }
    }

    /// Inserts (ICH) or deletes (DCH) blank cells at the cursor, shifting the rest of the line.
    private mutating func shiftLine(insert: Bool, count: Int) {
        let start = row * width + column, end = (row + 1) * width
        var line = Array(cells[start..<end])
        let amount = min(count, line.count)
        let blanks = Array(repeating: ScreenCell.blank(ScreenStyle(background: style.background)), count: amount)
        line = insert ? blanks + line.dropLast(amount) : Array(line.dropFirst(amount)) + blanks
        cells.replaceSubrange(start..<end, with: line)
    }

    /// The C library's wcwidth, the table curses lays text out by (Swift's Glibc module does not
    /// export it), looked up once; without it every character counts as one column. It needs a
    /// UTF-8 character type to know wide and combining characters: set once, here, since
    /// setlocale is not safe to call while anything else may be reading the locale.
    private static let wcwidth: @convention(c) (Int32) -> Int32 = {
        setlocale(LC_CTYPE, "C.UTF-8")
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "wcwidth") else { return { _ in 1 } }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// The DEC special graphics character for an ASCII byte (line drawing after `ESC ( 0`).
    private static func decGraphics(_ byte: UInt8) -> String {
        let table: [UInt8: String] = [0x6A: "┘", 0x6B: "┐", 0x6C: "┌", 0x6D: "└", 0x6E: "┼", 0x71: "─", 0x74: "├",
                                      0x75: "┤", 0x76: "┴", 0x77: "┬", 0x78: "│", 0x61: "▒", 0x60: "◆", 0x7E: "·"]
        return table[byte] ?? String(UnicodeScalar(byte))
    }
}
