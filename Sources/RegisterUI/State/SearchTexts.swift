import Foundation
import RiskRegister

/// The search text of every entry of a register, folded once (lower case, composed characters)
/// so that a search letter is a byte search over prepared text; rebuilt only for entries that
/// changed since the last build.
struct SearchTexts: Sendable {
    /// The entries the texts were built from.
    private let entries: [Entry]
    /// Each entry's searchable fields, folded and joined by line feeds.
    private let texts: [[UInt8]]

    /// The texts of a register's entries, reusing those of entries unchanged since `previous`.
    init(entries: [Entry], reusing previous: SearchTexts? = nil) {
        self.entries = entries
        if let previous, previous.entries.count == entries.count {
            texts = entries.indices.map { index in
                entries[index] == previous.entries[index] ? previous.texts[index] : Self.fold(EntrySearch.fields(of: entries[index]))
            }
        } else {
            texts = entries.map { Self.fold(EntrySearch.fields(of: $0)) }
        }
    }

    /// The indices of the entries whose text contains `text` (ignoring case), looking only among
    /// `candidates` when given.
    func matching(_ text: String, among candidates: [Int]? = nil) -> [Int] {
        let needle = Self.fold([text])
        let indices = candidates ?? Array(texts.indices)
        guard !needle.isEmpty else { return indices }
        return indices.filter { index in
            texts.indices.contains(index) && Self.contains(texts[index], needle)
        }
    }

    /// Text folded for searching: lower case, canonically composed, fields joined by line feeds
    /// (which a one-line search text never contains).
    static func fold(_ fields: [String]) -> [UInt8] {
        Array(fields.joined(separator: "\n").lowercased().precomposedStringWithCanonicalMapping.utf8)
    }

    /// True when `haystack` holds `needle`: each place its first byte occurs (found by `memchr`)
    /// is compared with `memcmp`.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { want in
                guard let hayStart = hay.baseAddress, let wantStart = want.baseAddress, let first = want.first,
                      want.count <= hay.count else { return want.isEmpty }
                let last = hay.count - want.count
                var offset = 0
                while offset <= last {
                    guard let found = memchr(hayStart + offset, Int32(first), last - offset + 1) else { return false }
                    let position = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - hayStart
                    if memcmp(hayStart + position, wantStart, want.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }
}
