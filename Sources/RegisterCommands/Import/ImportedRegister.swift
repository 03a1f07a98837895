import Foundation
import RiskRegister

/// A register built from a spreadsheet (`SpreadsheetImport`), not yet written: what is said of
/// its rows, and whether it may be written.
public struct ImportedRegister {
    /// The register and what reading the rows found.
    public let result: RegisterImport
    /// The spreadsheet's file name, for messages.
    public let name: String
    /// The new register file.
    public let target: URL
    /// True when the map named fields that do not exist.
    let namesUnknownFields: Bool

    /// The lines for standard error: a warning for each header that matches no field, each bad
    /// cell, and the fields there are when the map named others.
    public var messages: [String] {
        result.unmatched.map { "riskreg: warning: \($0)" } + result.problems.map(\.description)
            + (namesUnknownFields ? ["riskreg: the fields are \(ImportMapping.fields.joined(separator: ", ")), or - to leave a column out"] : [])
    }

    /// Why nothing may be written (status 2): a header row that cannot be used, no rows, no row
    /// read, or rows that could not be read without `partial`; nil when the register may be written.
    public func refusal(partial: Bool) -> CommandFailure? {
        let refusal: String? = if result.headerFailed {
            "the header row cannot be used"
        } else if result.rowsRead == 0 {
            "no rows to import"
        } else if result.register.entries.isEmpty {
            "none of the \(result.rowsRead) rows could be read"
        } else if !result.problems.isEmpty && !partial {
            "\(result.badRows.count) of \(result.rowsRead) rows could not be read (--partial writes the others)"
        } else {
            nil
        }
        return refusal.map { CommandFailure("\(name): \($0); nothing was written", code: CommandFailure.badInput) }
    }

    /// Writes the register to its new file, never over an existing one.
    public func write() throws(CommandFailure) {
        try NewRegisterFile.create(result.register, at: target)
    }

    /// The failure (status 2) after a partial import, naming the rows left out; nil when every row
    /// was imported.
    public var leftOut: CommandFailure? {
        guard !result.problems.isEmpty else { return nil }
        let left = result.badRows.map(String.init).joined(separator: ", ")
        return CommandFailure("\(name): imported \(result.register.entries.count) of \(result.rowsRead) rows into \(target.path); left out rows \(left)",
                              code: CommandFailure.badInput)
    }
}
