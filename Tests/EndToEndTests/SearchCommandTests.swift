import Foundation
import Testing

/// `riskreg search` over a copy of Data/ with a private cache directory, and `list` / `show`
/// reading only the register they need.
@Suite(.timeLimit(.minutes(20))) struct SearchCommandTests {
    /// A copy of Data/ and an empty cache directory (XDG_CACHE_HOME), removed by `cleanUp`.
    private func fixture() throws -> (data: URL, cache: URL) {
        let data = try Binary.temporaryData()
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-e2e-cache-\(UUID().uuidString)")
        return (data, cache)
    }

    private func cleanUp(_ urls: URL...) {
        for url in urls { try? FileManager.default.removeItem(at: url) }
    }

    private func search(_ arguments: [String], data: URL, cache: URL) throws -> Binary.Result {
        try Binary.run(["search"] + arguments + ["--data", data.path], environment: ["XDG_CACHE_HOME": cache.path])
    }

    @Test func hitsAreATableOfRegisterPeriodIdAndTitle() throws {
        let (data, cache) = try fixture()
        defer { cleanUp(data, cache) }
        let result = try search(["strengths based"], data: data, cache: cache)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("REGISTER        PERIOD      ID") == true, "\(lines)")
        #expect(lines.contains("lcc-2021-22-q4  2021/22 Q4  CO1  Strengths Based Working"), "\(lines)")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("lcc-") })
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("riskreg").path)
        #expect(files.count == 1 && files[0].hasPrefix("index-"), "the index is kept in $XDG_CACHE_HOME/riskreg")
    }

    @Test func jsonIsAnArrayOfHits() throws {
        let (data, cache) = try fixture()
        defer { cleanUp(data, cache) }
        let result = try search(["--json", "STRENGTHS BASED"], data: data, cache: cache)
        #expect(result.status == 0)
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(hits.contains { $0["register"] as? String == "lcc-2021-22-q4" && $0["file"] as? String == "lcc-2021-22-q4.json"
            && $0["period"] as? String == "2021/22 Q4" && $0["id"] as? String == "CO1" && $0["title"] as? String == "Strengths Based Working" })
    }

    @Test func noHitIsStatusOneAndABadDirectoryStatusTwo() throws {
        let (data, cache) = try fixture()
        defer { cleanUp(data, cache) }
        let none = try search(["no such text anywhere"], data: data, cache: cache)
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty && none.stderr.isEmpty)
        let json = try search(["--json", "no such text anywhere"], data: data, cache: cache)
        #expect(json.status == 1 && json.stdout == "[]\n")
        let missing = try Binary.run(["search", "x", "--data", "/nonexistent/riskreg-data"], environment: ["XDG_CACHE_HOME": cache.path])
        #expect(missing.status == 2)
        #expect(missing.stderr == "riskreg: error: cannot read data directory /nonexistent/riskreg-data: no such directory\n")
    }

    @Test func aBrokenFileIsReportedAndTheOthersSearched() throws {
        let (data, cache) = try fixture()
        defer { cleanUp(data, cache) }
        try Data("{\"format\":".utf8).write(to: data.appendingPathComponent("broken.json"))
        let result = try search(["strengths based"], data: data, cache: cache)
        #expect(result.status == 0)
        #expect(result.stderr.contains("broken.json:1:11: error: unexpected end of file"), "\(result.stderr)")
        #expect(result.stdout.contains("lcc-2021-22-q4  2021/22 Q4  CO1"))
    }

    @Test func accentsAreFoundWhicheverWayTheyAreStoredOrTyped() throws {
        let (data, cache) = try fixture()
        defer { cleanUp(data, cache) }
        let file = data.appendingPathComponent("lcc-2021-22-q4.json")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "\"title\": \"Strengths Based Working\"", with: "\"title\": \"Strengths Based Cafe\\u0301\"")
        try Data(text.utf8).write(to: file)
        let composed = try search(["CAF\u{C9}"], data: data, cache: cache)
        #expect(composed.status == 0)
        #expect(composed.stdout.contains("lcc-2021-22-q4  2021/22 Q4  CO1  Strengths Based Cafe\u{301}"), "\(composed.stdout)")
        #expect(try search(["based cafe"], data: data, cache: cache).status == 1, "an accented e is not an e")
    }

    @Test func aChangedFileIsSeenAndDeletingTheCacheLosesNothing() throws {
        let (data, cache) = try fixture()
        defer { cleanUp(data, cache) }
        let first = try search(["budget"], data: data, cache: cache)
        let file = data.appendingPathComponent("lcc-2021-22-q3.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "Strengths Based Working", with: "Strengths Based Walking")
        #expect(changed.utf8.count == text.utf8.count)
        try Data(changed.utf8).write(to: file)
        let walking = try search(["based walking"], data: data, cache: cache)
        #expect(walking.status == 0)
        #expect(walking.stdout.contains("lcc-2021-22-q3  2021/22 Q3"), "a file changed in place, same size, is read again")
        try Data(text.utf8).write(to: file)
        try FileManager.default.removeItem(at: cache)
        let again = try search(["budget"], data: data, cache: cache)
        #expect(again.stdout == first.stdout)
    }

    @Test func listAndShowByFileStemReadNoOtherFile() throws {
        let (data, cache) = try fixture()
        defer { cleanUp(data, cache) }
        // Either would be reported on stderr if read: a FIFO and a file that is not JSON.
        #expect(mkfifo(data.appendingPathComponent("a-pipe.json").path, 0o600) == 0)
        try Data("not json".utf8).write(to: data.appendingPathComponent("b-broken.json"))
        let environment = ["XDG_CACHE_HOME": cache.path]
        let list = try Binary.run(["list", "--register", "lcc-2021-22-q4", "--data", data.path], environment: environment)
        #expect(list.status == 0)
        #expect(list.stderr.isEmpty, "\(list.stderr)")
        #expect(list.stdout.contains("(lcc-2021-22-q4.json): 8 entries"))
        let show = try Binary.run(["show", "CR1", "--register", "lcc-2016-17-q3.json", "--data", data.path], environment: environment)
        #expect(show.status == 0)
        #expect(show.stderr.isEmpty, "\(show.stderr)")
        // By period, every file's header is looked at: both are reported, and the register listed.
        let byPeriod = try Binary.run(["list", "--register", "2021/22 Q3", "--data", data.path], environment: environment)
        #expect(byPeriod.status == 0)
        #expect(byPeriod.stdout.contains("(lcc-2021-22-q3.json): "))
        #expect(byPeriod.stderr.contains("a-pipe.json: error: is a FIFO (named pipe), not a register file"))
        #expect(byPeriod.stderr.contains("b-broken.json:1:"), "\(byPeriod.stderr)")
    }

    @Test func byPeriodOnlyTheChosenRegisterIsDecoded() throws {
        let (data, cache) = try fixture()
        defer { cleanUp(data, cache) }
        // A register whose header is sound but whose entries are not: never decoded unless chosen.
        var text = try String(contentsOf: data.appendingPathComponent("lcc-2016-17-q3.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"period\": \"2016/17 Q3\"", with: "\"period\": \"2015/16 Q1\"")
        text = text.replacingOccurrences(of: "\"kind\": \"risk\"", with: "\"kind\": 7")
        try Data(text.utf8).write(to: data.appendingPathComponent("old.json"))
        let environment = ["XDG_CACHE_HOME": cache.path]
        let newest = try Binary.run(["list", "--data", data.path], environment: environment)
        #expect(newest.status == 0 && newest.stderr.isEmpty, "\(newest.stderr)")
        #expect(newest.stdout.contains("(lcc-2021-22-q4.json): 8 entries"))
        let chosen = try Binary.run(["list", "--register", "2015/16 Q1", "--data", data.path], environment: environment)
        #expect(chosen.status == 1)
        #expect(chosen.stderr.contains("old.json: error: entry CR1, field kind: expected a string, found number 7"), "\(chosen.stderr)")
        #expect(chosen.stderr.contains("no register named \"2015/16 Q1\"; available: old (2015/16 Q1), lcc-2016-17-q3 (2016/17 Q3)"))
    }
}
