import Foundation

/// Which open entries of a register have been reviewed this quarter and which have not. An entry
/// is reviewed once it has a review at or after the register's `started` (any review, for a
/// register without `started`).
public struct ReviewStatus: Equatable, Sendable {
    /// Ids of the open entries reviewed, in register order.
    public let reviewed: [String]
    /// Ids of the open entries not yet reviewed, in register order.
    public let notReviewed: [String]

    /// The review status of `register`.
    public init(_ register: Register) {
        var reviewed: [String] = []
        var notReviewed: [String] = []
        for entry in register.entries where !entry.isClosed {
            if Self.isReviewed(entry, in: register) { reviewed.append(entry.id) } else { notReviewed.append(entry.id) }
        }
        self.reviewed = reviewed
        self.notReviewed = notReviewed
    }

    /// True when `entry` has a review that counts for `register`.
    public static func isReviewed(_ entry: Entry, in register: Register) -> Bool {
        entry.reviews.contains { counts($0, in: register) }
    }

    /// True when `review` counts for `register`: made at or after its start (any review, for a
    /// register without `started`).
    public static func counts(_ review: Review, in register: Register) -> Bool {
        guard let started = register.started else { return true }
        // riskreg's own stamps ("2026-11-27T09:00:00Z") order as text; others are read as instants.
        if isPlainUTC(started) && isPlainUTC(review.at) { return review.at >= started }
        if let start = instant(started), let at = instant(review.at) { return at >= start }
        return review.at >= started
    }

    private static func isPlainUTC(_ text: String) -> Bool {
        text.utf8.count == 20 && text.utf8.last == UInt8(ascii: "Z") && !text.contains(".")
    }

    /// The instant an ISO 8601 date-time names, with or without fractional seconds, in UTC or
    /// with an offset; nil for other text, which is then compared as text. Compared as text,
    /// "2026-11-27T09:00:00.250Z" (as JavaScript writes) would sort before "2026-11-27T09:00:00Z".
    private static func instant(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions.insert(.withFractionalSeconds)
        return formatter.date(from: text)
    }

    /// The number of open entries.
    public var total: Int { reviewed.count + notReviewed.count }

    /// True when every open entry is reviewed.
    public var isComplete: Bool { notReviewed.isEmpty }
}
