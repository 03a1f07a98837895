import Foundation
import Testing

/// The committee pack on the command line: `summary`, `export`, `heatmap` and `list` piped, on
/// temporary copies of Data/, read back by independent readers (python3's csv and html.parser).
@Suite(.timeLimit(.minutes(20))) struct PackCommandTests {
    /// Appendix B of the Q4 2021/22 pack (seeds/004_6a7e1408a9aa527e.txt), as printed.
    static let appendixB: [(id: String, description: String, current: Int, target: Int, date: String)] = [
        ("Corp1", "Reshaping the County Council: Our Improvement Journey", 16, 9, "March 2022/On going"),
        ("Corp2", "Family Safeguarding Model", 12, 8, "March 2022"),
        ("Corp4", "Integration & Innovation", 20, 6, "March 2022"),
        ("Corp5", "ICT Provision", 16, 8, "March 2022"),
        ("Corp6", "Covid-19 Impact on Services & Communities", 20, 12, "March 2023"),
        ("Corp7", "Impact on Community & Services", 16, 12, "March 2022"),
        ("CO1", "Strength based Working", 15, 20, "March 2022"),
        ("CO2", "Environmental Improvements", 6, 16, "Ongoing"),
    ]

    /// Runs riskreg on a data directory.
    private func run(_ arguments: [String], data: URL, environment: [String: String] = [:]) throws -> Binary.Result {
        try Binary.run(arguments + ["--data", data.path], environment: environment)
    }

    /// A register file of the data directory as JSON objects.
    private func register(_ stem: String, in data: URL) throws -> [String: Any] {
        let url = data.appendingPathComponent("\(stem).json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// Rewrites a register through JSONSerialization (key order is not kept; riskreg reads any).
    private func edit(_ stem: String, in data: URL, _ change: (inout [String: Any]) -> Void) throws {
        var object = try register(stem, in: data)
        change(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: data.appendingPathComponent("\(stem).json"))
    }

    @Test func summaryOfQ4ReproducesAppendixBInEveryFormat() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let text = try run(["summary", "--register", "lcc-2021-22-q4"], data: data)
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Summary risk profile: Corporate Risk & Opportunity Register 2021/22 Q4 (lcc-2021-22-q4), as printed; moved since lcc-2021-22-q3")
        #expect(lines.count == 2 + Self.appendixB.count, "\(lines)")
        for (line, row) in zip(lines.dropFirst(2), Self.appendixB) {
            let columns = line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(Array(columns.prefix(5)) == [row.id, row.description, "\(row.current)", "\(row.target)", row.date], "\(line)")
            #expect(line.hasSuffix(row.id == "Corp4" ? "+ve (↑ up)" : "+ve (→ level)"), "\(line)")
        }

        let csvFile = data.appendingPathComponent("summary.csv")
        let csv = try run(["summary", "--register", "lcc-2021-22-q4", "--format", "csv"], data: data)
        #expect(csv.status == 0, "\(csv.stderr)")
        try Data(csv.stdout.utf8).write(to: csvFile)
        let records = try #require(try PythonCheck.run(PythonCheck.csvReader, on: csvFile) as? [[String]])
        #expect(records.first == ["ID", "DESCRIPTION", "CURRENT", "TARGET", "TARGET DATE", "Q1", "Q2", "Q3", "Q4", "DIRECTION", "STALE"])
        #expect(records.dropFirst().map { Array($0.prefix(5)) } == Self.appendixB.map { [$0.id, $0.description, "\($0.current)", "\($0.target)", $0.date] })
        #expect(records.dropFirst().allSatisfy { $0[5...8] == ["", "", "", ""] && $0[10] == "" })

        let markdown = try run(["summary", "--register", "lcc-2021-22-q4", "--format", "md"], data: data)
        #expect(markdown.stdout.hasPrefix("| ID | Description | Current | Target | Target date | Q1 | Q2 | Q3 | Q4 | Direction of travel |\n|---|"))
        #expect(markdown.stdout.contains("| Corp4 | Integration \\& Innovation | 20 | 6 | March 2022 | \\- | \\- | \\- | \\- | \\+ve \\(↑ up\\) |"))

        let json = try run(["summary", "--register", "2021/22 Q4", "--format", "json"], data: data)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["printed"] as? Bool == true && object["previous"] as? String == "lcc-2021-22-q3")
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == Self.appendixB.map(\.id))
        #expect(rows.map { $0["current"] as? Int } == Self.appendixB.map(\.current))
        #expect(rows.map { $0["target"] as? Int } == Self.appendixB.map(\.target))
        #expect(rows.map { $0["entry"] as? String } == ["Corp 1", "Corp 2", "Corp 4", "Corp 5", "Corp 6", "Corp 7", "CO1", "CO2"])
        #expect(rows.allSatisfy { $0["direction"] as? String == "+ve" && ($0["stale"] as? [String])?.isEmpty == true })
    }

    @Test func summaryFlagsAPrintedRowARescoreMadeStale() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        try edit("lcc-2021-22-q4", in: data) { register in
            var entries = register["entries"] as? [[String: Any]] ?? []
            entries[3]["current"] = ["likelihood": 3, "impact": 4, "score": 12]
            register["entries"] = entries
        }
        let result = try run(["summary", "--register", "lcc-2021-22-q4"], data: data)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("! Corp5: the printed current score no longer matches entry Corp 5"), "\(result.stdout)")
    }

    @Test func csvExportParsesBackWithEveryEntryAndMultiLineCells() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        for stem in ["lcc-2021-22-q4", "lcc-2016-17-q4"] {
            let file = data.appendingPathComponent("\(stem).csv")
            let result = try run(["export", "--register", stem, "--format", "csv", "-o", file.path, "--bom"], data: data)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            let bytes = try [UInt8](Data(contentsOf: file))
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "the byte order mark Excel needs")
            #expect(bytes.suffix(2) == [13, 10], "records end in CRLF")
            let records = try #require(try PythonCheck.run(PythonCheck.csvReader, on: file) as? [[String]])
            let header = try #require(records.first)
            let column = { (name: String) throws -> Int in try #require(header.firstIndex(of: name), "column \(name)") }
            let entries = try #require(try register(stem, in: data)["entries"] as? [[String: Any]])
            #expect(records.count == entries.count + 1)
            #expect(records.allSatisfy { $0.count == header.count })
            for (record, entry) in zip(records.dropFirst(), entries) {
                #expect(record[try column("id")] == entry["id"] as? String)
                #expect(record[try column("title")] == entry["title"] as? String)
                #expect(record[try column("owner")] == (entry["owner"] as? String ?? ""))
                #expect(record[try column("status")] == "open")
                #expect(record[try column("reviews")] == "0")
                let current = try #require(entry["current"] as? [String: Any])
                #expect(record[try column("current.score")] == ((current["score"] as? Int).map(String.init) ?? ""))
                #expect(record[try column("current.likelihood")] == ((current["likelihood"] as? Int).map(String.init) ?? ""))
                let controls = try #require(entry["controls"] as? [[String: Any]])
                let cell = record[try column("controls")]
                let lines = cell.isEmpty ? [] : cell.components(separatedBy: "\n")
                #expect(lines.count == controls.count, "one control a line in \(entry["id"] ?? "")")
                for (line, control) in zip(lines, controls) {
                    #expect(line.hasSuffix(control["text"] as? String ?? "\u{0}"), "\(line)")
                }
            }
        }
        let q4 = try #require(try PythonCheck.run(PythonCheck.csvReader, on: data.appendingPathComponent("lcc-2021-22-q4.csv")) as? [[String]])
        let header = q4[0]
        let corp4 = try #require(q4.first { $0.first == "Corp 4" })
        let value = { (name: String) in header.firstIndex(of: name).map { corp4[$0] } }
        #expect(value("current.score") == "20" && value("current.likelihood") == "3" && value("current.impact") == "2")
        #expect(value("current.band") == "Very high" && value("target.band") == "Medium")
        #expect(value("profile.id") == "Corp4" && value("direction.text") == "'+ve", "a formula character gets a ' (CSVFormulaTests)")
        let corp1 = try #require(q4.first { $0.first == "Corp 1" })
        #expect(header.firstIndex(of: "controls").map { corp1[$0].contains("\n") } == true, "a multi-line cell")
    }

    @Test func markdownExportHasTheSummaryTableAndEveryEntry() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try run(["export", "--register", "lcc-2021-22-q4", "--format", "md"], data: data)
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        #expect(text.hasPrefix("# Corporate Risk \\& Opportunity Register: 2021/22 Q4\n"))
        for row in Self.appendixB {
            let description = row.description.replacingOccurrences(of: "&", with: "\\&").replacingOccurrences(of: ":", with: "\\:")
                .replacingOccurrences(of: "-", with: "\\-")
            #expect(text.contains("| \(row.id) | \(description) | \(row.current) | \(row.target) |"), "\(row.id)")
        }
        for heading in ["### Corp 1: Reshaping the County Council\\: Our Improvement Journey", "### CO2: Environmental Improvements",
                        "## What moved since the previous quarter", "- **Corp 3** removed: SEND Partnership Improvement Plan"] {
            #expect(text.contains(heading), "\(heading)")
        }
    }

    @Test func htmlExportIsWellFormedSelfContainedAndEscapesAHostileTitle() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let hostile = "<script>alert(1)</script>"
        try edit("lcc-2021-22-q4", in: data) { register in
            register["title"] = hostile
            register["previous"] = "lcc-2021-22-q3"
            var entries = register["entries"] as? [[String: Any]] ?? []
            entries[0]["title"] = "<img src=\"http://example.invalid/x.png\" onerror=\"alert(2)\">"
            entries[1]["owner"] = "\"><a href=\"https://example.invalid\">x</a>"
            register["entries"] = entries
        }
        let file = data.appendingPathComponent("pack.html")
        let result = try run(["export", "--register", "lcc-2021-22-q4", "--format", "html", "-o", file.path], data: data)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try #require(try PythonCheck.run(PythonCheck.htmlReader, on: file) as? [String: Any])
        #expect((page["errors"] as? [String]) == [], "\(page["errors"] ?? "")")
        let tags = try #require(page["tags"] as? [[Any]])
        let names = tags.compactMap { $0.first as? String }
        #expect(!names.contains("script") && !names.contains("link") && !names.contains("img") && !names.contains("a"))
        let attributes = tags.compactMap { $0.last as? [String: String] }
        #expect(!attributes.contains { $0["src"] != nil || $0["href"] != nil || $0.keys.contains { $0.hasPrefix("on") } })
        #expect(names.filter { $0 == "style" }.count == 1 && names.contains("h1"))
        #expect(names.filter { $0 == "article" }.count == 8, "one card per entry")
        let text = try #require(page["text"] as? String)
        #expect(text.contains("\(hostile): 2021/22 Q4"), "the title shown as text")
        #expect(text.contains("<img src=\"http://example.invalid/x.png\""))
        #expect(text.contains("Reshaping the County Council: Our Improvement Journey") || text.contains("Corp1"))
        #expect(text.contains("What moved since the previous quarter") && text.contains("SEND Partnership Improvement Plan"))
        let cells = attributes.filter { ($0["class"] ?? "").hasPrefix("cell ") }
        #expect(cells.count == 50, "a 5×5 grid for risks and one for opportunities")
        #expect(cells.contains { $0["class"] == "cell red" && $0["title"] == "score 20" })
        let raw = try String(contentsOf: file, encoding: .utf8)
        #expect(!raw.contains("<img") && !raw.contains("src=\"") && !raw.contains("href=\"") && !raw.contains(hostile))
        #expect(raw.contains("@page { size: A4") && raw.contains("break-inside: avoid") && raw.contains("display: table-header-group"))
    }

    @Test func exportWritesWholeFilesOrNothing() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let missing = data.appendingPathComponent("no-such-dir/out.csv")
        let failed = try run(["export", "--format", "csv", "-o", missing.path], data: data)
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("cannot write"), "\(failed.stderr)")
        let unknown = data.appendingPathComponent("unknown.csv")
        let badRegister = try run(["export", "--register", "2030/31 Q1", "--format", "csv", "-o", unknown.path], data: data)
        #expect(badRegister.status == 2)
        #expect(!FileManager.default.fileExists(atPath: unknown.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: data.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        let json = data.appendingPathComponent("copy.json")
        let exported = try run(["export", "--register", "lcc-2021-22-q4", "--format", "json", "-o", json.path], data: data)
        #expect(exported.status == 0)
        #expect(try Data(contentsOf: json) == Data(contentsOf: data.appendingPathComponent("lcc-2021-22-q4.json")), "the canonical file itself")
    }

    @Test func heatmapCountsMatchTheRegister() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try run(["heatmap", "--register", "lcc-2021-22-q4"], data: data, environment: ["TERM": "xterm-256color"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"), "no colour when piped")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Corporate Risk & Opportunity Register 2021/22 Q4 (lcc-2021-22-q4): current ratings of 8 risks and opportunities")
        let grid = lines.dropFirst().prefix(5).map { line in
            line.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "≠·"))) }.dropFirst().map { $0 }
        }
        #expect(grid[1] == [1, 3, 1], "impact 4: Possible 1 (Corp 2), Likely 3, Certain 1: \(lines)")
        #expect(grid.joined().reduce(0, +) == 8)
        #expect(lines.contains("likelihood 4 × impact 4 (16): Corp 1, Corp 5, Corp 7"))
        #expect(lines.contains("likelihood 3 × impact 2 (6): Corp 4 ≠20, CO2"), "Corp 4 printed 20, as the browser marks it")
        #expect(lines.contains { $0.hasPrefix("≠N: the score printed is N, not likelihood × impact") })
        let scoreOnly = try run(["heatmap", "--register", "lcc-2016-17-q4", "--kind", "risk", "--view", "residual"], data: data)
        #expect(scoreOnly.status == 0)
        #expect(scoreOnly.stdout.contains("score only "), "2016/17 printed scores only: \(scoreOnly.stdout)")
        let risks = try run(["heatmap", "--register", "lcc-2021-22-q4", "--kind", "opportunity"], data: data)
        #expect(risks.stdout.contains("current ratings of 2 opportunities") && risks.stdout.contains("5 Outstanding"))
    }

    @Test func listPipedCutsNothingAndShowsPrintedDirections() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let owner = "Director of " + String(repeating: "Strategy, Performance and Partnerships ", count: 3) + "(end)"
        let title = String(repeating: "A very long title of a risk ", count: 10) + "(end)"
        try edit("lcc-2021-22-q4", in: data) { register in
            var entries = register["entries"] as? [[String: Any]] ?? []
            entries[0]["owner"] = owner
            entries[0]["title"] = title
            register["entries"] = entries
        }
        let result = try run(["list", "--register", "lcc-2021-22-q4"], data: data)
        #expect(result.status == 0, "\(result.stderr)")
        let corp1 = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Corp 1") })
        #expect(corp1.contains(owner) && corp1.hasSuffix(title), "\(corp1)")
        #expect(corp1.contains(" +ve "), "the printed words where the trend is unknown")
        let q1 = try run(["list", "--register", "lcc-2019-20-q1"], data: data)
        #expect(q1.stdout.split(separator: "\n").contains { $0.hasPrefix("CR7") && $0.contains(" ↓ ") })
    }
}
