/// Why a file's bytes are not a register.
public enum RegisterFileError: Error, Equatable, Sendable {
    /// The bytes are not JSON.
    case syntax(JSONSyntaxError)
    /// The JSON does not fit the format.
    case format([FormatProblem])

    /// One line per problem, each prefixed with the file name: `file:line:column: error: …` for
    /// syntax errors, `file: error: entry CR3, field current.score: …` for format problems.
    public func messages(file: String) -> [String] {
        switch self {
        case .syntax(let error):
            ["\(file):\(error.line):\(error.column): error: \(error.message)"]
        case .format(let problems):
            problems.map { "\(file): error: \($0)" }
        }
    }
}
