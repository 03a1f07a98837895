import Testing
@testable import RiskRegister

/// The import of spreadsheet rows (`RegisterImport`): the header mapping, the Key to Scores words,
/// list cells, and every bad cell reported by row and column.
@Suite(.timeLimit(.minutes(15))) struct RegisterImportTests {
    /// Rows numbered from 1, the header first.
    private func sheet(_ rows: [[String]]) -> [SheetRow] {
        rows.enumerated().map { SheetRow(number: $0.offset + 1, cells: $0.element) }
    }

    private func run(_ rows: [[String]], mapping: ImportMapping = ImportMapping()) -> RegisterImport {
        RegisterImport(file: "sheet.csv", rows: sheet(rows), mapping: mapping, organisation: "Test Council",
                       title: "Corporate Risk & Opportunity Register", period: "2022/23 Q1")
    }

    @Test func councilHeadingsAndWordsFillTheFields() throws {
        let result = run([
            ["Risk Ref", "Risk Title", "Risk Owner", "Likelihood", "Impact", "Score", "Target Likelihood", "Target Impact",
             "Current Controls", "Mitigating Actions", "Kind", "Direction of Travel", "Q4"],
            ["CR1", "Budget gap", "Director of Finance", "Likely", "major", "16", "2", "Moderate (3)",
             "Monitoring\n  [Capacity] Monthly reports\n\nStrategy", "Savings", "", "Increasing", "A"],
            ["CO1", " Devolution ", "Chief Executive", "possible?", "Outstanding", "20", "", "", "", "", "Opportunity", "+ve", ""],
        ])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.unmatched.isEmpty)
        let risk = try #require(result.register.entries.first)
        #expect(risk.id == "CR1" && risk.kind == .risk && risk.owner == "Director of Finance")
        #expect(risk.current == Rating(likelihood: 4, impact: 4, score: 16, likelihoodText: "Likely", impactText: "major"))
        #expect(risk.target == Rating(likelihood: 2, impact: 3, impactText: "Moderate (3)"))
        #expect(risk.controls.map(\.text) == ["Monitoring", "Monthly reports", "Strategy"])
        #expect(risk.controls[1].heading == "Capacity" && risk.controls[1].level == 1)
        #expect(risk.direction == Direction(trend: .up, text: "Increasing"))
        #expect(risk.confidence.quarters == [nil, nil, nil, .amber])
        #expect(risk.notes.isEmpty)
        let opportunity = try #require(result.register.entries.last)
        #expect(opportunity.kind == .opportunity && opportunity.title == "Devolution")
        #expect(opportunity.current == Rating(likelihood: 3, impact: 5, score: 20, likelihoodText: "possible?", impactText: "Outstanding"))
        #expect(opportunity.notes == ["The current score 20 is as printed, not likelihood × impact = 3 × 5 = 15."])
        #expect(opportunity.direction == Direction(trend: .unknown, text: "+ve"))
    }

    @Test func everyBadCellIsReportedWithItsRowAndColumn() {
        let result = run([
            ["Ref", "Title", "Likelihood", "Impact", "Kind"],
            ["CR1", "A", "Probable", "Major", ""],
            ["CR2", "B", "Likely", "7", ""],
            ["CR1", "C", "2", "2", ""],
            ["CR4", "", "2", "2", ""],
            ["CR5", "E", "Rare", "Outstanding", "risk"],
            ["CR6", "F", "3", "3", "threat"],
            ["CR7", "G", "3", "3", ""],
        ])
        #expect(result.problems.map(\.description) == [
            "sheet.csv: row 2, column C (Likelihood): \"Probable\" is not a likelihood: a number 1–5 or Rare (1), Unlikely (2), Possible (3), Likely (4), Certain (5)",
            "sheet.csv: row 3, column D (Impact): 7 is not an impact from 1 to 5",
            "sheet.csv: row 4, column A (Ref): duplicate id \"CR1\": row 2 has it already",
            "sheet.csv: row 5, column B (Title): no title",
            "sheet.csv: row 6, column D (Impact): \"Outstanding\" is not an impact: a number 1–5 or Insignificant (1), Minor (2), Moderate (3), Major (4), Catastrophic (5)",
            "sheet.csv: row 7, column E (Kind): \"threat\" is not a kind: risk or opportunity",
        ])
        #expect(result.badRows == [2, 3, 4, 5, 6, 7])
        #expect(result.register.entries.map(\.id) == ["CR7"])
        #expect(!result.headerFailed && result.rowsRead == 7)
    }

    @Test func theMapNamesFieldsAndReportsUnknownOnesAgainstTheirColumn() throws {
        let mapping = try ImportMapping(map: "Risk Code=id, Heading = title,Lead=owenr,Extra=-")
        let result = run([["Risk Code", "Heading", "Lead", "Extra", "Whatever"], ["R1", "T", "O", "x", "y"]], mapping: mapping)
        #expect(result.headerFailed)
        #expect(result.problems.map(\.description) == ["sheet.csv: row 1, column C (Lead): --map \"Lead=owenr\": \"owenr\" is not a field"])
        #expect(result.unmatched.map(\.description) == ["sheet.csv: row 1, column E (Whatever): matches no field and is left out (--map 'HEADER=FIELD' names one)"])
        #expect(throws: ImportMapping.MapError.self) { try ImportMapping(map: "Lead") }
        let fixed = run([["Risk Code", "Heading", "Lead"], ["R1", "T", "O"]], mapping: try ImportMapping(map: "Risk Code=id,Heading=TITLE,Lead=owner"))
        #expect(fixed.problems.isEmpty && fixed.register.entries.first?.owner == "O")
    }

    @Test func aHeaderWithoutIdOrTitleOrWithTwoColumnsForOneFieldImportsNothing() {
        let result = run([["Owner", "Risk Owner"], ["a", "b"]])
        #expect(result.headerFailed && result.register.entries.isEmpty)
        #expect(result.problems.map(\.description) == [
            "sheet.csv: row 1, column B (Risk Owner): column A (Owner) is already read as owner",
            "sheet.csv: row 1: no column is read as id (--map 'HEADER=id' names one)",
            "sheet.csv: row 1: no column is read as title (--map 'HEADER=title' names one)",
        ])
        #expect(run([]).headerFailed)
    }

    @Test func defaultHeadingsNeverNameTwoFieldsAndMatchIgnoringCaseAndPunctuation() {
        var seen: [String: String] = [:]
        for (field, headings) in ImportMapping.defaultHeadings {
            #expect(ImportMapping.fields.contains(field), "\(field)")
            for heading in headings {
                let key = ImportMapping.key(heading)
                #expect(seen[key] == nil || seen[key] == field, "\(heading) names \(seen[key] ?? "") and \(field)")
                seen[key] = field
            }
        }
        let mapping = ImportMapping()
        #expect(mapping.target(for: "RISK-OWNER") == .field("owner"))
        #expect(mapping.target(for: "Current Likelihood") == .field("current.likelihood"))
        #expect(mapping.target(for: "current.band") == .ignored)
        #expect(mapping.target(for: "Colour") == nil)
    }

    @Test func listLinesReadBackAsTheItemsTheTableWrites() {
        let items = [
            Item(id: "a", text: "Top"), Item(id: "b", text: "Under a heading", heading: "Capacity", level: 1),
            Item(id: "c", text: "(bracketed) text", level: 2), Item(id: "d", text: "[…] lost text stays text"),
            Item(id: "e", text: "Note", date: "2026-11-22", author: "jo"),
        ]
        let cell = items.map(EntryTable.line).joined(separator: "\n")
        let read = ItemLines.items(cell, list: "progress", entry: "CR1")
        #expect(read.map(EntryTable.line) == items.map(EntryTable.line))
        #expect(read.map(\.text) == items.map(\.text))
        #expect(read.map(\.heading) == items.map(\.heading) && read.map(\.level) == items.map(\.level))
        #expect(read.map(\.date) == items.map(\.date) && read.map(\.author) == items.map(\.author))
        #expect(read.map(\.id) == ItemLines.items(cell, list: "progress", entry: "CR1").map(\.id), "ids are derived, not random")
        #expect(ItemLines.items("2026-11-22 (jo) Note", list: "controls", entry: "CR1").first?.date == nil, "dates only in progress")
    }
}
