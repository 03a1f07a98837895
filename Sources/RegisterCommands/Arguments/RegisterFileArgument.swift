import Foundation
import RiskRegister

/// A register file given by its path (`diff`'s arguments).
public enum RegisterFileArgument {
    /// The register at `path`, or a failure (status 2) with the decoder's messages.
    public static func load(_ path: String) throws(CommandFailure) -> LoadedRegister {
        switch RegisterStore.load(URL(fileURLWithPath: path)) {
        case .success(let loaded): return loaded
        case .failure(let failure):
            throw CommandFailure(failure.messages.joined(separator: "\n"), code: CommandFailure.badInput)
        }
    }
}
