import Foundation
import OrderedCollections
import RiskRegister

/// `riskreg rollup`: every register of one period together (`RollUp`): one heat map counting the
/// open entries of all of them by current rating, each register's count, and the directorate
/// risks at or above their register's escalation threshold that link to no corporate entry.
public enum RollupReport {
    /// The failure (status 2) when no register of `registers` has `period` (nil: any), naming
    /// the periods there are.
    public static func noRegister(of period: String?, among registers: [(stem: String, register: Register)], in directory: URL) -> CommandFailure {
        let periods = OrderedSet(registers.map(\.register.period)).map { SafeText.quoted($0, limit: 40) }.joined(separator: ", ")
        return CommandFailure("no register of the period \(SafeText.quoted(period ?? "", limit: 40)) in \(directory.path)"
                              + (periods.isEmpty ? "" : "; periods: \(periods)"), code: CommandFailure.badInput)
    }

    /// The roll-up as text: the registers and their counts, the grid, the entries of each cell
    /// and those off the grid, then the risks awaiting escalation (a table, its cells made safe).
    public static func lines(_ rollUp: RollUp) -> [String] {
        var lines = ["Roll-up \(rollUp.period): \(rollUp.entries.count) open entries in \(rollUp.registers.count) register"
                     + (rollUp.registers.count == 1 ? "" : "s")]
        for (stem, count) in rollUp.counts {
            let level = rollUp.registers.first { $0.stem == stem }?.register.effectiveLevel.rawValue ?? ""
            lines.append("  \(stem)  \(level)  \(count)")
        }
        lines.append("current ratings (impact ↑, likelihood →):")
        for impact in Scale.factorRange.reversed() {
            let cells = Scale.factorRange.map { likelihood -> String in
                let count = rollUp.entries(likelihood: likelihood, impact: impact).count
                let text = count == 0 ? "·" : String(count)
                return String(repeating: " ", count: max(0, 4 - text.count)) + text
            }
            lines.append("  \(impact) " + cells.joined())
        }
        lines.append("    " + Scale.factorRange.map { "   \($0)" }.joined())
        for impact in Scale.factorRange.reversed() {
            for likelihood in Scale.factorRange {
                let entries = rollUp.entries(likelihood: likelihood, impact: impact)
                guard !entries.isEmpty else { continue }
                lines.append("likelihood \(likelihood) × impact \(impact): " + entries.map(label).joined(separator: ", "))
            }
        }
        for (placement, entries) in rollUp.placements.sorted(by: { "\($0.key)" < "\($1.key)" }) {
            switch placement {
            case .cell: continue
            case .scoreOnly(let score): lines.append("score only \(score): " + entries.map(label).joined(separator: ", "))
            case .unrated: lines.append("not rated: " + entries.map(label).joined(separator: ", "))
            }
        }
        if rollUp.unescalated.isEmpty {
            return lines + ["No directorate risk at or above its escalation threshold awaits escalation."]
        }
        lines.append("Not escalated (at or above the threshold, linked to no corporate entry):")
        let rows = [["REGISTER", "ID", "SCORE", "THRESHOLD", "TITLE"]] + rollUp.unescalated.map { rolled in
            let threshold = rollUp.registers.first { $0.stem == rolled.stem }?.register.escalationThreshold ?? Register.defaultEscalationThreshold
            return [rolled.stem, rolled.entry.id, rolled.entry.current.effectiveScore.map(String.init) ?? "-", String(threshold),
                    rolled.entry.title].map { SafeText.cut(SafeText.visible($0), limit: 120) }
        }
        return lines + TextTable.lines(rows)
    }

    /// `{"period", "registers", "cells", "unescalated"}`.
    public static func json(_ rollUp: RollUp) -> JSONValue {
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

    /// "Corp 4 (lcc-2021-22-q4)".
    private static func label(_ rolled: RollUpEntry) -> String {
        "\(rolled.entry.id) (\(rolled.stem))"
    }
}
