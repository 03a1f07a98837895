import Foundation
import Testing

/// Golden files: a screen's text compared with Tests/RegisterUITests/Golden/NAME.txt. With
/// RISKREG_RECORD_GOLDEN=1 the file is written instead (review the diff before keeping it).
enum Golden {
    /// The golden files' directory.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden", isDirectory: true)

    /// True when goldens are being recorded.
    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RISKREG_RECORD_GOLDEN"] == "1"
    }

    /// Expects `actual` to equal the file's text; records it when recording.
    static func expect(_ actual: String, matches file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isRecording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            // Recording compares nothing: in CI that would be a pass that checked no screen.
            if !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty {
                Issue.record("RISKREG_RECORD_GOLDEN=1 in CI: \(file.lastPathComponent) was recorded, not compared", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("missing golden \(file.path); record it with RISKREG_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            Issue.record("\(file.lastPathComponent) differs (- golden, + actual):\n\(diff(expected, actual))\n--- actual:\n\(actual)",
                         sourceLocation: sourceLocation)
        }
    }

    /// Expects a screen's text to match Golden/NAME.txt.
    static func expect(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expect(text, matches: directory.appendingPathComponent("\(name).txt"), sourceLocation: sourceLocation)
    }

    /// A line diff: each differing line number with the golden line (-) and the actual one (+),
    /// ends of lines marked with `|` so that trailing spaces show.
    static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? String(old[index]) : nil
            let after = index < new.count ? String(new[index]) : nil
            guard before != after else { continue }
            lines.append(String(format: "%3d", index + 1) + " - " + (before.map { $0 + "|" } ?? "(none)"))
            lines.append("    + " + (after.map { $0 + "|" } ?? "(none)"))
        }
        return lines.joined(separator: "\n")
    }
}
