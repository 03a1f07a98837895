/// Text made literal in HTML, for element content and quoted attribute values alike; characters
/// unsafe on a terminal other than line feed and tab (`SafeText.isUnsafe`) become U+FFFD.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` as character references.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Controls (other than tab and line feed) are not allowed in HTML text; bidirectional
                // overrides would reorder what is shown.
                if SafeText.isUnsafe(scalar) && scalar != "\n" && scalar != "\t" {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
