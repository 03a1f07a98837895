import Foundation
import RiskRegister

/// `riskreg heatmap`: the 5×5 grid of a register's open entries for one rating, as text: impact
/// rows 5 to 1, likelihood columns 1 to 5, the count in each cell, then the ids of each cell and
/// the score-only and unrated entries.
public struct HeatmapReport {
    /// The register shown.
    public let loaded: LoadedRegister
    /// The rating the entries are placed by.
    public let view: RatingKind
    /// Which entries are counted.
    public let kind: HeatmapKind

    /// Width of one grid column.
    private static let cellWidth = 10

    /// The heat map of `loaded`'s open entries of `kind` by their `view` rating.
    public init(_ loaded: LoadedRegister, view: RatingKind, kind: HeatmapKind) {
        self.loaded = loaded
        self.view = view
        self.kind = kind
    }

    /// The report's lines, every one already safe to print on a terminal (a register's texts
    /// escaped, see `SafeText`). With `colour`, each cell of the grid is drawn on its band's colour
    /// (ANSI codes, riskreg's own); without, the grid's lines end without trailing spaces.
    public func lines(colour: Bool) -> [String] {
        let register = loaded.register
        let entries = register.entries.filter { entry in
            !entry.isClosed && (kind == .all || entry.kind.rawValue == kind.rawValue)
        }
        let map = HeatMap(entries: entries, rating: view)
        // Appetite is about the current rating of risks.
        let outside = view == .current ? HeatMapMarks.outside(entries, appetite: register.appetite) : []
        let what = kind == .all ? "risks and opportunities" : kind == .risk ? "risks" : "opportunities"
        // The heading and the grid are made safe as they are built (the labels escaped, the colour
        // codes riskreg's own); the lines below the grid at the end.
        var lines = [SafeText.visible("\(register.title) \(register.period) (\(loaded.stem)): \(view.rawValue) ratings of \(entries.count) \(what)")]
        let labels = Scale.factorRange.map { "\($0) " + impactLabel($0, scale: register.scale) }
        let labelWidth = labels.map { SafeText.visible($0).count }.max() ?? 0
        for impact in Scale.factorRange.reversed() {
            var line = Self.pad(SafeText.visible(labels[impact - 1]), labelWidth) + " "
            for likelihood in Scale.factorRange {
                let count = map.ids(likelihood: likelihood, impact: impact).count
                let mark = map.anomalous.contains(.cell(likelihood: likelihood, impact: impact)) ? HeatMapMarks.printed : ""
                let cell = Self.pad(count == 0 ? "  ·" : String(format: "%3d", count) + mark, Self.cellWidth)
                let band = register.scale.band(for: Scale.score(likelihood: likelihood, impact: impact))
                line += colour ? Self.coloured(cell, band?.colour(for: kind == .opportunity ? .opportunity : .risk)) : cell
            }
            lines.append(colour ? line : Self.trimmed(line))
        }
        var text = [Self.trimmed(String(repeating: " ", count: labelWidth + 1)
                    + Scale.factorRange.map { Self.pad(String((register.scale.likelihoodLabel($0) ?? "\($0)").prefix(Self.cellWidth - 1)), Self.cellWidth) }
                        .joined())]
        text.append(String(repeating: " ", count: labelWidth + 1) + "likelihood →   (impact ↑)")
        for impact in Scale.factorRange.reversed() {
            for likelihood in Scale.factorRange {
                let ids = map.ids(likelihood: likelihood, impact: impact)
                guard !ids.isEmpty else { continue }
                let score = Scale.score(likelihood: likelihood, impact: impact)
                text.append("likelihood \(likelihood) × impact \(impact) (\(score)): "
                            + ids.map { HeatMapMarks.label($0, in: map, outside: outside) }.joined(separator: ", "))
            }
        }
        text += HeatMapMarks.legend(map, outside: outside)
        for group in map.scoreOnly {
            text.append("score only \(group.score): \(group.ids.joined(separator: ", "))")
        }
        if !map.unrated.isEmpty {
            text.append("not rated: \(map.unrated.joined(separator: ", "))")
        }
        return lines + text.map { SafeText.visible($0) }
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
