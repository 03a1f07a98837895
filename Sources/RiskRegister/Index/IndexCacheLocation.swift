import Foundation

/// Where a data directory's index cache lives: `$XDG_CACHE_HOME/riskreg/`, else
/// `~/.cache/riskreg/`, in an SQLite database named from the SHA-256 of the directory's real path,
/// so every data directory has its own and two names for one directory share it.
public enum IndexCacheLocation {
    /// The cache directory for an environment: `$XDG_CACHE_HOME/riskreg` when that is an absolute
    /// path, else `$HOME/.cache/riskreg`; nil when neither is known.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return URL(fileURLWithPath: cache, isDirectory: true).appendingPathComponent("riskreg", isDirectory: true)
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/riskreg", isDirectory: true)
        }
        return nil
    }

    /// The database file of a data directory (given by its real path) inside a cache directory:
    /// `index-DIGEST.sqlite` (earlier versions kept `index-DIGEST.bin`, deleted when seen).
    public static func file(for realPath: String, in cacheDirectory: URL) -> URL {
        let digest = Digest.sha256(Array(realPath.utf8)).dropFirst("sha256:".count).prefix(32)
        return cacheDirectory.appendingPathComponent("index-\(digest).sqlite")
    }
}
