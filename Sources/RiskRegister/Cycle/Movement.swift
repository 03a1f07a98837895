/// How an entry moved since the previous register: its current score up, down or level; new
/// (no match before); removed (closed, or no longer on the register).
public enum Movement: String, CaseIterable, Sendable, Equatable {
    /// The current score rose.
    case up
    /// The current score fell.
    case down
    /// The current score is the same (or either score is unknown).
    case level
    /// Not on the previous register.
    case new
    /// On the previous register, and closed or absent now.
    case removed

    /// The movement of an entry from `before` (nil: not there) to `after` (nil: not there).
    public static func of(before: Entry?, after: Entry?) -> Movement {
        guard let before, !before.isClosed else { return after == nil || after?.isClosed == true ? .removed : .new }
        guard let after, !after.isClosed else { return .removed }
        guard let was = before.current.effectiveScore, let now = after.current.effectiveScore else { return .level }
        return now > was ? .up : now < was ? .down : .level
    }

    /// The printed trend this movement agrees with, for up, down and level.
    public var trend: Trend? {
        switch self {
        case .up: .up
        case .down: .down
        case .level: .level
        case .new, .removed: nil
        }
    }

    /// One glyph for a narrow column: ↑ ↓ → + ×.
    public var glyph: String {
        switch self {
        case .up: "↑"
        case .down: "↓"
        case .level: "→"
        case .new: "+"
        case .removed: "×"
        }
    }
}
