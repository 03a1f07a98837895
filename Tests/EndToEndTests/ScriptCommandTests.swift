import Foundation
import Testing

/// The commands for scripts, `note`, `rescore`, `set` and `log`, on temporary copies of Data/
/// (the newest register, lcc-2021-22-q4, is the one changed): what they write, the history they
/// record, and that a bad id, field or value, or a concurrent change, leaves the file as it was.
@Suite(.timeLimit(.minutes(20))) struct ScriptCommandTests {
    private static let author = "Script Tester"
    private static let register = "lcc-2021-22-q4"

    /// Runs riskreg on a data directory as `author`.
    private func run(_ arguments: [String], data: URL, environment: [String: String] = [:]) throws -> Binary.Result {
        try Binary.run(arguments + ["--data", data.path], environment: ["RISKREG_AUTHOR": Self.author].merging(environment) { $1 })
    }

    /// Runs riskreg as `run` does, with `--data` right after the subcommand, so that it stays an
    /// option when the arguments hold `--` (after which everything is text).
    private func runDataFirst(_ arguments: [String], data: URL) throws -> Binary.Result {
        try Binary.run(Array(arguments.prefix(1)) + ["--data", data.path] + arguments.dropFirst(),
                       environment: ["RISKREG_AUTHOR": Self.author])
    }

    private func file(_ data: URL) -> URL {
        data.appendingPathComponent("\(Self.register).json")
    }

    /// An entry as `show --json` prints it.
    private func entry(_ id: String, data: URL) throws -> [String: Any] {
        let result = try run(["show", id, "--json"], data: data)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
    }

    private func history(_ entry: [String: Any]) throws -> [[String: Any]] {
        try #require(entry["history"] as? [[String: Any]])
    }

    /// Today as the commands stamp notes (local date).
    private var today: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    @Test func noteAddsADatedSignedNoteAtTheTopWithHistory() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let before = try entry("Corp 4", data: data)
        let result = try run(["note", "corp4", "Met the partners; plan agreed"], data: data)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Corp 4: progress note added (\(today), \(Self.author)): \"Met the partners; plan agreed\"\n")
        let after = try entry("Corp 4", data: data)
        let progress = try #require(after["progress"] as? [[String: Any]])
        #expect(progress.count == ((before["progress"] as? [Any])?.count ?? 0) + 1)
        #expect(progress.first?["text"] as? String == "Met the partners; plan agreed")
        #expect(progress.first?["date"] as? String == today)
        #expect(progress.first?["author"] as? String == Self.author)
        let records = try history(after)
        #expect(records.count == 1)
        #expect(records.first?["author"] as? String == Self.author)
        #expect((records.first?["field"] as? String)?.hasPrefix("progress[") == true)
        #expect(records.first?["before"] is NSNull)
        let validate = try run(["validate", "--quiet"], data: data)
        #expect(validate.stdout.contains("0 errors"), "\(validate.stdout)")
    }

    @Test func rescoreSetsTheFactorsAndTheirProductAndClearsThePrintedWords() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try run(["rescore", "Corp 4", "--likelihood", "2", "--impact", "major"], data: data)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Corp 4: current 20 (3 × 2, printed) → 8 (2 × 4)\n")
        let after = try entry("Corp 4", data: data)
        let current = try #require(after["current"] as? [String: Any])
        #expect(current["likelihood"] as? Int == 2 && current["impact"] as? Int == 4 && current["score"] as? Int == 8)
        #expect(current["likelihoodText"] == nil && current["impactText"] == nil, "\(current)")
        let fields = try history(after).map { $0["field"] as? String ?? "" }
        #expect(Set(fields) == ["current.likelihood", "current.impact", "current.score", "current.likelihoodText", "current.impactText"])
        #expect(try history(after).allSatisfy { $0["author"] as? String == Self.author })

        let target = try run(["rescore", "Corp 4", "--likelihood", "Unlikely", "--impact", "2", "--target", "--json"], data: data)
        #expect(target.status == 0, "\(target.stderr)")
        let printed = try #require(try JSONSerialization.jsonObject(with: Data(target.stdout.utf8)) as? [String: Any])
        let rating = try #require(printed["target"] as? [String: Any])
        #expect(rating["likelihood"] as? Int == 2 && rating["impact"] as? Int == 2 && rating["score"] as? Int == 4)
        #expect((printed["current"] as? [String: Any])?["score"] as? Int == 8, "the current rating is left as rescored before")
    }

    @Test func setChangesEachTextFieldWithTheBrowsersRules() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let owner = try run(["set", "Corp 4", "owner", "Director of Adult Care"], data: data)
        #expect(owner.status == 0, "\(owner.stderr)")
        #expect(owner.stdout == "Corp 4: owner \"Adult Social Care in conjunction with CMT and partners\" → \"Director of Adult Care\"\n")
        for (field, value) in [("title", "Adult care market"), ("type", "Operational"), ("controlOwner", "Head of Care"),
                               ("actionOwner", "Care Commissioning"), ("targetDate", "March 2023"), ("direction", "Improving")] {
            let result = try run(["set", "Corp 4", field, value], data: data)
            #expect(result.status == 0, "\(field): \(result.stderr)")
        }
        #expect(try run(["set", "Corp 4", "confidence", "g a - r"], data: data).status == 0)
        #expect(try run(["set", "Corp 4", "kind", "opportunity"], data: data).status == 0)
        #expect(try run(["set", "Corp 4", "type", ""], data: data).status == 0, "an empty value removes an optional field")
        let after = try entry("Corp 4", data: data)
        #expect(after["owner"] as? String == "Director of Adult Care")
        #expect(after["title"] as? String == "Adult care market")
        #expect(after["type"] is NSNull, "an empty value removes an optional field")
        #expect(after["controlOwner"] as? String == "Head of Care" && after["actionOwner"] as? String == "Care Commissioning")
        #expect(after["targetDate"] as? String == "March 2023")
        let direction = try #require(after["direction"] as? [String: Any])
        #expect(direction["text"] as? String == "Improving" && direction["trend"] as? String == "unknown", "the trend is kept")
        let confidence = try #require(after["confidence"] as? [String: Any])
        #expect(confidence["q1"] as? String == "green" && confidence["q2"] as? String == "amber")
        #expect(confidence["q3"] is NSNull && confidence["q4"] as? String == "red")
        #expect(after["kind"] as? String == "opportunity")

        let corrected = try run(["set", "Corp 4", "id", "Corp 4a", "--json"], data: data)
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let printed = try #require(try JSONSerialization.jsonObject(with: Data(corrected.stdout.utf8)) as? [String: Any])
        #expect(printed["id"] as? String == "Corp 4a")
        let renamed = try entry("Corp 4a", data: data)
        let idChange = try #require(try history(renamed).last)
        #expect(idChange["field"] as? String == "id" && idChange["before"] as? String == "Corp 4" && idChange["after"] as? String == "Corp 4a")
        #expect(Set(try history(renamed).map { $0["field"] as? String ?? "" }).isSuperset(of: ["owner", "title", "confidence.q1", "kind", "id"]))
    }

    @Test func badIdsFieldsAndValuesExitTwoAndLeaveTheFileByteIdentical() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let original = try Data(contentsOf: file(data))
        let cases: [(arguments: [String], message: String)] = [
            (["note", "Corp 99", "text"], "lcc-2021-22-q4.json: no entry \"Corp 99\"; entries: \"Corp 1\", \"Corp 2\", \"Corp 4\""),
            (["rescore", "Corp 99", "--likelihood", "2", "--impact", "2"], "no entry \"Corp 99\""),
            (["set", "Corp 99", "owner", "X"], "no entry \"Corp 99\""),
            (["log", "Corp 99"], "no entry \"Corp 99\""),
            (["note", "Corp 4", "  "], "Corp 4: a progress note needs text; nothing changed"),
            (["rescore", "Corp 4", "--likelihood", "7", "--impact", "2"], "likelihood 7 is not 1–5"),
            (["rescore", "Corp 4", "--likelihood", "0", "--impact", "2"], "likelihood 0 is not 1–5"),
            (["rescore", "Corp 4", "--likelihood", "2", "--impact", "Huge"], "impact \"Huge\" is not 1–5 or one of Insignificant, Minor"),
            (["set", "Corp 4", "colour", "red"], "no field \"colour\"; fields: title, type, owner, controlOwner, actionOwner, targetDate, direction, confidence, kind, id"),
            (["set", "Corp 4", "title", " "], "Corp 4: an entry needs a title"),
            (["set", "Corp 4", "id", "Corp 1"], "Corp 1 is another entry's id"),
            (["set", "Corp 4", "id", ""], "an id is one line and not empty"),
            (["set", "Corp 4", "confidence", "g a"], "confidence is four of g, a, r or -"),
            (["set", "Corp 4", "kind", "threat"], "kind is risk or opportunity"),
            (["note", "Corp 4", "text", "--register", "nonesuch"], "no register named \"nonesuch\""),
        ]
        for (arguments, message) in cases {
            let result = try run(arguments, data: data)
            #expect(result.status == 2, "\(arguments): \(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(try Data(contentsOf: file(data)) == original, "\(arguments) changed the file")
        }
        let both = try run(["rescore", "Corp 4", "--likelihood", "2", "--impact", "2", "--target", "--residual"], data: data)
        #expect(both.status != 0 && both.stderr.contains("--target and --residual"))
        #expect(try Data(contentsOf: file(data)) == original)
    }

    /// A text or value starting with "-", as a pasted bullet does, is taken as the text: it was
    /// read as options (`"-Met with health partners"` printed the help, for its "h", exited 0 and
    /// saved nothing; `"- Met partners"` exited 64). After `--` any text is taken as it is, the
    /// `--` before the id or after it.
    @Test func aTextStartingWithADashIsTakenAsTheText() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let cases: [(arguments: [String], text: String)] = [
            (["note", "Corp 4", "-Met with health partners"], "-Met with health partners"),
            (["note", "Corp 4", "- Met partners"], "- Met partners"),
            (["note", "Corp 4", "--json is not an option here"], "--json is not an option here"),
            (["note", "Corp 4", "-5% on last quarter"], "-5% on last quarter"),
            (["note", "Corp 4", "--", "-Met"], "-Met"),
            (["note", "--", "Corp 4", "--commit"], "--commit"),
            (["note", "Corp 4", "- Chased the board", "--json"], "- Chased the board"),
        ]
        for (arguments, text) in cases {
            let result = try runDataFirst(arguments, data: data)
            #expect(result.status == 0, "\(arguments): \(result.stdout)\(result.stderr)")
            #expect(!result.stdout.contains("USAGE"), "\(arguments): \(result.stdout)")
            let progress = try #require(try entry("Corp 4", data: data)["progress"] as? [[String: Any]])
            #expect(progress.first?["text"] as? String == text, "\(arguments)")
        }
        let owner = try run(["set", "Corp 4", "owner", "- Director of Care"], data: data)
        #expect(owner.status == 0, "\(owner.stderr)")
        #expect(try entry("Corp 4", data: data)["owner"] as? String == "- Director of Care")
        let literal = try runDataFirst(["set", "Corp 4", "owner", "--", "-x"], data: data)
        #expect(literal.status == 0, "\(literal.stderr)")
        #expect(try entry("Corp 4", data: data)["owner"] as? String == "-x")
        // After -- every argument is text, so an option there is a second text: a usage error.
        let late = try run(["note", "Corp 4", "--", "-Met"], data: data)
        #expect(late.status == 64, "\(late.stdout)\(late.stderr)")
        #expect(late.stderr.contains("after -- every argument is the text"), "\(late.stderr)")
    }

    /// A one-word text shaped like an option (`--comit`, `-Done`) could be a mistyped option, so
    /// it is refused (exit 2, nothing saved) with the exact command that passes it as text;
    /// a missing text or a second one is a usage error (64). None of them exits 0 or saves.
    @Test func anOptionShapedWordIsRefusedWithTheCommandThatPassesItAsText() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let original = try Data(contentsOf: file(data))
        let refused: [(arguments: [String], command: String)] = [
            (["note", "Corp 4", "--comit"], "riskreg note 'Corp 4' -- --comit"),
            (["note", "Corp 4", "-Done"], "riskreg note 'Corp 4' -- -Done"),
            (["set", "Corp 4", "owner", "-x"], "riskreg set 'Corp 4' owner -- -x"),
        ]
        for (arguments, command) in refused {
            let result = try run(arguments, data: data)
            #expect(result.status == 2, "\(arguments): \(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains("nothing was saved") && result.stderr.contains(command), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(try Data(contentsOf: file(data)) == original, "\(arguments) changed the file")
        }
        let usage: [(arguments: [String], message: String)] = [
            (["note", "Corp 4"], "Missing expected argument '<text>'"),
            (["note", "Corp 4", "Met", "partners"], "Unexpected argument 'partners': the text is one argument, so quote it"),
            (["note", "Corp 4", "Met partners", "--comit"], "Unknown option '--comit'"),
            (["set", "Corp 4", "owner"], "Missing expected argument '<value>'"),
            (["set", "Corp 4", "owner", "A", "B"], "Unexpected argument 'B': the value is one argument"),
        ]
        for (arguments, message) in usage {
            let result = try run(arguments, data: data)
            #expect(result.status == 64, "\(arguments): \(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(try Data(contentsOf: file(data)) == original, "\(arguments) changed the file")
        }
        let passed = try runDataFirst(["note", "Corp 4", "--", "--comit"], data: data)
        #expect(passed.status == 0, "\(passed.stderr)")
        let help = try run(["note", "Corp 4", "--help"], data: data)
        #expect(help.status == 0 && help.stdout.contains("USAGE: riskreg note [<options>] <id> [--] <text>"), "\(help.stdout)")
    }

    @Test func aSaveIsRefusedWhenTheFileChangedBetweenLoadAndSave() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let marker = data.appendingPathComponent("paused")
        let process = Process()
        process.executableURL = try Binary.executable()
        process.arguments = ["note", "Corp 4", "A note that must not land", "--data", data.path]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8",
                               "RISKREG_AUTHOR": Self.author, "RISKREG_FAULT_PAUSE_BEFORE_RENAME": marker.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: marker.path) && Date() < deadline { usleep(20_000) }
        #expect(FileManager.default.fileExists(atPath: marker.path), "the save reached the moment before its rename")
        // Someone else's save: another command changes the register meanwhile (it waits for the
        // paused save's lock, so the file is written here directly).
        var otherBytes = try Data(contentsOf: file(data))
        otherBytes.append(contentsOf: Array("\n".utf8))
        try otherBytes.write(to: file(data))
        try FileManager.default.removeItem(at: marker)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(message)")
        #expect(message.contains("changed on disk since it was loaded; not saved"), "\(message)")
        #expect(try Data(contentsOf: file(data)) == otherBytes, "the other writer's bytes are kept")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: data.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func logShowsAnEntrysChangesNewestFirst() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        #expect(try run(["note", "Corp 4", "First note"], data: data).status == 0)
        #expect(try run(["set", "Corp 4", "owner", "New Owner"], data: data).status == 0)
        #expect(try run(["note", "Corp 1", "Elsewhere"], data: data).status == 0)
        let log = try run(["log", "Corp 4"], data: data)
        #expect(log.status == 0, "\(log.stderr)")
        let lines = log.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(log.stdout)")
        #expect(lines.first?.hasSuffix(" Script Tester Corp 4 owner: \"Adult Social Care in conjunction with CMT and partners\" → \"New Owner\"") == true,
                "\(lines)")
        #expect(lines.last?.contains(" Script Tester Corp 4 progress[") == true && lines.last?.hasSuffix(": (none) → \"\(today) (Script Tester) First note\"") == true,
                "\(lines)")
        let all = try run(["log"], data: data)
        #expect(all.stdout.split(separator: "\n").count == 3, "\(all.stdout)")
        #expect(all.stdout.contains(" Script Tester Corp 1 progress["), "every entry's changes: \(all.stdout)")

        let json = try run(["log", "Corp 4", "--json"], data: data)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["register"] as? String == Self.register)
        let records = try #require(object["log"] as? [[String: Any]])
        #expect(records.map { $0["field"] as? String ?? "" }.first == "owner")
        #expect(records.allSatisfy { $0["type"] as? String == "change" && $0["author"] as? String == Self.author && $0["entry"] as? String == "Corp 4" })
    }

    @Test func logInAGitRepositoryInterleavesTheCommitsThatTouchedTheRegister() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let home = data.appendingPathComponent(".home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let gitEnvironment = ["PATH": "/usr/bin:/bin", "HOME": home.path, "GIT_CONFIG_GLOBAL": home.appendingPathComponent("gitconfig").path,
                              "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Alice Officer", "GIT_AUTHOR_EMAIL": "alice@example.org",
                              "GIT_COMMITTER_NAME": "Alice Officer", "GIT_COMMITTER_EMAIL": "alice@example.org"]
        func git(_ arguments: [String], environment: [String: String] = [:]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", data.path] + arguments
            process.environment = gitEnvironment.merging(environment) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
        try git(["init", "-q", "-b", "main"])
        try git(["add", "*.json"])
        try git(["commit", "-q", "-m", "Registers as published"],
                environment: ["GIT_AUTHOR_DATE": "2026-01-05T09:00:00Z", "GIT_COMMITTER_DATE": "2026-01-05T09:00:00Z"])
        #expect(try run(["note", "Corp 4", "Quarterly update"], data: data, environment: ["HOME": home.path]).status == 0)
        try git(["commit", "-q", "-am", "Corp 4: quarterly note"], environment: ["GIT_AUTHOR_NAME": "Bob Lead"])

        let log = try run(["log", "Corp 4"], data: data, environment: ["HOME": home.path])
        #expect(log.status == 0, "\(log.stderr)")
        let lines = log.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(log.stdout)")
        #expect(lines.first?.contains(" Bob Lead commit ") == true && lines.first?.hasSuffix(": Corp 4: quarterly note") == true, "\(lines)")
        #expect(lines.dropFirst().first?.contains(" Script Tester Corp 4 progress[") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("2026-01-05T09:00:00Z Alice Officer commit ") == true
                && lines.last?.hasSuffix(": Registers as published") == true, "\(lines)")

        let json = try run(["log", "--json"], data: data, environment: ["HOME": home.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let records = try #require(object["log"] as? [[String: Any]])
        #expect(records.map { $0["type"] as? String ?? "" } == ["commit", "change", "commit"])
        #expect((records.first?["commit"] as? String)?.count == 40)

        let other = try run(["log", "--register", "lcc-2021-22-q3"], data: data, environment: ["HOME": home.path])
        #expect(other.stdout.split(separator: "\n").count == 1 && other.stdout.contains("Registers as published"),
                "only the commits that touched that file: \(other.stdout)")
    }
}
