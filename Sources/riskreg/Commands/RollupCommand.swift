import ArgumentParser
import OrderedCollections
import RiskRegister

/// `riskreg rollup`: every register of one period together (`RollUp`): one heat map counting the
/// open entries of all of them by current rating, each register's count, and the directorate
/// risks at or above their register's escalation threshold that link to no corporate entry.
struct RollupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup",
        abstract: "Roll up every register of a period: one heat map, and the risks not yet escalated.",
        discussion: """
        Counts the open entries of every register of the period (the corporate register and each \
        directorate's) by current likelihood and impact, lists how many each register brings, and \
        lists the open directorate risks whose current score is at or above their register's \
        escalationThreshold (default \(Register.defaultEscalationThreshold)) and that link to no entry \
        of a corporate register (escalated-to or rolls-up-into: `riskreg link`). Exit 0, 1 when any \
        risk awaits escalation, 2 when no register has that period or the data directory cannot be read.
        """
    )

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: "The period (\"2021/22 Q4\"); default the latest any register has.")
    var period: String?

    @Flag(name: .long, help: "Print a JSON object: period, registers, cells, unescalated.")
    var json = false

    func run() throws {
        let scan = try CommandFailure.asBadInput { try data.load() }
        scan.failures.forEach { $0.messages.forEach(StandardError.print) }
        let registers = scan.registers.map { (stem: $0.stem, register: $0.register) }
        guard let rollUp = RollUp(period: period, all: registers) else {
            let periods = OrderedSet(registers.map(\.register.period)).map { SafeText.quoted($0, limit: 40) }.joined(separator: ", ")
            throw CommandFailure("no register of the period \(SafeText.quoted(period ?? "", limit: 40)) in \(data.directory.path)"
                                 + (periods.isEmpty ? "" : "; periods: \(periods)"), code: CommandFailure.badInput)
        }
        if json {
            Output.printJSON(Self.json(rollUp))
        } else {
            print(rollUp)
        }
        if !rollUp.unescalated.isEmpty { throw ExitCode.failure }
    }

    private func print(_ rollUp: RollUp) {
        Output.line("Roll-up \(rollUp.period): \(rollUp.entries.count) open entries in \(rollUp.registers.count) register"
                    + (rollUp.registers.count == 1 ? "" : "s"))
        for (stem, count) in rollUp.counts {
            let level = rollUp.registers.first { $0.stem == stem }?.register.effectiveLevel.rawValue ?? ""
            Output.line("  \(stem)  \(level)  \(count)")
        }
        Output.line("current ratings (impact ↑, likelihood →):")
        for impact in Scale.factorRange.reversed() {
            let cells = Scale.factorRange.map { likelihood -> String in
                let count = rollUp.entries(likelihood: likelihood, impact: impact).count
                let text = count == 0 ? "·" : String(count)
                return String(repeating: " ", count: max(0, 4 - text.count)) + text
            }
            Output.line("  \(impact) " + cells.joined())
        }
        Output.line("    " + Scale.factorRange.map { "   \($0)" }.joined())
        for impact in Scale.factorRange.reversed() {
            for likelihood in Scale.factorRange {
                let entries = rollUp.entries(likelihood: likelihood, impact: impact)
                guard !entries.isEmpty else { continue }
                Output.line("likelihood \(likelihood) × impact \(impact): " + entries.map { "\($0.entry.id) (\($0.stem))" }.joined(separator: ", "))
            }
        }
        for (placement, entries) in rollUp.placements.sorted(by: { "\($0.key)" < "\($1.key)" }) {
            switch placement {
            case .cell: continue
            case .scoreOnly(let score):
                Output.line("score only \(score): " + entries.map { "\($0.entry.id) (\($0.stem))" }.joined(separator: ", "))
            case .unrated:
                Output.line("not rated: " + entries.map { "\($0.entry.id) (\($0.stem))" }.joined(separator: ", "))
            }
        }
        if rollUp.unescalated.isEmpty {
            Output.line("No directorate risk at or above its escalation threshold awaits escalation.")
            return
        }
        Output.line("Not escalated (at or above the threshold, linked to no corporate entry):")
        let rows = [["REGISTER", "ID", "SCORE", "THRESHOLD", "TITLE"]] + rollUp.unescalated.map { rolled in
            let threshold = rollUp.registers.first { $0.stem == rolled.stem }?.register.escalationThreshold ?? Register.defaultEscalationThreshold
            return [rolled.stem, rolled.entry.id, rolled.entry.current.effectiveScore.map(String.init) ?? "-", String(threshold),
                    rolled.entry.title].map { SafeText.cut(SafeText.visible($0), limit: 120) }
        }
        Output.print(TextTable.render(rows), terminator: "")
    }

    private static func json(_ rollUp: RollUp) -> JSONValue {
        func entry(_ rolled: RollUpEntry) -> JSONValue {
            .object(["register": .string(rolled.stem), "id": .string(rolled.entry.id), "uid": .string(rolled.entry.uid),
                     "title": .string(rolled.entry.title), "current": RatingJSON.value(rolled.entry.current)])
        }
        let registers: [JSONValue] = rollUp.registers.map { member in
            .object(["register": .string(member.stem), "level": .string(member.register.effectiveLevel.rawValue),
                     "escalationThreshold": .int(member.register.escalationThreshold ?? Register.defaultEscalationThreshold),
                     "openEntries": .int(rollUp.entries.filter { $0.stem == member.stem }.count)])
        }
        var cells: [JSONValue] = []
        for impact in Scale.factorRange.reversed() {
            for likelihood in Scale.factorRange {
                let entries = rollUp.entries(likelihood: likelihood, impact: impact)
                guard !entries.isEmpty else { continue }
                cells.append(.object(["likelihood": .int(likelihood), "impact": .int(impact), "count": .int(entries.count),
                                      "entries": .array(entries.map(entry))]))
            }
        }
        return .object(["period": .string(rollUp.period), "registers": .array(registers), "cells": .array(cells),
                        "unescalated": .array(rollUp.unescalated.map(entry))])
    }
}
