/// What `riskreg fmt` did with one register file (`CanonicalFormatting`).
public enum FormatOutcome: Equatable {
    /// The file does not load: the decoder's messages.
    case unreadable([String])
    /// The file is canonical already.
    case canonical
    /// The file is not canonical, and was left as it is (a check).
    case notCanonical
    /// The file was rewritten canonically.
    case formatted
    /// The file could not be rewritten: why.
    case writeFailed(String)
}
