import Foundation
import Testing

/// Attacker-controlled text in a register never reaches a terminal raw through the commands:
/// escape sequences, BEL, C1 controls and bidirectional overrides are shown escaped, ids with
/// line breaks cannot forge error lines, long values are cut, and `--json` escapes them too.
@Suite(.timeLimit(.minutes(20))) struct HostileOutputTests {
    /// A register whose texts carry terminal attacks, and 60 more entries for the id list.
    private func hostileData() throws -> URL {
        let directory = try Binary.temporaryData(copying: false)
        var text = try String(contentsOf: Binary.data.appendingPathComponent("lcc-2021-22-q4.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"title\": \"Reshaping the County Council: Our Improvement Journey\"",
                                         with: "\"title\": \"\\u001b]0;PWNED\\u0007 retitled\"")
        text = text.replacingOccurrences(of: "\"id\": \"Corp 2\"", with: "\"id\": \"Corp 2\\nriskreg: error: forged\"")
        text = text.replacingOccurrences(of: "\"owner\": \"Director of Education and Children's Services\"",
                                         with: "\"owner\": \"\\u202eevil\\u009b31m\"")
        try Data(text.utf8).write(to: directory.appendingPathComponent("hostile.json"))
        return directory
    }

    private static let raw: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"]

    private func expectNothingRaw(_ output: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for scalar in Self.raw {
            #expect(!output.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16)) reached the terminal",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func listShowAndValidateEscapeControlAndBidiCharacters() throws {
        let data = try hostileData()
        defer { try? FileManager.default.removeItem(at: data) }
        let list = try Binary.run(["list", "--data", data.path])
        #expect(list.status == 0, "\(list.stderr)")
        expectNothingRaw(list.stdout + list.stderr)
        #expect(list.stdout.contains("\\u{1B}]0;PWNED\\u{7} retitled"))
        #expect(!list.stdout.contains("\nriskreg: error: forged"), "an id cannot start a line of its own")
        let show = try Binary.run(["show", "Corp 1", "--data", data.path])
        expectNothingRaw(show.stdout + show.stderr)
        #expect(show.stdout.contains("\\u{1B}]0;PWNED"))
        let validate = try Binary.run(["validate", "--data", data.path])
        expectNothingRaw(validate.stdout + validate.stderr)
        #expect(!validate.stdout.split(separator: "\n").contains { $0.hasPrefix("riskreg: error: forged") })
    }

    @Test func jsonEscapesC1AndBidiControls() throws {
        let data = try hostileData()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try Binary.run(["list", "--json", "--data", data.path])
        #expect(result.status == 0)
        expectNothingRaw(result.stdout)
        #expect(result.stdout.contains("\\u202eevil\\u009b31m"))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(decoded.contains { $0["owner"] as? String == "\u{202E}evil\u{9B}31m" }, "the escapes decode to the exact text")
    }

    @Test func anUnknownIdIsOneLineWithAShortList() throws {
        let data = try hostileData()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try Binary.run(["show", "No such\u{1B}[2J\nid", "--data", data.path])
        #expect(result.status != 0)
        expectNothingRaw(result.stderr)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("no entry \"No such\\u{1B}[2J\\u{A}id\""))
        #expect(result.stderr.contains("\"Corp 2\\u{A}riskreg: error: forged\""))
    }

    @Test func anUnknownIdListsAtMostTwentyIds() throws {
        let directory = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOf: Binary.data.appendingPathComponent("lcc-2021-22-q4.json"), encoding: .utf8)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var entries = try #require(object["entries"] as? [[String: Any]])
        let template = entries[0]
        entries = (1...100).map { number in
            var entry = template
            entry["id"] = "E\(number)"
            return entry
        }
        object["entries"] = entries
        try JSONSerialization.data(withJSONObject: object).write(to: directory.appendingPathComponent("many.json"))
        let result = try Binary.run(["show", "nope", "--data", directory.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\"E20\" and 80 more"), "\(result.stderr.prefix(300))")
        #expect(!result.stderr.contains("\"E21\""))
    }
}
