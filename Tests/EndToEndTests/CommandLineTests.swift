import Foundation
import Testing

@Suite(.timeLimit(.minutes(20))) struct CommandLineTests {
    @Test func validateOnShippedDataPassesAndReportsTheKnownAnomalies() throws {
        let result = try Binary.run(["validate", "--data", Binary.data.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("lcc-2021-22-q3.json: warning: entry Corp 4, field target.score: target score 20 is above the current score 6 for a risk"))
        #expect(result.stdout.contains("lcc-2021-22-q4.json: warning: entry Corp 4, field current.score: printed score 20 is not likelihood × impact"))
        #expect(result.stdout.contains("lcc-2019-20-q1.json: note: entry CR1, field notes:"))
        // Printed directions of travel the scores since the quarter before contradict: 2016/17 Q4 against
        // Q3 (2019/20 Q1's predecessor in Data/ is two years older, so its directions are not judged).
        let travel = result.stdout.split(separator: "\n").filter { $0.contains("field direction:") }
        #expect(travel.count == 5 && travel.allSatisfy { $0.contains("lcc-2016-17-q4.json: warning: entry ") }, "\(travel)")
        #expect(result.stdout.contains("lcc-2016-17-q4.json: warning: entry CR21, field direction: printed direction \"↓ Downwards.\" (down) but the current score went from 16 in lcc-2016-17-q3 to 16 (level)"))
        // CO2 is Q3's C02 (one opportunity, printed with a zero in Q3): its "↑ Upwards" is judged too.
        #expect(result.stdout.contains("lcc-2016-17-q4.json: warning: entry CO2, field direction: printed direction \"↑ Upwards\" (up) but the current score went from 12 in lcc-2016-17-q3 to 12 (level)"))
        #expect(result.stdout.hasSuffix("5 files: 0 errors, 8 warnings\n"))
    }

    @Test func strictValidationFailsOnWarnings() throws {
        let result = try Binary.run(["validate", "--strict", "--quiet", "--data", Binary.data.path])
        #expect(result.status == 1)
        #expect(!result.stdout.contains("note:"))
    }

    @Test func validateNamesFileLineAndColumnOrEntryAndField() throws {
        let directory = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("{\n  \"format\": \"riskreg-register\",\n  \"version\": 1\n  \"title\": \"x\"\n}\n".utf8)
            .write(to: directory.appendingPathComponent("broken.json"))
        var register = try String(contentsOf: Binary.data.appendingPathComponent("lcc-2021-22-q4.json"), encoding: .utf8)
        register = register.replacingOccurrences(of: "\"kind\": \"opportunity\"", with: "\"kind\": 7")
        try Data(register.utf8).write(to: directory.appendingPathComponent("typed.json"))
        let result = try Binary.run(["validate", "--data", directory.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("broken.json:4:3: error: unexpected '\"': expected ',' or '}' in object"), "\(result.stdout)")
        #expect(result.stdout.contains("typed.json: error: entry CO1, field kind: expected a string, found number 7"))
        #expect(result.stdout.contains("typed.json: error: entry CO2, field kind"))
    }

    @Test func listPrintsTheEntriesOfARegisterWithScores() throws {
        let result = try Binary.run(["list", "--register", "lcc-2021-22-q4", "--data", Binary.data.path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.contains("2021/22 Q4 (lcc-2021-22-q4.json): 8 entries") == true)
        let rows = lines.dropFirst(2)
        #expect(rows.count == 8)
        #expect(rows.map { String($0.prefix(6)).trimmingCharacters(in: .whitespaces) } == ["Corp 1", "Corp 2", "Corp 4", "Corp 5", "Corp 6", "Corp 7", "CO1", "CO2"])
        #expect(rows.first?.contains("16 (4×4)") == true && rows.first?.contains("9 (3×3)") == true)
    }

    @Test func registerCanBeNamedByPeriodAndDefaultsToTheNewest() throws {
        let byPeriod = try Binary.run(["list", "--register", "2016/17 Q3", "--data", Binary.data.path])
        #expect(byPeriod.stdout.contains("lcc-2016-17-q3.json): 19 entries"))
        let newest = try Binary.run(["list", "--data", Binary.data.path])
        #expect(newest.stdout.contains("lcc-2021-22-q4.json): 8 entries"))
        let environment = try Binary.run(["list"], environment: ["RISKREG_DATA": Binary.data.path])
        #expect(environment.stdout == newest.stdout)
        let missing = try Binary.run(["list", "--register", "2030/31 Q1", "--data", Binary.data.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no register named \"2030/31 Q1\"; available: lcc-2016-17-q3 (2016/17 Q3)"))
    }

    @Test func jsonOutputIsTheFileFormatsShape() throws {
        let list = try Binary.run(["list", "--json", "--register", "lcc-2019-20-q1", "--data", Binary.data.path])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 16)
        #expect(entries.first?["id"] as? String == "CR1")
        let show = try Binary.run(["show", "corp4", "--json", "--register", "lcc-2021-22-q3", "--data", Binary.data.path])
        #expect(show.status == 0)
        let entry = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(entry["id"] as? String == "Corp 4")
        #expect((entry["target"] as? [String: Any])?["score"] as? Int == 20)
        #expect(show.stdout.hasPrefix("{\n  \"id\": \"Corp 4\",\n  \"uid\": \"\(entry["uid"] as? String ?? "?")\",\n  \"kind\": \"risk\","))
    }

    @Test func showPrintsEverythingAndUnknownIdsFail() throws {
        let show = try Binary.run(["show", "CR1", "--register", "lcc-2019-20-q1", "--data", Binary.data.path])
        #expect(show.status == 0)
        #expect(show.stdout.contains("Current: not printed"))
        #expect(show.stdout.contains("Residual: 16 High · likelihood 4 Likely · impact 4 Major"))
        #expect(show.stdout.contains("NOTES"))
        let missing = try Binary.run(["show", "CR99", "--data", Binary.data.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("lcc-2021-22-q4.json: no entry \"CR99\"; entries: \"Corp 1\", \"Corp 2\""))
    }

    @Test func aBrokenFileIsReportedAndTheOthersStillList() throws {
        let directory = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("{\"format\":".utf8).write(to: directory.appendingPathComponent("lcc-2022-23-q1.json"))
        let result = try Binary.run(["list", "--data", directory.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("lcc-2022-23-q1.json:1:11: error: unexpected end of file"))
        #expect(result.stdout.contains("8 entries"))
    }

    @Test func fmtCheckListsNonCanonicalFilesAndFmtRewritesThem() throws {
        let directory = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try Binary.run(["fmt", "--check", "--data", directory.path]).status == 0)
        let file = directory.appendingPathComponent("lcc-2021-22-q3.json")
        let canonical = try Data(contentsOf: file)
        let object = try JSONSerialization.jsonObject(with: canonical)
        let compact = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        try compact.write(to: file)
        let check = try Binary.run(["fmt", "--check", "--data", directory.path])
        #expect(check.status == 1)
        #expect(check.stdout == file.path + "\n")
        #expect(try Data(contentsOf: file) == compact, "--check writes nothing")
        let fmt = try Binary.run(["fmt", "--data", directory.path])
        #expect(fmt.status == 0)
        #expect(try Data(contentsOf: file) == canonical)
    }

    @Test func theBrowserWithoutATerminalIsAOneLineErrorWithStatusTwo() throws {
        let result = try Binary.run(["--data", Binary.data.path], environment: ["TERM": "xterm"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("riskreg: error: the browser needs a terminal"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: ["list", "validate", "fmt"])
    func aMissingDataDirectoryIsAClearError(command: String) throws {
        let result = try Binary.run([command, "--data", "/nonexistent/riskreg-data"])
        #expect(result.status == 1)
        #expect(result.stderr == "riskreg: error: cannot read data directory /nonexistent/riskreg-data: no such directory\n")
        let file = Binary.data.appendingPathComponent("lcc-2021-22-q4.json").path
        let notDirectory = try Binary.run([command, "--data", file])
        #expect(notDirectory.status == 1)
        #expect(notDirectory.stderr == "riskreg: error: cannot read data directory \(file): not a directory\n")
    }
}
