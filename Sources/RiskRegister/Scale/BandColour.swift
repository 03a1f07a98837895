/// The colour of a score band, from the council's RAG palette.
public enum BandColour: String, CaseIterable, Sendable, Equatable {
    case green
    case yellow
    case amber
    case red

    /// The colour at the same distance from the other end (green ↔ red, yellow ↔ amber), used for
    /// opportunities, where a high score is good.
    public var reversed: BandColour {
        switch self {
        case .green: .red
        case .yellow: .amber
        case .amber: .yellow
        case .red: .green
        }
    }
}
