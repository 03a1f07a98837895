import RiskRegister

/// How a score's band shows: a colour role, and a letter (the first of the band's name: L, M, H,
/// V) that keeps it readable without colour.
enum BandStyle {
    /// The role of a band colour.
    static func role(_ colour: BandColour) -> StyleRole {
        switch colour {
        case .green: .bandGreen
        case .yellow: .bandYellow
        case .amber: .bandAmber
        case .red: .bandRed
        }
    }

    /// The role of a score for an entry kind (opportunities read the other way); dim without a score.
    static func role(for score: Int?, scale: Scale, kind: EntryKind) -> StyleRole {
        guard let score, let band = scale.band(for: score) else { return .dim }
        return role(band.colour(for: kind))
    }

    /// The letter of a score's band, or a space without one.
    static func letter(for score: Int?, scale: Scale) -> String {
        guard let score, let initial = scale.band(for: score)?.name.first else { return " " }
        return initial.uppercased()
    }

    /// "16H": the score right-aligned in two columns and its band letter; a dash without a score.
    static func chip(for score: Int?, scale: Scale, glyphs: Glyphs) -> String {
        guard let score else { return " \(glyphs.dash) " }
        let digits = String(score)
        return String(repeating: " ", count: max(0, 2 - digits.count)) + digits + letter(for: score, scale: scale)
    }
}
