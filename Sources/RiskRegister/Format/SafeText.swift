/// Text from a file made safe to print on a terminal: control characters (C0, DEL, C1), line and
/// paragraph separators and the bidirectional overrides and isolates are shown as visible escapes
/// (`\u{1B}`), so a register can never retitle a terminal, move its cursor or reorder what it
/// shows; long values are cut with their size said.
public enum SafeText {
    /// True for a scalar that must not reach a terminal as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028...0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E...0x200F, 0x061C: true
        default: false
        }
    }

    /// The text with every unsafe scalar escaped; with `keepLineBreaks`, LF and tab stay as they are.
    public static func visible(_ text: String, keepLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if keepLineBreaks && (scalar == "\n" || scalar == "\t") {
                result.unicodeScalars.append(scalar)
            } else if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The text on one line, escaped and cut to `limit` characters, in double quotes:
    /// `"Corp\u{A}5"`, `"aaaa… (100000 characters)"`.
    public static func quoted(_ text: String, limit: Int = 80) -> String {
        "\"" + cut(visible(text), limit: limit, total: text.count) + "\""
    }

    /// The text escaped and cut to `limit` characters, saying how long it was.
    public static func cut(_ text: String, limit: Int, total: Int? = nil) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "… (\(total ?? text.count) characters)"
    }
}
