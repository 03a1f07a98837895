import Foundation

/// How a character from data becomes screen cells: control characters and escape sequences become
/// a visible placeholder; on a terminal without Unicode, every other non-ASCII character becomes
/// ASCII of the same width, so that nothing shifts.
enum DisplayText {
    /// Shown instead of a control character.
    static func placeholder(unicode: Bool) -> String { unicode ? "\u{FFFD}" : "?" }

    /// True when the character holds a C0 or C1 control, DEL, a line or paragraph separator, or a
    /// bidirectional override: anything that would move the terminal's cursor or reorder text.
    static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x2028...0x2029, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
    }

    /// The cell contents for one character, one string per column: empty for a zero-width
    /// character, one string for a narrow one, and for a wide one either the character (whose
    /// second column is a continuation) or, without Unicode, two ASCII characters.
    static func columns(for character: Character, unicode: Bool) -> [String] {
        if TextWidth.isPrintableASCII(character) { return [String(character)] }
        if isControl(character) { return [placeholder(unicode: unicode)] }
        let width = TextWidth.columns(of: character)
        guard width > 0 else { return [] }
        if unicode || character.isASCII { return [String(character)] }
        guard width == 1 else { return Array(repeating: "?", count: width) }
        return [ascii(for: character)]
    }

    /// A character that would join the one before it when drawn beside it, as a character of its
    /// own: a mark on a dotted circle (as Unicode charts show marks), anything else the placeholder.
    static func standalone(_ character: String, unicode: Bool) -> String {
        guard unicode, let first = character.unicodeScalars.first else { return placeholder(unicode: unicode) }
        switch first.properties.generalCategory {
        case .spacingMark, .nonspacingMark, .enclosingMark: return "\u{25CC}" + character
        default: return placeholder(unicode: unicode)
        }
    }

    /// One ASCII character standing for a narrow non-ASCII character: punctuation, arrows and
    /// box drawing by a table, letters without their accents ("é" becomes "e"), else "?".
    static func ascii(for character: Character) -> String {
        if let scalar = character.unicodeScalars.first, let replacement = asciiPunctuation(scalar) {
            return replacement
        }
        let folded = String(character).folding(options: .diacriticInsensitive, locale: nil)
        return folded.count == 1 && folded.allSatisfy(\.isASCII) && !folded.allSatisfy(\.isWhitespace) ? folded : "?"
    }

    private static func asciiPunctuation(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00A0, 0x2000...0x200A, 0x202F: " "
        case 0x2018, 0x2019, 0x201A, 0x2032: "'"
        case 0x201C, 0x201D, 0x201E, 0x2033: "\""
        case 0x2010...0x2015, 0x2212, 0x2500, 0x2550: "-"
        case 0x2022, 0x25E6, 0x25AA, 0x25CF, 0x2023: "*"
        case 0x00B7, 0x2026: "."
        case 0x00D7: "x"
        case 0x2260: "!" // ≠, the mark of a printed anomaly: as Glyphs.ascii draws it
        case 0x2190: "<"
        case 0x2192: ">"
        case 0x2191: "^"
        case 0x2193: "v"
        case 0x2502, 0x2551: "|"
        case 0x250C, 0x2510, 0x2514, 0x2518, 0x2554, 0x2557, 0x255A, 0x255D: "+"
        default: nil
        }
    }
}
