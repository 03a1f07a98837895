import Foundation

/// Where registers live: `--data DIR`, else `$RISKREG_DATA`, else `./Data`.
public enum DataDirectory {
    /// The environment variable naming the data directory.
    public static let environmentKey = "RISKREG_DATA"

    /// The data directory for an optional command-line value and an environment.
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let path = option ?? environment[environmentKey].flatMap { $0.isEmpty ? nil : $0 } ?? "Data"
        return URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }
}
