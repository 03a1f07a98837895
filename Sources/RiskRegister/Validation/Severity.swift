/// How serious a diagnostic is.
public enum Severity: String, Sendable, Equatable, Comparable {
    /// An oddity of the source recorded in an entry's notes: shown, never counted.
    case note
    /// Suspicious but loadable: fails validation only with `--strict`.
    case warning
    /// The file is not a usable register.
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
