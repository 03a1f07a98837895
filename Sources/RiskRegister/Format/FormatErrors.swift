/// Every problem that kept a JSON document from being a register.
public struct FormatErrors: Error, Equatable, Sendable {
    /// The problems, in file order.
    public let problems: [FormatProblem]

    /// Creates the error.
    public init(problems: [FormatProblem]) {
        self.problems = problems
    }
}
