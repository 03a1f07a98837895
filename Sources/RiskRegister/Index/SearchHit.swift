import Foundation

/// One entry found by `DirectoryIndex.search`.
public struct SearchHit: Hashable, Sendable {
    /// The register file.
    public let file: URL
    /// The register's period.
    public let period: String
    /// The entry's position in the register.
    public let entryIndex: Int
    /// The entry's id.
    public let id: String
    /// The entry's title.
    public let title: String

    /// Creates a hit.
    public init(file: URL, period: String, entryIndex: Int, id: String, title: String) {
        self.file = file
        self.period = period
        self.entryIndex = entryIndex
        self.id = id
        self.title = title
    }

    /// The register file's name without its extension.
    public var stem: String { file.deletingPathExtension().lastPathComponent }
}
