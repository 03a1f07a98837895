import Foundation
import RiskRegister

/// Edits being merged onto a file someone saved since they began, asking about each place both
/// sides changed, one at a time.
struct MergeSession: Equatable, Sendable {
    /// Why the merge runs.
    enum Origin: Equatable, Sendable {
        /// Restoring an earlier session's recovery file.
        case restore
        /// Reloading after a save was refused because the file changed.
        case reload
    }

    /// The register file.
    let url: URL
    /// The merge, with its conflicts.
    let merge: RegisterMerge
    /// The file as it is now: the merged edits are unsaved changes to it.
    let theirs: LoadedRegister
    let origin: Origin
    /// The answers so far: true keeps mine.
    var keepMine: [Bool] = []

    /// The conflict being asked, nil once all are answered.
    var current: MergeConflict? {
        merge.conflicts.indices.contains(keepMine.count) ? merge.conflicts[keepMine.count] : nil
    }
}
