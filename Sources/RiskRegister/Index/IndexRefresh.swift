import Foundation

/// What `DirectoryIndex.refresh` did: the files it read, and those that did not load.
public struct IndexRefresh: Sendable {
    /// The register files read (their records were missing or stale); empty when the index was
    /// up to date for every file.
    public var read: [URL] = []
    /// The files that could not be read or decoded, with their messages (as `RegisterStore.load`
    /// gives them); they have no record and are read again next time.
    public var failures: [LoadFailure] = []
}
