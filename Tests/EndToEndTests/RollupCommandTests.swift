import Foundation
import RiskRegister
import Testing

/// A directorate register beside the corporate one (issue 18): imported from a spreadsheet with
/// `--level directorate`, its risks linked to corporate entries with `riskreg link`, and
/// `riskreg rollup` counting both and naming the risks not yet escalated; on a copy of Data/.
@Suite(.timeLimit(.minutes(20))) struct RollupCommandTests {
    private func run(_ arguments: [String], data: URL) throws -> Binary.Result {
        try Binary.run(arguments + ["--data", data.path])
    }

    private func object(_ result: Binary.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)\(result.stderr)")
    }

    /// Data/ with an adult services register for 2021/22 Q4 imported from a CSV.
    private func withDirectorate() throws -> URL {
        let data = try Binary.temporaryData()
        let sheet = data.deletingLastPathComponent().appendingPathComponent("adults-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: sheet) }
        let csv = """
        Risk Ref,Risk Title,Risk Owner,Likelihood,Impact\r
        AS1,Care market failure,Director of Adult Services,Certain,Major\r
        AS2,Social worker vacancies,Head of Workforce,4,4\r
        AS3,Day centre transport,Head of Operations,3,3\r

        """
        try Data(csv.utf8).write(to: sheet)
        let imported = try run(["import", sheet.path, "--period", "2021/22 Q4", "--level", "directorate", "--title", "Adult Services Risk Register",
                                "-o", "adults-2021-22-q4"], data: data)
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        return data
    }

    @Test func aDirectorateRegisterRollsUpAndItsLinksEscalateItsRisks() throws {
        let data = try withDirectorate()
        defer { try? FileManager.default.removeItem(at: data) }
        let adults = data.appendingPathComponent("adults-2021-22-q4.json")
        #expect(try Binary.register(adults).level == .directorate)

        let before = try run(["rollup"], data: data)
        #expect(before.status == 1, "two risks at or above 16 await escalation: \(before.stdout)\(before.stderr)")
        #expect(before.stdout.hasPrefix("Roll-up 2021/22 Q4: 11 open entries in 2 registers\n"), "\(before.stdout)")
        #expect(before.stdout.contains("\n  lcc-2021-22-q4  corporate  8\n  adults-2021-22-q4  directorate  3\n"), "corporate first: \(before.stdout)")
        #expect(before.stdout.contains("likelihood 5 × impact 4: Corp 6 (lcc-2021-22-q4), AS1 (adults-2021-22-q4)"), "\(before.stdout)")
        let waiting = try object(try run(["rollup", "--json"], data: data))
        #expect((waiting["unescalated"] as? [[String: Any]])?.map { $0["id"] as? String } == ["AS1", "AS2"])

        let corp4 = try #require(try Binary.register(data.appendingPathComponent("lcc-2021-22-q4.json")).entry(id: "Corp 4"))
        let link = try run(["link", "AS1", "lcc-2021-22-q4", "Corp 4", "--register", "adults-2021-22-q4"], data: data)
        #expect(link.status == 0, "\(link.stderr)")
        #expect(link.stdout == "AS1: escalated to Corp 4 of lcc-2021-22-q4\n")
        let linked = try #require(try Binary.register(adults).entry(id: "AS1"))
        #expect(linked.links == [EntryLink(kind: .escalatedTo, uid: corp4.uid, register: "lcc-2021-22-q4", id: "Corp 4")])
        #expect(linked.history.contains { $0.field == "links" }, "the link is in the entry's history")
        let after = try object(try run(["rollup", "--json"], data: data))
        #expect((after["unescalated"] as? [[String: Any]])?.map { $0["id"] as? String } == ["AS2"])

        #expect(try run(["link", "AS2", "lcc-2021-22-q4", "Corp 7", "--type", "rolls-up-into", "--register", "adults-2021-22-q4"], data: data).status == 0)
        // The corporate entry is renumbered: the link names its identity and still holds.
        #expect(try run(["set", "Corp 4", "id", "Corp 9", "--register", "lcc-2021-22-q4"], data: data).status == 0)
        let done = try run(["rollup"], data: data)
        #expect(done.status == 0, "\(done.stdout)")
        #expect(done.stdout.contains("No directorate risk at or above its escalation threshold awaits escalation."))
        let validate = try run(["validate", "--quiet"], data: data)
        #expect(!validate.stdout.contains("field links"), "every link resolves: \(validate.stdout)")
        let shown = try run(["show", "AS1", "--register", "adults-2021-22-q4"], data: data)
        #expect(shown.stdout.contains("\nEscalated to: Corp 4 (lcc-2021-22-q4)\n"), "\(shown.stdout)")

        let removed = try run(["link", "AS1", "lcc-2021-22-q4", "Corp 9", "--remove", "--register", "adults-2021-22-q4"], data: data)
        #expect(removed.status == 0 && removed.stdout == "AS1: no longer escalated to Corp 9 of lcc-2021-22-q4\n", "\(removed.stdout)\(removed.stderr)")
        #expect(try Binary.register(adults).entry(id: "AS1")?.links == [])
    }

    @Test func badLinksAndPeriodsAreRefusedWithTheReasonAndNothingWritten() throws {
        let data = try withDirectorate()
        defer { try? FileManager.default.removeItem(at: data) }
        let adults = data.appendingPathComponent("adults-2021-22-q4.json")
        let bytes = try Data(contentsOf: adults)
        let unknown = try run(["link", "AS1", "lcc-2021-22-q4", "Corp 99", "--register", "adults-2021-22-q4"], data: data)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("lcc-2021-22-q4.json: no entry \"Corp 99\"; entries: \"Corp 1\""), "\(unknown.stderr)")
        let type = try run(["link", "AS1", "lcc-2021-22-q4", "Corp 4", "--type", "sideways", "--register", "adults-2021-22-q4"], data: data)
        #expect(type.status == 2 && type.stderr.contains("types: escalated-to, rolls-up-into"), "\(type.stderr)")
        let itself = try run(["link", "AS1", "adults-2021-22-q4", "AS1", "--register", "adults-2021-22-q4"], data: data)
        #expect(itself.status == 2 && itself.stderr.contains("an entry cannot link to itself"), "\(itself.stderr)")
        #expect(try Data(contentsOf: adults) == bytes, "nothing written")
        let period = try run(["rollup", "--period", "2030/31 Q1"], data: data)
        #expect(period.status == 2 && period.stderr.contains("no register of the period \"2030/31 Q1\""), "\(period.stderr)")
        let level = try run(["import", "x.csv", "--period", "2021/22 Q4", "--level", "county"], data: data)
        #expect(level.status == 2 && level.stderr.contains("the levels are corporate and directorate"), "\(level.stderr)")
    }

    @Test func aLinkToARiskNoRegisterHoldsIsAValidationWarning() throws {
        let data = try withDirectorate()
        defer { try? FileManager.default.removeItem(at: data) }
        let adults = data.appendingPathComponent("adults-2021-22-q4.json")
        var register = try Binary.register(adults)
        register.entries[0].links = [EntryLink(kind: .escalatedTo, uid: "0123456789ab", register: "lcc-2099-00-q1", id: "Corp 1")]
        try Data(RegisterFile.encode(register)).write(to: adults)
        let validate = try run(["validate", "--quiet"], data: data)
        #expect(validate.stdout.contains("adults-2021-22-q4.json: warning: entry AS1, field links: escalated to \"Corp 1\" in lcc-2099-00-q1 (uid 0123456789ab): no register of the data directory holds it"),
                "\(validate.stdout)")
    }
}
