import Foundation
import Testing

/// The browser over a temporary copy of Data/, in a tmux session that is closed (and the copy
/// removed) when `body` returns or throws.
func withBrowser(width: Int = 120, height: Int = 40, environment: [String: String] = [:],
                 _ body: (TmuxSession, URL) throws -> Void) throws {
    let data = try Binary.temporaryData()
    defer { try? FileManager.default.removeItem(at: data) }
    // The index cache goes beside the copy, not into the user's own cache.
    let cache = data.deletingLastPathComponent().appendingPathComponent(data.lastPathComponent + "-cache")
    defer { try? FileManager.default.removeItem(at: cache) }
    let session = try TmuxSession(arguments: ["--data", data.path], width: width, height: height,
                                  environment: ["XDG_CACHE_HOME": cache.path].merging(environment) { $1 })
    defer { session.close() }
    try body(session, data)
}

extension TmuxSession {
    /// Saves with `w`, waits for "Saved", quits with `q` and expects exit status 0.
    func saveAndQuit() throws {
        try send("w")
        try waitFor(text: "Saved")
        try send("q")
        #expect(try waitForExit() == 0)
    }
}
