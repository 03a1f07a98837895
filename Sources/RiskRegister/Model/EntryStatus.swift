import OrderedCollections

/// Whether an entry is still on the register, and for a closed one when, by whom and why it was
/// closed. A closed entry stays in the file (its history and last ratings are part of the record)
/// and is left out of the heat map, the list and the next quarter unless asked for.
public struct EntryStatus: Equatable, Sendable {
    /// Open or closed.
    public enum State: String, CaseIterable, Sendable, Equatable {
        /// Still managed on the register.
        case open
        /// Retired: no longer managed, kept for the record.
        case closed
    }

    /// Open or closed.
    public var state: State
    /// When the state was set (ISO 8601 date-time in UTC).
    public var at: String?
    /// Who set it.
    public var by: String?
    /// Why: for a closed entry, the reason it was retired.
    public var reason: String?
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// An open entry with nothing recorded: what a file without `status` means.
    public static let open = EntryStatus(state: .open)

    /// Creates a status.
    public init(state: State, at: String? = nil, by: String? = nil, reason: String? = nil, unknownKeys: UnknownKeys = [:]) {
        self.state = state
        self.at = at
        self.by = by
        self.reason = reason
        self.unknownKeys = unknownKeys
    }

    /// A closed status, stamped.
    public static func closed(at: String, by: String, reason: String) -> EntryStatus {
        EntryStatus(state: .closed, at: at, by: by, reason: reason)
    }

    /// The status in words for a history record: "closed: <reason>" or "open".
    public var summary: String {
        guard state == .closed else { return state.rawValue }
        return reason.map { "closed: \($0)" } ?? "closed"
    }
}
