import Foundation
import Testing

/// `riskreg import` end to end: export, import and export again give the same CSV for every
/// shipped register; a council workbook made by openpyxl imports with its words; bad rows are
/// reported by row and column and nothing is written unless `--partial`.
@Suite(.timeLimit(.minutes(20))) struct ImportCommandTests {
    /// Runs riskreg on a data directory.
    private func run(_ arguments: [String], data: URL) throws -> Binary.Result {
        try Binary.run(arguments + ["--data", data.path])
    }

    /// The register files of a directory, by name.
    private func files(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test(arguments: ["lcc-2016-17-q3", "lcc-2016-17-q4", "lcc-2019-20-q1", "lcc-2021-22-q3", "lcc-2021-22-q4"])
    func exportImportExportGivesTheSameCSV(stem: String) throws {
        let data = try Binary.temporaryData()
        let imported = try Binary.temporaryData(copying: false)
        defer {
            try? FileManager.default.removeItem(at: data)
            try? FileManager.default.removeItem(at: imported)
        }
        // Reviews and history are counted, not carried (docs/exports.md, "Import"): the shipped
        // registers have none, and this keeps it so should they gain some.
        let url = data.appendingPathComponent("\(stem).json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        object["entries"] = entries.map { entry in entry.filter { $0.key != "reviews" && $0.key != "history" } }
        try JSONSerialization.data(withJSONObject: object).write(to: url)

        for bom in [false, true] {
            let first = data.appendingPathComponent("\(stem)\(bom ? "-bom" : "").csv")
            let export = try run(["export", "--register", stem, "--format", "csv", "-o", first.path] + (bom ? ["--bom"] : []), data: data)
            try #require(export.status == 0, "\(export.stderr)")
            let period = try #require(object["period"] as? String)
            let target = "\(stem)\(bom ? "-bom" : "")"
            let result = try run(["import", first.path, "--period", period, "--organisation", "Lancashire County Council",
                                  "--title", "Round trip", "-o", target], data: imported)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            #expect(result.stdout == imported.appendingPathComponent("\(target).json").path + "\n")
            let again = try run(["export", "--register", target, "--format", "csv"] + (bom ? ["--bom"] : []), data: imported)
            try #require(again.status == 0, "\(again.stderr)")
            #expect(Data(again.stdout.utf8) == (try Data(contentsOf: first)), "\(stem): the second export differs from the first")
        }
        let validate = try run(["validate"], data: imported)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    @Test func aCouncilWorkbookImportsWithItsHeadingsAndWords() throws {
        try PythonModule.require("openpyxl", package: "openpyxl")
        let data = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: data) }
        let workbook = data.appendingPathComponent("council register.xlsx")
        _ = try PythonModule.run("""
            import datetime, sys, openpyxl
            wb = openpyxl.Workbook()
            cover = wb.active
            cover.title = "Cover"
            cover["A1"] = "Corporate Risk Register"
            ws = wb.create_sheet("Register")
            ws.append(["Risk Ref", "Risk Title", "Risk Owner", "Likelihood", "Impact", "Score", "Target Likelihood",
                       "Target Impact", "Current Controls", "Mitigating Actions", "Type", "Kind", "Target Date",
                       "Direction of Travel", "RAG"])
            ws.append(["CR1", "Budget gap", "Director of Finance", "Likely", "Major", 16, "Possible", "Moderate",
                       "Budget monitoring\\nMedium term financial strategy", "Savings programme", "Financial", "Risk",
                       datetime.date(2023, 3, 31), "Level", "Amber"])
            ws.append([])
            ws.append(["CO1", "Devolution deal", "Chief Executive", "possible", "Outstanding", 20, 4, 5,
                       "Talks under way", None, None, "Opportunity", "March 2023", "Increasing", None])
            ws.append(["CR2", "Cyber attack", "Head of ICT", 4, 2, None, None, None, None, None, None, None, None, None, None])
            wb.save(sys.argv[1])
            """, [workbook.path])

        let result = try run(["import", workbook.path, "--sheet", "register", "--period", "2022/23 Q1",
                              "--organisation", "Test County Council", "-o", "test-2022-23-q1"], data: data)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "riskreg: warning: council register.xlsx: row 1, column O (RAG): matches no field and is left out (--map 'HEADER=FIELD' names one)\n")
        #expect(try files(in: data) == ["test-2022-23-q1.json"])

        let show = try run(["show", "CR1", "--register", "test-2022-23-q1", "--json"], data: data)
        let risk = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(risk["kind"] as? String == "risk" && risk["title"] as? String == "Budget gap" && risk["type"] as? String == "Financial")
        #expect(risk["owner"] as? String == "Director of Finance" && risk["targetDate"] as? String == "2023-03-31")
        let current = try #require(risk["current"] as? [String: Any])
        #expect(current["likelihood"] as? Int == 4 && current["impact"] as? Int == 4 && current["score"] as? Int == 16)
        #expect(current["likelihoodText"] as? String == "Likely" && current["impactText"] as? String == "Major")
        let target = try #require(risk["target"] as? [String: Any])
        #expect(target["likelihood"] as? Int == 3 && target["impact"] as? Int == 3)
        #expect((risk["controls"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["Budget monitoring", "Medium term financial strategy"])
        #expect((risk["direction"] as? [String: Any])?["trend"] as? String == "level")

        let opportunityShow = try run(["show", "CO1", "--register", "test-2022-23-q1", "--json"], data: data)
        let opportunity = try #require(try JSONSerialization.jsonObject(with: Data(opportunityShow.stdout.utf8)) as? [String: Any])
        #expect(opportunity["kind"] as? String == "opportunity")
        let rating = try #require(opportunity["current"] as? [String: Any])
        #expect(rating["likelihood"] as? Int == 3 && rating["impact"] as? Int == 5 && rating["score"] as? Int == 20)
        #expect(rating["impactText"] as? String == "Outstanding")
        #expect(opportunity["notes"] as? [String] == ["The current score 20 is as printed, not likelihood × impact = 3 × 5 = 15."])

        let list = try run(["list", "--register", "test-2022-23-q1"], data: data)
        #expect(list.stdout.contains("Corporate Risk & Opportunity Register 2022/23 Q1"), "\(list.stdout)")
        #expect(list.stdout.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").first.map(String.init) } == ["CR1", "CO1", "CR2"])

        let missing = try run(["import", workbook.path, "--sheet", "Risks", "--period", "2022/23 Q1", "--organisation", "X", "-o", "other"], data: data)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("council register.xlsx: no sheet named \"Risks\"; its sheets are \"Cover\", \"Register\""), "\(missing.stderr)")
    }

    @Test func aWorkbookWithInlineAndRichStringsReadsEveryCellKind() throws {
        let data = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: data) }
        let workbook = data.appendingPathComponent("inline.xlsx")
        // Written by hand (Python's zipfile), as other tools write: inline strings, a rich shared
        // string with a phonetic run, the _x000D_ escape, a formula's cached text, cells without `r`.
        _ = try PythonModule.run("""
            import sys, zipfile
            def part(body):
                return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + body
            main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
            rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
            def inline(ref, text):
                return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
            sheet = (f'<worksheet {main}><sheetData>'
                     '<row r="1">' + inline("A1", "Risk Ref") + inline("B1", "Risk Title") + inline("C1", "Likelihood")
                     + inline("D1", "Impact") + inline("E1", "Current Controls") + inline("F1", "Risk Owner") + '</row>'
                     '<row r="3">' + inline("A3", "CR9") + '<c r="B3" t="s"><v>0</v></c>' + inline("C3", "Rare")
                     + '<c r="D3"><v>5</v></c>' + inline("E3", "First_x000D_\\nSecond") + '<c r="F3" t="str"><f>"Chief"</f><v>Chief</v></c></row>'
                     '<row><c t="inlineStr"><is><t>CR10</t></is></c><c t="inlineStr"><is><t>Fraud</t></is></c><c><v>2.0</v></c><c><v>3</v></c></row>'
                     '</sheetData></worksheet>')
            strings = (f'<sst {main} count="1" uniqueCount="1"><si><r><t>Loss of </t></r><r><t>data</t></r>'
                       '<rPh sb="0" eb="1"><t>ignored</t></rPh></si></sst>')
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("[Content_Types].xml", part('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'))
                z.writestr("xl/workbook.xml", part(f'<workbook {main} {rel}><sheets><sheet name="Risks" sheetId="1" r:id="rId7"/></sheets></workbook>'))
                z.writestr("xl/_rels/workbook.xml.rels", part('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                           '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/s.xml"/></Relationships>'))
                z.writestr("xl/worksheets/s.xml", part(sheet))
                z.writestr("xl/sharedStrings.xml", part(strings))
            """, [workbook.path])
        let result = try run(["import", workbook.path, "--period", "2022/23 Q1", "--organisation", "X"], data: data)
        #expect(result.status == 0, "\(result.stderr)")
        let show = try run(["show", "CR9", "--register", "inline", "--json"], data: data)
        let entry = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(entry["title"] as? String == "Loss of data" && entry["owner"] as? String == "Chief")
        let current = try #require(entry["current"] as? [String: Any])
        #expect(current["likelihood"] as? Int == 1 && current["impact"] as? Int == 5 && current["likelihoodText"] as? String == "Rare")
        #expect((entry["controls"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["First", "Second"])
        let list = try run(["list", "--register", "inline"], data: data)
        #expect(list.stdout.contains("CR10") && list.stdout.contains("6 (2×3)"), "\(list.stdout)")
    }

    /// A sheet with one bad cell of each kind between good rows.
    private static let badSheet = """
        Risk Ref,Risk Title,Risk Owner,Likelihood,Impact\r
        CR1,Budget gap,Finance,Probable,Major\r
        CR2,Cyber attack,ICT,Likely,7\r
        CR3,Flooding,Highways,Possible,Moderate\r
        CR3,Flooding again,Highways,Possible,Moderate\r
        CR5,,Estates,Rare,Minor\r
        CR6,Recruitment,HR,2,3\r

        """

    @Test func everyBadRowIsReportedAndNothingWrittenUnlessPartial() throws {
        let data = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: data) }
        let sheet = data.appendingPathComponent("bad.csv")
        try Data(Self.badSheet.utf8).write(to: sheet)
        let expected = [
            "bad.csv: row 2, column D (Likelihood): \"Probable\" is not a likelihood: a number 1–5 or Rare (1), Unlikely (2), Possible (3), Likely (4), Certain (5)",
            "bad.csv: row 3, column E (Impact): 7 is not an impact from 1 to 5",
            "bad.csv: row 5, column A (Risk Ref): duplicate id \"CR3\": row 4 has it already",
            "bad.csv: row 6, column B (Risk Title): no title",
        ]

        let refused = try run(["import", sheet.path, "--period", "2022/23 Q1", "--organisation", "X"], data: data)
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.split(separator: "\n").map(String.init)
                == expected + ["riskreg: error: bad.csv: 4 of 6 rows could not be read (--partial writes the others); nothing was written"])
        #expect(try files(in: data).isEmpty)

        let partial = try run(["import", sheet.path, "--period", "2022/23 Q1", "--organisation", "X", "--partial"], data: data)
        #expect(partial.status == 2)
        let written = data.appendingPathComponent("bad.json")
        #expect(partial.stdout == written.path + "\n")
        #expect(partial.stderr.split(separator: "\n").map(String.init)
                == expected + ["riskreg: error: bad.csv: imported 2 of 6 rows into \(written.path); left out rows 2, 3, 5, 6"])
        let list = try run(["list", "--register", "bad"], data: data)
        #expect(list.stdout.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").first.map(String.init) } == ["CR3", "CR6"])

        let again = try run(["import", sheet.path, "--period", "2022/23 Q1", "--organisation", "X", "--partial"], data: data)
        #expect(again.status == 2)
        #expect(again.stderr == "riskreg: error: \(written.path) already exists; not overwritten (nothing was written)\n")
    }

    @Test func anUnknownMapFieldIsReportedAgainstItsColumn() throws {
        let data = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: data) }
        let sheet = data.appendingPathComponent("mapped.csv")
        try Data("Code,Heading,Lead\r\nR1,Title,Someone\r\n".utf8).write(to: sheet)
        let bad = try run(["import", sheet.path, "--period", "2022/23 Q1", "--organisation", "X",
                           "--map", "Code=id,Heading=title,Lead=risk owner,Missing=titel"], data: data)
        #expect(bad.status == 2)
        let lines = bad.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "mapped.csv: row 1, column C (Lead): --map \"Lead=risk owner\": \"risk owner\" is not a field")
        #expect(lines.dropFirst().first == "mapped.csv: row 1: --map \"Missing=titel\": \"titel\" is not a field (and the sheet has no such header)")
        #expect(lines.last == "riskreg: error: mapped.csv: the header row cannot be used; nothing was written")
        #expect(try files(in: data).isEmpty)

        let good = try run(["import", sheet.path, "--period", "2022/23 Q1", "--organisation", "X", "--map", "Code=id,Heading=title,Lead=owner"], data: data)
        #expect(good.status == 0, "\(good.stderr)")
        let show = try run(["show", "R1", "--register", "mapped", "--json"], data: data)
        let entry = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(entry["owner"] as? String == "Someone" && entry["title"] as? String == "Title")
    }
}
