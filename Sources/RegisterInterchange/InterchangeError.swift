/// Why a spreadsheet could not be read or a workbook or CSV file written. The message names the
/// file, and where it can the sheet, row and column; `isBadInput` tells a reader's refusal of its
/// input (the command line's status 2) from a failure to write (status 1).
public struct InterchangeError: Error, CustomStringConvertible, Equatable {
    /// What went wrong, for the person who ran the command.
    public let message: String
    /// True when the input was refused (not a spreadsheet, a quoting error, too large); false when
    /// writing failed.
    public let isBadInput: Bool

    /// A failure with `message`; `isBadInput` for a refused input.
    public init(_ message: String, isBadInput: Bool) {
        self.message = message
        self.isBadInput = isBadInput
    }

    public var description: String { message }

    /// A refused input.
    static func badInput(_ message: String) -> InterchangeError {
        InterchangeError(message, isBadInput: true)
    }

    /// A failure to write.
    static func writeFailed(_ message: String) -> InterchangeError {
        InterchangeError(message, isBadInput: false)
    }
}
