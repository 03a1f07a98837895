/// A command line the argument parser should refuse, showing the usage (status 64): what is wrong.
public struct UsageMistake: Error, Equatable, CustomStringConvertible {
    /// What is wrong, in plain words.
    public let message: String

    /// A mistake saying `message`.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
