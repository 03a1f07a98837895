import ArgumentParser
import Foundation
import RiskRegister

/// `riskreg heatmap`: the 5×5 grid of a register's open entries for one rating, as text: impact
/// rows 5 to 1, likelihood columns 1 to 5, the count in each cell, then the ids of each cell and
/// the score-only and unrated entries. Cells are coloured by band only on a terminal, and never
/// when NO_COLOR is set.
struct HeatmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heatmap",
        abstract: "Print a register's heat map: entries counted by likelihood and impact.",
        discussion: """
        Closed entries are not counted. An entry printed with a score only is never placed on the \
        grid by guessing its factors: it is listed under it by score. Opportunities' colours read \
        the other way (a high score is good). Exit 0, or 2 when the register cannot be found or read.
        """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Option(name: .long, help: "The rating: current, target or residual.")
    var view: RatingKind = .current

    @Option(name: .long, help: "The entries: risk, opportunity or all.")
    var kind: HeatmapKind = .all

    /// Width of one grid column.
    private static let cellWidth = 10

    func run() throws {
        let loaded = try CommandFailure.asBadInput { try registerOption.pick(in: data) }
        let register = loaded.register
        let entries = register.entries.filter { entry in
            !entry.isClosed && (kind == .all || entry.kind.rawValue == kind.rawValue)
        }
        let map = HeatMap(entries: entries, rating: view)
        // Appetite is about the current rating of risks.
        let outside = view == .current ? HeatMapMarks.outside(entries, appetite: register.appetite) : []
        let entryKind: EntryKind = kind == .opportunity ? .opportunity : .risk
        let environment = ProcessInfo.processInfo.environment
        let colour = isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil
        let what = kind == .all ? "risks and opportunities" : kind == .risk ? "risks" : "opportunities"
        Output.line("\(register.title) \(register.period) (\(loaded.stem)): \(view.rawValue) ratings of \(entries.count) \(what)")
        let labels = Scale.factorRange.map { "\($0) " + impactLabel($0, scale: register.scale) }
        let labelWidth = labels.map { SafeText.visible($0).count }.max() ?? 0
        for impact in Scale.factorRange.reversed() {
            var line = Self.pad(SafeText.visible(labels[impact - 1]), labelWidth) + " "
            for likelihood in Scale.factorRange {
                let count = map.ids(likelihood: likelihood, impact: impact).count
                let mark = map.anomalous.contains(.cell(likelihood: likelihood, impact: impact)) ? HeatMapMarks.printed : ""
                let text = Self.pad(count == 0 ? "  ·" : String(format: "%3d", count) + mark, Self.cellWidth)
                let band = register.scale.band(for: Scale.score(likelihood: likelihood, impact: impact))
                line += colour ? Self.coloured(text, band?.colour(for: entryKind)) : text
            }
            // The label is made safe above; the colour codes are riskreg's own.
            print(colour ? line : Self.trimmed(line))
        }
        Output.line(Self.trimmed(String(repeating: " ", count: labelWidth + 1)
                    + Scale.factorRange.map { Self.pad(String((register.scale.likelihoodLabel($0) ?? "\($0)").prefix(Self.cellWidth - 1)), Self.cellWidth) }
                        .joined()))
        Output.line(String(repeating: " ", count: labelWidth + 1) + "likelihood →   (impact ↑)")
        for impact in Scale.factorRange.reversed() {
            for likelihood in Scale.factorRange {
                let ids = map.ids(likelihood: likelihood, impact: impact)
                guard !ids.isEmpty else { continue }
                let score = Scale.score(likelihood: likelihood, impact: impact)
                Output.line("likelihood \(likelihood) × impact \(impact) (\(score)): "
                            + ids.map { HeatMapMarks.label($0, in: map, outside: outside) }.joined(separator: ", "))
            }
        }
        HeatMapMarks.legend(map, outside: outside).forEach(Output.line)
        for group in map.scoreOnly {
            Output.line("score only \(group.score): \(group.ids.joined(separator: ", "))")
        }
        if !map.unrated.isEmpty {
            Output.line("not rated: \(map.unrated.joined(separator: ", "))")
        }
    }

    /// The impact label of the kinds shown: "Catastrophic/Outstanding" for both where they differ.
    private func impactLabel(_ impact: Int, scale: Scale) -> String {
        let kinds: [EntryKind] = switch kind {
        case .risk: [.risk]
        case .opportunity: [.opportunity]
        case .all: [.risk, .opportunity]
        }
        var labels: [String] = []
        for label in kinds.compactMap({ scale.impactLabel(impact, for: $0) }) where !labels.contains(label) {
            labels.append(label)
        }
        return labels.joined(separator: "/")
    }

    private static func trimmed(_ text: String) -> String {
        String(text.reversed().drop { $0 == " " }.reversed())
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// The text on the band's colour (ANSI 256-colour background, black text).
    private static func coloured(_ text: String, _ colour: BandColour?) -> String {
        guard let colour else { return text }
        let code = switch colour {
        case .green: 114
        case .yellow: 228
        case .amber: 215
        case .red: 203
        }
        return "\u{1B}[30;48;5;\(code)m\(text)\u{1B}[0m"
    }
}
