import Foundation
import RiskRegister

/// `riskreg new-quarter`: next quarter's register started from one of the data directory
/// (`NewQuarter`) and written beside it under a new name, never over an existing file.
public struct NewQuarterFile {
    /// The new file.
    public let file: URL
    /// Its stem.
    public let stem: String
    /// The new register.
    public let register: Register
    /// The stem of the register it came from.
    public let previous: String
    /// The entries whose target date passed before the new period began.
    public let passedTargetDates: [(id: String, date: String)]

    /// Makes the register following `source` (for `period`, else the quarter after) started at
    /// `now`, and writes it into `directory`; fails (status 2) when the period cannot follow or
    /// the file exists.
    public init(from source: LoadedRegister, period: Period?, directory: URL, now: String) throws(CommandFailure) {
        let made: (stem: String, register: Register)
        switch NewQuarter.make(from: source.register, stem: source.stem, period: period, now: now) {
        case .success(let result): made = result
        case .failure(let failure):
            throw CommandFailure("\(source.fileName): \(failure)", code: CommandFailure.badInput)
        }
        file = directory.appendingPathComponent("\(made.stem).json")
        try NewRegisterFile.ensureAbsent(file)
        try NewRegisterFile.create(made.register, at: file)
        stem = made.stem
        register = made.register
        previous = source.stem
        passedTargetDates = NewQuarter.passedTargetDates(in: made.register)
    }

    /// `{"file", "stem", "period", "previous", "entries", "passedTargetDates": [{"id", "targetDate"}]}`.
    public var json: JSONValue {
        .object(["file": .string(file.path), "stem": .string(stem), "period": .string(register.period), "previous": .string(previous),
                 "entries": .int(register.entries.count),
                 "passedTargetDates": .array(passedTargetDates.map { .object(["id": .string($0.id), "targetDate": .string($0.date)]) })])
    }

    /// The line asking for new target dates where some have passed, else nil.
    public var passedTargetDatesWarning: String? {
        guard !passedTargetDates.isEmpty else { return nil }
        let count = passedTargetDates.count
        return "riskreg: \(count) target date\(count == 1 ? " has" : "s have") passed before \(register.period) began; set new ones: "
            + passedTargetDates.map { "\($0.id) (\($0.date))" }.joined(separator: ", ")
    }
}
