/// Collects every format problem met while decoding one file, so all of them can be reported at once.
final class DecodeLog {
    private(set) var problems: [FormatProblem] = []
    /// The id of the entry being decoded, if any.
    var entryID: String?

    func report(_ field: String, _ message: String) {
        problems.append(FormatProblem(entryID: entryID, field: field, message: message))
    }

    /// Problems found by another log (of a part decoded on its own), after those so far.
    func append(_ found: [FormatProblem]) {
        problems += found
    }
}
