import Foundation
import Testing

/// The quarterly cycle on the command line: `compare`, `timeline`, `review-status`,
/// `new-quarter`, and closed entries in `list` and `show`, on temporary copies of Data/.
@Suite(.timeLimit(.minutes(20))) struct CycleCommandTests {
    /// Runs riskreg on a data directory.
    private func run(_ arguments: [String], data: URL) throws -> Binary.Result {
        try Binary.run(arguments + ["--data", data.path])
    }

    /// A JSON object printed by a command.
    private func object(_ result: Binary.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)\(result.stderr)")
    }

    /// Rewrites a register's entries through JSONSerialization (key order is not kept; riskreg reads any).
    private func editEntries(_ file: URL, _ edit: (inout [[String: Any]]) -> Void) throws {
        var register = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        var entries = try #require(register["entries"] as? [[String: Any]])
        edit(&entries)
        register["entries"] = entries
        try JSONSerialization.data(withJSONObject: register).write(to: file)
    }

    /// The register's file with Corp 7 closed.
    private func closeCorp7(in data: URL) throws {
        let file = data.appendingPathComponent("lcc-2021-22-q4.json")
        var text = try String(contentsOf: file, encoding: .utf8)
        let kind = "      \"kind\": \"risk\",\n"
        let corp7 = try #require(text.range(of: "\"id\": \"Corp 7\",\n"))
        let open = try #require(text.range(of: kind, range: corp7.upperBound..<text.endIndex))
        let closed = kind + "      \"status\": {\"state\": \"closed\", \"at\": \"2022-04-20T09:00:00Z\", \"by\": \"A. Officer\", \"reason\": \"Merged into Corp 2\"},\n"
        text.replaceSubrange(open, with: closed)
        try Data(text.utf8).write(to: file)
    }

    @Test func compareQ3WithQ4ReportsCorp3RemovedAndCorp4Rescored() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try run(["compare", "lcc-2021-22-q3", "lcc-2021-22-q4", "--json"], data: data)
        #expect(result.status == 0, "\(result.stderr)")
        let comparison = try object(result)
        #expect(comparison["from"] as? String == "lcc-2021-22-q3" && comparison["to"] as? String == "lcc-2021-22-q4")
        #expect(comparison["removed"] as? [String] == ["Corp 3"])
        #expect(comparison["added"] as? [String] == [])
        let changed = try #require(comparison["changed"] as? [[String: Any]])
        let corp4 = try #require(changed.first { $0["id"] as? String == "Corp 4" })
        #expect((corp4["fields"] as? [String])?.contains("current") == true)
        #expect(corp4["movement"] as? String == "up")
        let current = try #require(corp4["current"] as? [String: [String: Any]])
        #expect(current["from"]?["score"] as? Int == 6)
        #expect(current["to"]?["score"] as? Int == 20, "the score as printed, not 3 × 2")
        #expect(current["to"]?["likelihood"] as? Int == 3 && current["to"]?["impact"] as? Int == 2)
        let corp2 = try #require(changed.first { $0["id"] as? String == "Corp 2" })
        #expect((corp2["fields"] as? [String])?.contains("confidence") == true)
        #expect(corp2["current"] == nil, "only the ratings that changed")
        #expect(Set(changed.flatMap { $0.keys }).isSubset(of: ["id", "fields", "current", "target", "residual", "movement"]))

        let text = try run(["compare", "lcc-2021-22-q3", "2021/22 Q4"], data: data)
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "lcc-2021-22-q3 (2021/22 Q3) → lcc-2021-22-q4 (2021/22 Q4): 0 added, 1 removed, 8 changed")
        #expect(lines.contains("removed  Corp 3  SEND Partnership Improvement Plan"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("changed  Corp 4  ↑ up: ") && $0.contains("current") })
        #expect(lines.contains("           current: 6 (3 × 2) → 20 (3 × 2, printed)"), "\(lines)")
    }

    @Test func timelineFollowsCorp4ThroughThe2021Quarters() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let text = try run(["timeline", "Corp 4"], data: data)
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(lines)")
        #expect(lines.first?.hasPrefix("REGISTER        PERIOD      ID      CURRENT") == true)
        #expect(lines.dropFirst().first?.hasPrefix("lcc-2021-22-q3  2021/22 Q3  Corp 4  6 (3×2)") == true, "\(lines)")
        #expect(lines.dropFirst(2).first?.hasPrefix("lcc-2021-22-q4  2021/22 Q4  Corp 4  20 (3×2)") == true, "\(lines)")
        #expect(lines.last == "current  ▂▆  6 → 20")
        let json = try run(["timeline", "corp4", "--json"], data: data)
        let points = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(points.map { $0["register"] as? String } == ["lcc-2021-22-q3", "lcc-2021-22-q4"])
        #expect(points.map { ($0["current"] as? [String: Any])?["score"] as? Int } == [6, 20])
        #expect(points.allSatisfy { $0["id"] as? String == "Corp 4" && $0["period"] is String && $0["target"] is [String: Any] })
    }

    @Test func timelineOfAnUnknownIdIsStatusOne() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try run(["timeline", "Corp 99"], data: data)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "riskreg: error: no entry \"Corp 99\" in any register of \(data.path)\n")
    }

    @Test func reviewStatusIsOneUntilEveryOpenEntryIsReviewed() throws {
        let data = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: data) }
        let file = data.appendingPathComponent("lcc-2021-22-q4.json")
        try FileManager.default.copyItem(at: Binary.data.appendingPathComponent("lcc-2021-22-q4.json"), to: file)
        let none = try run(["review-status"], data: data)
        #expect(none.status == 1)
        #expect(none.stdout.hasPrefix("Corporate Risk & Opportunity Register 2021/22 Q4 (lcc-2021-22-q4.json): 0 of 8 open entries reviewed"))
        // Everything but CO2 reviewed (Corp 1 twice: the latest is shown).
        try editEntries(file) { entries in
            for index in entries.indices where entries[index]["id"] as? String != "CO2" {
                entries[index]["reviews"] = [["at": "2022-04-10T09:00:00Z", "by": "R. Owner", "outcome": "no change"]]
            }
            entries[0]["reviews"] = [["at": "2022-04-10T09:00:00Z", "by": "R. Owner", "outcome": "no change"],
                                     ["at": "2022-04-12T15:30:00Z", "by": "D. Director", "outcome": "changed", "note": "Rescored"]]
        }
        let partly = try run(["review-status"], data: data)
        #expect(partly.status == 1)
        let lines = partly.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("Corp 1  reviewed      2022-04-12T15:30:00Z  D. Director  changed: Rescored"), "\(lines)")
        #expect(lines.contains("CO2     not reviewed"), "\(lines)")
        let json = try object(try run(["review-status", "--json"], data: data))
        #expect(json["register"] as? String == "lcc-2021-22-q4")
        #expect(json["notReviewed"] as? [String] == ["CO2"])
        let reviewed = try #require(json["reviewed"] as? [[String: Any]])
        #expect(reviewed.count == 7)
        #expect(reviewed.first?["by"] as? String == "D. Director" && reviewed.first?["outcome"] as? String == "changed")
        try editEntries(file) { entries in
            let co2 = entries.firstIndex { $0["id"] as? String == "CO2" } ?? 0
            entries[co2]["reviews"] = [["at": "2022-04-11T09:00:00Z", "by": "R. Owner", "outcome": "no change"]]
        }
        let all = try run(["review-status", "--register", "2021/22 Q4"], data: data)
        #expect(all.status == 0, "\(all.stdout)\(all.stderr)")
        #expect(all.stdout.contains(": 8 of 8 open entries reviewed"))
    }

    @Test func reviewsBeforeTheQuarterStartedDoNotCount() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let file = data.appendingPathComponent("lcc-2021-22-q4.json")
        try editEntries(file) { entries in
            for index in entries.indices {
                entries[index]["reviews"] = [["at": "2022-04-10T09:00:00Z", "by": "R. Owner", "outcome": "no change"]]
            }
        }
        #expect(try run(["review-status", "--register", "lcc-2021-22-q4"], data: data).status == 0)
        var register = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        register["started"] = "2022-05-01T00:00:00Z"
        try JSONSerialization.data(withJSONObject: register).write(to: file)
        let result = try run(["review-status", "--register", "lcc-2021-22-q4"], data: data)
        #expect(result.status == 1)
        #expect(result.stdout.contains(": 0 of 8 open entries reviewed since 2022-05-01T00:00:00Z"), "\(result.stdout)")
    }

    @Test func newQuarterWritesTheNextRegisterOnceAndNeverOverwrites() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let target = data.appendingPathComponent("lcc-2022-23-q1.json")
        let first = try run(["new-quarter", "--from", "lcc-2021-22-q4"], data: data)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == target.path + "\n")
        #expect(first.stderr == "riskreg: 4 target dates have passed before 2022/23 Q1 began; set new ones: Corp 2 (March 2022), "
                + "Corp 4 (March 2022), Corp 5 (March 2022), CO1 (March 2022)\n", "flagged, kept as printed")
        let written = try Data(contentsOf: target)
        let register = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        #expect(register["previous"] as? String == "lcc-2021-22-q4")
        #expect(register["period"] as? String == "2022/23 Q1")
        #expect((register["entries"] as? [Any])?.count == 8)
        let started = try #require(register["started"] as? String)
        #expect(started.wholeMatch(of: #/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/#) != nil, "\(started)")
        #expect(try run(["fmt", "--check"], data: data).status == 0, "written canonically")
        #expect(try run(["validate", "--quiet"], data: data).status == 0)

        let second = try run(["new-quarter", "--from", "lcc-2021-22-q4", "--json"], data: data)
        #expect(second.status == 2)
        #expect(second.stdout.isEmpty)
        #expect(second.stderr == "riskreg: error: \(target.path) already exists; not overwritten (nothing was written)\n")
        #expect(try Data(contentsOf: target) == written)

        let compare = try object(try run(["compare", "lcc-2021-22-q4", "lcc-2022-23-q1", "--json"], data: data))
        #expect(compare["added"] as? [String] == [] && compare["removed"] as? [String] == [])
        #expect((compare["changed"] as? [Any])?.isEmpty == true, "carrying forward changes nothing")
        let text = try run(["compare", "lcc-2021-22-q4", "lcc-2022-23-q1"], data: data)
        #expect(text.stdout == "lcc-2021-22-q4 (2021/22 Q4) → lcc-2022-23-q1 (2022/23 Q1): 0 added, 0 removed, 0 changed\n")

        // The newest is now 2022/23 Q1: without --from, the next is Q2.
        let next = try object(try run(["new-quarter", "--json"], data: data))
        #expect(next["file"] as? String == data.appendingPathComponent("lcc-2022-23-q2.json").path)
        #expect(next["stem"] as? String == "lcc-2022-23-q2" && next["period"] as? String == "2022/23 Q2")
        #expect(next["previous"] as? String == "lcc-2022-23-q1" && next["entries"] as? Int == 8)
    }

    @Test func newQuarterLeavesClosedEntriesBehind() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        try closeCorp7(in: data)
        let result = try object(try run(["new-quarter", "--from", "lcc-2021-22-q4.json", "--period", "2022/23 Q2", "--json"], data: data))
        #expect(result["stem"] as? String == "lcc-2022-23-q2" && result["entries"] as? Int == 7)
        let compare = try object(try run(["compare", "lcc-2021-22-q4", "lcc-2022-23-q2", "--json"], data: data))
        #expect(compare["removed"] as? [String] == [], "Corp 7 was closed before")
    }

    @Test(arguments: [(["--period", "spring"], "--period \"spring\" is not of the form \"2022/23 Q1\""),
                      (["--period", "9223372036854775807/08 Q4"], "--period \"9223372036854775807/08 Q4\" is not of the form \"2022/23 Q1\""),
                      (["--period", "2021/22 Q3"], "lcc-2021-22-q4.json: the new period 2021/22 Q3 is not after 2021/22 Q4"),
                      (["--period", "2021/22 Q4"], "lcc-2021-22-q4.json: the new period 2021/22 Q4 is not after 2021/22 Q4"),
                      (["--from", "lcc-2030-31-q1"], "no register named \"lcc-2030-31-q1\"; available: lcc-2016-17-q3 (2016/17 Q3)")])
    func newQuarterRefusesBadInputAndWritesNothing(arguments: [String], message: String) throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let before = try FileManager.default.contentsOfDirectory(atPath: data.path).sorted()
        let result = try run(["new-quarter"] + arguments, data: data)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("riskreg: error: \(message)"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path).sorted() == before)
    }

    @Test(arguments: [["compare", "nope", "lcc-2021-22-q4"], ["compare", "lcc-2021-22-q4", "nope"], ["review-status", "--register", "nope"]])
    func anUnknownRegisterIsStatusTwo(arguments: [String]) throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try run(arguments, data: data)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("riskreg: error: no register named \"nope\"; available: lcc-2016-17-q3 (2016/17 Q3)"), "\(result.stderr)")
    }

    @Test(arguments: [["compare", "a", "b"], ["timeline", "Corp 4"], ["review-status"], ["new-quarter"]])
    func aMissingDataDirectoryIsStatusTwo(arguments: [String]) throws {
        let result = try Binary.run(arguments + ["--data", "/nonexistent/riskreg-data"])
        #expect(result.status == 2)
        #expect(result.stderr == "riskreg: error: cannot read data directory /nonexistent/riskreg-data: no such directory\n")
    }

    @Test func listHidesClosedEntriesUnlessAskedAndShowSaysWhy() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        try closeCorp7(in: data)
        let list = try run(["list", "--register", "lcc-2021-22-q4"], data: data)
        #expect(list.status == 0, "\(list.stderr)")
        let lines = list.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix("(lcc-2021-22-q4.json): 7 entries (1 closed not shown; --closed shows them)") == true, "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("Corp 7") })
        let all = try run(["list", "--closed", "--register", "lcc-2021-22-q4"], data: data)
        let allLines = all.stdout.split(separator: "\n").map(String.init)
        #expect(allLines.first?.hasSuffix("(lcc-2021-22-q4.json): 8 entries") == true)
        let corp7 = try #require(allLines.first { $0.hasPrefix("Corp 7") })
        #expect(corp7.hasSuffix("(closed) Demand Impact on Community & Services"), "\(corp7)")
        #expect(allLines.filter { $0.contains("(closed)") }.count == 1)

        let json = try run(["list", "--json", "--register", "lcc-2021-22-q4"], data: data)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 7)
        let closedJSON = try run(["list", "--json", "--closed", "--register", "lcc-2021-22-q4"], data: data)
        let allEntries = try #require(try JSONSerialization.jsonObject(with: Data(closedJSON.stdout.utf8)) as? [[String: Any]])
        let status = try #require(allEntries.first { $0["id"] as? String == "Corp 7" }?["status"] as? [String: Any])
        #expect(status["state"] as? String == "closed" && status["reason"] as? String == "Merged into Corp 2")

        let show = try run(["show", "Corp 7", "--register", "lcc-2021-22-q4"], data: data)
        #expect(show.status == 0)
        let shown = show.stdout.split(separator: "\n").map(String.init)
        #expect(shown.dropFirst().first == "Status: closed 2022-04-20T09:00:00Z by A. Officer: Merged into Corp 2", "\(shown)")
        let compare = try object(try run(["compare", "lcc-2021-22-q3", "lcc-2021-22-q4", "--json"], data: data))
        #expect(compare["removed"] as? [String] == ["Corp 7", "Corp 3"], "closed now, so removed")
    }

    @Test func showPrintsLinksAndReviews() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let co2 = try run(["show", "CO2", "--register", "lcc-2021-22-q3"], data: data)
        #expect(co2.status == 0)
        let uid = try #require(try Binary.register(data.appendingPathComponent("lcc-2021-22-q3.json")).entry(id: "CO2")).uid
        #expect(co2.stdout.contains("\nIdentity: \(uid)\n"), "\(co2.stdout)")
        #expect(!co2.stdout.contains("Continues:"), "it continues nothing: \(co2.stdout)")
        try editEntries(data.appendingPathComponent("lcc-2021-22-q4.json")) { entries in
            entries[0]["previousIds"] = ["CR1", "CR2"]
            entries[0]["links"] = [["type": "rolls-up-into", "uid": "abc123", "register": "lcc-2021-22-q3", "id": "Corp 3"]]
            entries[0]["reviews"] = [["at": "2022-04-12T15:30:00Z", "by": "D. Director", "outcome": "changed", "note": "Rescored"]]
        }
        let corp1 = try run(["show", "Corp 1", "--register", "lcc-2021-22-q4"], data: data)
        #expect(corp1.status == 0, "\(corp1.stderr)")
        #expect(corp1.stdout.contains("\nContinues: CR1, CR2\nIdentity: "), "\(corp1.stdout)")
        #expect(corp1.stdout.contains("\nRolls up into: Corp 3 (lcc-2021-22-q3)\n"), "\(corp1.stdout)")
        #expect(corp1.stdout.hasSuffix("\nREVIEWS\n  • 2022-04-12T15:30:00Z D. Director: changed: Rescored\n"), "\(corp1.stdout)")
        let json = try object(try run(["show", "Corp 1", "--json", "--register", "lcc-2021-22-q4"], data: data))
        #expect(json["previousIds"] as? [String] == ["CR1", "CR2"])
        #expect((json["reviews"] as? [[String: Any]])?.first?["by"] as? String == "D. Director")
    }
}
