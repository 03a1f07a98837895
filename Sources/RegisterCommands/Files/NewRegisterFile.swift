import Foundation
import RiskRegister

/// A register written into the data directory as a new file (`import`, `new-quarter`), never over
/// an existing one.
public enum NewRegisterFile {
    /// Fails (status 2) when something is at `url` already: a file, a directory, or a symbolic
    /// link, even one to nowhere (it is not followed).
    public static func ensureAbsent(_ url: URL) throws(CommandFailure) {
        if (try? FileManager.default.attributesOfItem(atPath: url.path)) != nil {
            throw exists(url)
        }
    }

    /// Writes `register` canonically to the new file `url`; fails (status 2) when the file came
    /// to exist meanwhile or cannot be written.
    public static func create(_ register: Register, at url: URL) throws(CommandFailure) {
        do {
            try RegisterStore.write(RegisterFile.encode(register), to: url, expecting: nil)
        } catch .changedOnDisk {
            throw exists(url)
        } catch {
            throw CommandFailure("\(error)", code: CommandFailure.badInput)
        }
    }

    private static func exists(_ url: URL) -> CommandFailure {
        CommandFailure("\(url.path) already exists; not overwritten (nothing was written)", code: CommandFailure.badInput)
    }
}
