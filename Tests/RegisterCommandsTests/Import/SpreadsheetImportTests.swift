import Foundation
import RegisterCommands
import RegisterInterchange
import RiskRegister
import Testing

/// `riskreg import`: the options checked, the rows read, and what is written.
@Suite(.timeLimit(.minutes(15)))
struct SpreadsheetImportTests {
    private let sheet = "Risk Ref,Title,Likelihood,Impact\nR1,A risk,3,4\nR2,Another,x,2\n"

    private func spreadsheet(_ scratch: Scratch, text: String? = nil, name: String = "sheet.csv", period: String = "2022/23 Q2",
                             map: String? = nil, sheet: String? = nil, output: String? = nil, level: String? = nil,
                             threshold: Int? = nil) throws -> SpreadsheetImport {
        let file = scratch.path(name)
        try Data((text ?? self.sheet).utf8).write(to: URL(fileURLWithPath: file))
        let data = scratch.directory.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        return try SpreadsheetImport(file: file, period: period, map: map, sheet: sheet, output: output, level: level,
                                     escalationThreshold: threshold, directory: data, maximumBytes: 1_000_000)
    }

    private func refusal(_ body: () throws -> Void) -> CommandFailure? {
        do {
            try body()
        } catch {
            return error as? CommandFailure
        }
        return nil
    }

    @Test func badRowsAreListedAndRefusedUnlessPartial() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let spreadsheet = try spreadsheet(scratch)
        #expect(spreadsheet.target == scratch.directory.appendingPathComponent("data/sheet.json"))
        let imported = spreadsheet.register(organisation: "Test Council", title: "Risks")
        #expect(imported.messages == ["sheet.csv: row 3, column C (Likelihood): \"x\" is not a likelihood: a number 1–5 or Rare (1), "
                                      + "Unlikely (2), Possible (3), Likely (4), Certain (5)"])
        #expect(imported.refusal(partial: false)?.message
                == "sheet.csv: 1 of 2 rows could not be read (--partial writes the others); nothing was written")
        #expect(imported.refusal(partial: true) == nil)
        try imported.write()
        let written = try RegisterStore.load(spreadsheet.target).get().register
        #expect(written.entries.map(\.id) == ["R1"])
        #expect(written.period == "2022/23 Q2")
        #expect(imported.leftOut?.message == "sheet.csv: imported 1 of 2 rows into \(spreadsheet.target.path); left out rows 3")
        #expect(imported.leftOut?.code == 2)
    }

    @Test func aCleanSheetIsWrittenWithTheLevelAndThreshold() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let spreadsheet = try spreadsheet(scratch, text: "Risk Ref,Title,Likelihood,Impact\nD1,Care,4,4\n", output: "adults-2022-23-q2.json",
                                          level: "Directorate", threshold: 12)
        #expect(spreadsheet.target.lastPathComponent == "adults-2022-23-q2.json")
        let imported = spreadsheet.register(organisation: "Test Council", title: "Adults")
        #expect(imported.messages.isEmpty)
        #expect(imported.refusal(partial: false) == nil)
        #expect(imported.leftOut == nil)
        #expect(imported.result.register.level == .directorate)
        #expect(imported.result.register.escalationThreshold == 12)
    }

    @Test func badOptionsAreRefusedBeforeAnythingIsRead() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let messages = [
            refusal { _ = try spreadsheet(scratch, period: "bad") },
            refusal { _ = try spreadsheet(scratch, level: "county") },
            refusal { _ = try spreadsheet(scratch, threshold: 0) },
            refusal { _ = try spreadsheet(scratch, output: "../elsewhere") },
            refusal { _ = try spreadsheet(scratch, output: ".hidden") },
            refusal { _ = try spreadsheet(scratch, sheet: "Risks") },
            refusal { _ = try spreadsheet(scratch, name: "sheet.txt") },
        ].map { $0?.message }
        #expect(messages == [
            "--period \"bad\" is not of the form \"2022/23 Q1\"",
            "--level \"county\": the levels are corporate and directorate",
            "--escalation-threshold 0 is not a score from 1 to 10000",
            "-o \"../elsewhere\" is not a file stem (a name without a path or a leading dot)",
            "-o \".hidden\" is not a file stem (a name without a path or a leading dot)",
            "--sheet is for XLSX workbooks only",
            "\"\(scratch.path("sheet.txt"))\": import reads .csv and .xlsx files",
        ])
    }

    @Test func anExistingTargetIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let data = scratch.directory.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: data.appendingPathComponent("sheet.json"))
        let failure = refusal { _ = try spreadsheet(scratch) }
        #expect(failure?.message == "\(data.path)/sheet.json already exists; not overwritten (nothing was written)")
    }

    @Test func aMapNamingNoFieldCannotReadTheHeader() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let imported = try spreadsheet(scratch, map: "Risk Ref=nofield").register(organisation: "Test Council", title: "Risks")
        #expect(imported.messages.last?.hasPrefix("riskreg: the fields are id, uid, kind, ") == true)
        #expect(imported.refusal(partial: true)?.message == "sheet.csv: the header row cannot be used; nothing was written")
    }

    @Test func theNamesComeFromTheOptionsElseTheNewestRegister() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let spreadsheet = try spreadsheet(scratch)
        var asked = false
        let given = try spreadsheet.names(organisation: "Org", title: "Title") {
            asked = true
            return nil
        }
        #expect(given == ("Org", "Title") && !asked)
        let newest = try ShippedData.register("lcc-2021-22-q4").register
        let taken = try spreadsheet.names(organisation: nil, title: nil) { newest }
        #expect(taken == ("Lancashire County Council", "Corporate Risk & Opportunity Register"))
        let titled = try spreadsheet.names(organisation: "Org", title: nil) { nil }
        #expect(titled == ("Org", "Corporate Risk & Opportunity Register"))
        let failure = #expect(throws: CommandFailure.self) { try spreadsheet.names(organisation: nil, title: "T") { nil } }
        #expect(failure?.message == "--organisation is needed: \(scratch.directory.appendingPathComponent("data").path) has no register to take it from")
    }
}
