/// Text made literal in Markdown: every ASCII punctuation character Markdown gives a meaning to
/// is escaped with a backslash (CommonMark allows it before any ASCII punctuation), line breaks
/// and tabs become spaces so that a value never starts a block of its own, and characters unsafe
/// on a terminal (`SafeText.isUnsafe`) become U+FFFD.
public enum MarkdownText {
    /// The characters escaped.
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|",
                                               "<", ">", "~", "&", "=", ":", "\"", "'"]

    /// `text` escaped for one line of Markdown (a table cell, a heading, a list item).
    public static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                result.unicodeScalars.append(" ")
            } else if SafeText.isUnsafe(scalar) {
                result.unicodeScalars.append("\u{FFFD}")
            } else {
                if special.contains(scalar) { result.unicodeScalars.append("\\") }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
