import Foundation
import RiskRegister

/// Writes generated register files (`riskreg-bench generate`): `registers` files of `entries`
/// entries each, valid register files written with `RegisterFile.encode`, the same bytes for the
/// same seed.
struct DatasetGenerator {
    /// Entries per register.
    let entries: Int
    /// How many register files.
    let registers: Int
    /// The seed of every random choice.
    let seed: UInt64

    /// The names, titles and periods of the files.
    var plan: RegisterPlan { RegisterPlan(count: registers) }

    /// Writes the files into `directory` (created if missing); the total bytes written.
    @discardableResult
    func write(to directory: URL) throws -> Int {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let sheets = plan.sheets
        var total = 0
        for (index, sheet) in sheets.enumerated() {
            let bytes = RegisterFile.encode(register(sheet, holdsToken: index == sheets.count - 1, number: index))
            try Data(bytes).write(to: directory.appendingPathComponent("\(sheet.stem).json"))
            total += bytes.count
        }
        return total
    }

    /// One register of the plan; the register that holds the token has it in one entry's title.
    private func register(_ sheet: RegisterPlan.Sheet, holdsToken: Bool, number: Int) -> Register {
        var writer = EntryWriter(seed: seed &+ UInt64(number) &* 0x9E37_79B9)
        let tokenIndex = RegisterPlan.tokenEntryIndex(entries: entries)
        let list = (0..<entries).map { index in
            writer.entry(code: sheet.code, index: index, extra: holdsToken && index == tokenIndex ? RegisterPlan.token : nil)
        }
        let source = RegisterSource(document: "riskreg-bench generate, seed \(seed)",
                                    heading: "Example County Council \(sheet.title) \(sheet.period)",
                                    periodEvidence: "Generated for the scale benchmark (docs/benchmarks.md).")
        return Register(organisation: "Example County Council", title: sheet.title, period: sheet.period, source: source,
                        entries: list)
    }
}
