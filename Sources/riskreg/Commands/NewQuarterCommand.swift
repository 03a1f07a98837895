import ArgumentParser
import Foundation
import RiskRegister

/// `riskreg new-quarter`: starts next quarter's register from one of the data directory
/// (`NewQuarter`), written beside it under a new name and never over an existing file.
struct NewQuarterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-quarter",
        abstract: "Start the next quarter's register from a register of the data directory.",
        discussion: """
        Carries every open entry (texts, owners, ratings, confidence) into a new file named for the \
        new period (lcc-2021-22-q4 gives lcc-2022-23-q1.json), whose `previous` names the register it \
        came from and whose `started` is now. Closed entries, reviews, history and the printed \
        direction of travel stay behind. An existing file is never overwritten. Exit 0 when written, \
        2 when nothing was (an unknown register, a period that cannot be read or is not later, an \
        existing file).
        """
    )

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: "The register to start from: file stem (lcc-2021-22-q4), file name or period; default the newest.")
    var from: String?

    @Option(name: .long, help: "The new period (\"2022/23 Q1\"); default the quarter after the register's.")
    var period: String?

    @Flag(name: .long, help: "Print a JSON object: file, stem, period, previous, entries.")
    var json = false

    func run() throws {
        let newPeriod = try period.map { text in
            guard let parsed = Period(text) else {
                throw CommandFailure("--period \(SafeText.quoted(text, limit: 40)) is not of the form \"2022/23 Q1\"",
                                     code: CommandFailure.badInput)
            }
            return parsed
        }
        let source = try CommandFailure.asBadInput { try RegisterPicker(data: data, name: from).pick() }
        let made: (stem: String, register: Register)
        switch NewQuarter.make(from: source.register, stem: source.stem, period: newPeriod,
                               now: RegisterSaver.timestamp(Date())) {
        case .success(let result): made = result
        case .failure(let failure):
            throw CommandFailure("\(source.fileName): \(failure)", code: CommandFailure.badInput)
        }
        let file = data.directory.appendingPathComponent("\(made.stem).json")
        let exists = "\(file.path) already exists; not overwritten (nothing was written)"
        // Not followed through a link: a link, even one to nowhere, is a file already there.
        if (try? FileManager.default.attributesOfItem(atPath: file.path)) != nil {
            throw CommandFailure(exists, code: CommandFailure.badInput)
        }
        do {
            try RegisterStore.write(RegisterFile.encode(made.register), to: file, expecting: nil)
        } catch .changedOnDisk {
            throw CommandFailure(exists, code: CommandFailure.badInput)
        } catch {
            throw CommandFailure("\(error)", code: CommandFailure.badInput)
        }
        let passed = NewQuarter.passedTargetDates(in: made.register)
        if json {
            Output.printJSON(.object(["file": .string(file.path), "stem": .string(made.stem),
                                      "period": .string(made.register.period), "previous": .string(source.stem),
                                      "entries": .int(made.register.entries.count),
                                      "passedTargetDates": .array(passed.map { .object(["id": .string($0.id), "targetDate": .string($0.date)]) })]))
        } else {
            Output.line(file.path)
        }
        if !passed.isEmpty {
            StandardError.print("riskreg: \(passed.count) target date\(passed.count == 1 ? " has" : "s have") passed before "
                                + "\(made.register.period) began; set new ones: "
                                + passed.map { "\($0.id) (\($0.date))" }.joined(separator: ", "))
        }
    }
}
