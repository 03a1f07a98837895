/// Measures text in terminal columns, with the rules of `wcwidth` in a UTF-8 locale: East Asian
/// wide and fullwidth characters and emoji take 2 columns, combining marks and format characters 0,
/// everything else 1. The table is built in, so the answer never depends on the process's locale.
///
/// Control characters count 1: the screen shows them as a one-column placeholder.
public enum TextWidth {
    /// The columns a string takes.
    public static func columns(of text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + columns(of: $1) }
    }

    /// The columns one character (grapheme cluster) takes: 0, 1 or 2.
    public static func columns(of character: Character) -> Int {
        if isPrintableASCII(character) { return 1 }
        if DisplayText.isControl(character) { return 1 }
        guard let base = character.unicodeScalars.first(where: { columns(of: $0) > 0 }) else { return 0 }
        let emojiStyle = character.unicodeScalars.contains("\u{FE0F}") && base.properties.isEmoji
        return emojiStyle ? 2 : columns(of: base)
    }

    /// The columns one Unicode scalar takes on its own: 0, 1 or 2.
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 || value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
        if value == 0x00AD { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation || wideRanges.contains(where: { $0.contains(value) }) { return 2 }
        return 1
    }

    /// The longest prefix of `text` that fits in `width` columns; when something had to be cut,
    /// the prefix ends with `ellipsis` (which fits in the width too).
    public static func truncate(_ text: String, to width: Int, ellipsis: String) -> String {
        guard columns(of: text) > width else { return text }
        let room = width - columns(of: ellipsis)
        guard room >= 0 else { return prefix(of: text, fitting: width) }
        return prefix(of: text, fitting: room) + ellipsis
    }

    /// `text` followed by spaces up to `width` columns, or truncated to it.
    public static func pad(_ text: String, to width: Int, ellipsis: String) -> String {
        let fitted = truncate(text, to: width, ellipsis: ellipsis)
        return fitted + String(repeating: " ", count: max(0, width - columns(of: fitted)))
    }

    /// True for a space, letter, digit or punctuation of ASCII: the common case, answered first.
    static func isPrintableASCII(_ character: Character) -> Bool {
        guard let value = character.asciiValue else { return false }
        return (0x20..<0x7F).contains(value)
    }

    /// The longest prefix of whole characters that fits in `width` columns.
    static func prefix(of text: String, fitting width: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            let next = columns(of: character)
            guard used + next <= width else { break }
            used += next
            result.append(character)
        }
        return result
    }

    /// East Asian Wide and Fullwidth blocks (Unicode 15) that are not emoji; emoji come from
    /// `isEmojiPresentation`.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
