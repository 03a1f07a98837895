import Foundation
import RegisterUI
import RiskRegister

/// What the browser's first frame needs of the data directory, without decoding any register:
/// every register file with its period, title and entry count (from the index's catalogue when
/// its record is fresh, else from the file's header), the files that cannot be named, and the
/// recovery files of an earlier session (read only where the listing shows one, and only when it
/// is the user's own: see `RecoveryFile.find`).
public struct DirectoryCatalogue {
    /// The register files, as the workspace lists them.
    public var workspace: Workspace
    /// Recovery files of an earlier session, by register.
    public var recovered: [RegisterID: RecoveryFile.Found]
    /// Why recovery files found were not offered (another user's, a symbolic link, writable by
    /// others), naming each and its owner: printed before the browser starts and shown on its
    /// status line.
    public var ignoredRecoveries: [String]

    /// The catalogue of a data directory for `user`, with the index cache looked for in
    /// `cacheDirectory`. A recovery file that is not the user's own (another user's, a symbolic
    /// link, writable by others) is not offered (`ignoredRecoveries` says which and whose).
    public init(directory: URL, user: String, cacheDirectory: URL?, maximumBytes: Int) throws {
        let listing = try DirectoryListing.of(directory)
        let index = DirectoryIndex.open(for: directory, cacheDirectory: cacheDirectory, includingSearchText: false)
        recovered = [:]
        ignoredRecoveries = []
        var slots: [RegisterSlot] = []
        for url in listing.files {
            let header = index.freshRecord(for: url)?.header
                ?? (try? RegisterHeader.read(url, maximumBytes: maximumBytes).get())
            slots.append(RegisterSlot(id: RegisterID(url), period: header?.period, title: header?.title,
                                      entryCount: header?.entryCount))
            let recovery = RecoveryFile.url(for: url, user: user)
            guard listing.hiddenNames.contains(recovery.lastPathComponent) else { continue }
            switch RecoveryFile.find(for: url, user: user, maximumBytes: maximumBytes) {
            case .success(let contents): recovered[RegisterID(url)] = contents
            case .failure(let ignored): ignoredRecoveries.append("\(ignored)")
            case nil: break
            }
        }
        workspace = Workspace(listing: slots)
        listing.unnamable.forEach { workspace.fail($0) }
    }
}
