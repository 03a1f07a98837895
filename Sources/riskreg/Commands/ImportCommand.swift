import ArgumentParser
import Foundation
import RegisterInterchange
import RiskRegister

/// `riskreg import`: builds a register from a CSV or XLSX spreadsheet (`RegisterImport`) and
/// writes it into the data directory as a new file, never over an existing one.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Build a register from a CSV or XLSX spreadsheet (docs/exports.md, \"Import\").",
        discussion: """
        Row 1 (the first row that is not blank) holds the headers, matched to fields ignoring case, \
        spaces and punctuation: the CSV export's column names, common council headings ("Risk Ref", \
        "Risk Owner", "Likelihood", "Current Controls"...), or --map 'Header=field,...'. Likelihood \
        and impact are numbers 1-5 or the Key to Scores words; list cells hold one item a line. Every \
        bad cell is reported as FILE: row R, column C (Header): message, and nothing is written; with \
        --partial the good rows are written and the bad ones listed. The register is written to \
        STEM.json in the data directory (default: the spreadsheet's name), never over an existing \
        file. Only a regular file is read (a FIFO or device is refused, never waited on); a CSV quoting \
        error is reported by row and column; reading stops past 100000 rows, the most a register holds. \
        Exit 0 when every row was imported, 2 on bad input (with --partial, also when rows were left out).
        """
    )

    @Argument(help: "The spreadsheet: FILE.csv (UTF-8, a byte order mark allowed) or FILE.xlsx.")
    var file: String

    @Option(name: .long, help: "The register's period (\"2022/23 Q1\").")
    var period: String

    @Option(name: .long, help: "The organisation (default: the newest register's in the data directory).")
    var organisation: String?

    @Option(name: .long, help: "The register's title (default: the newest register's, else \"Corporate Risk & Opportunity Register\").")
    var title: String?

    @Option(name: .long, help: "Headers for fields: 'Risk Ref=id,Risk Owner=owner' (a field of - leaves the column out).")
    var map: String?

    @Option(name: .long, help: "The XLSX sheet to read (default the first).")
    var sheet: String?

    @Option(name: [.customShort("o"), .long], help: "The new register's file stem (default the spreadsheet's name).")
    var output: String?

    @Flag(name: .long, help: "Write the rows that read cleanly even when others do not (those are listed).")
    var partial = false

    @Option(name: .long, help: "The register's level: corporate (default) or directorate (a directorate's or service's register, rolled up by `riskreg rollup`).")
    var level: String?

    @Option(name: .customLong("escalation-threshold"),
            help: "For a directorate register: the current score at or above which a risk should be escalated (default \(Register.defaultEscalationThreshold)).")
    var escalationThreshold: Int?

    @OptionGroup var data: DataOptions

    func run() throws {
        guard Period(period) != nil else {
            throw CommandFailure("--period \(SafeText.quoted(period, limit: 40)) is not of the form \"2022/23 Q1\"", code: CommandFailure.badInput)
        }
        let level = try self.level.map { name -> RegisterLevel in
            guard let level = RegisterLevel(rawValue: name.lowercased()) else {
                throw CommandFailure("--level \(SafeText.quoted(name, limit: 40)): the levels are corporate and directorate", code: CommandFailure.badInput)
            }
            return level
        }
        if let escalationThreshold, !(1...10_000).contains(escalationThreshold) {
            throw CommandFailure("--escalation-threshold \(escalationThreshold) is not a score from 1 to 10000", code: CommandFailure.badInput)
        }
        var mapping = ImportMapping()
        if let map {
            do {
                mapping = try ImportMapping(map: map)
            } catch {
                throw CommandFailure(error.description, code: CommandFailure.badInput)
            }
        }
        let url = URL(fileURLWithPath: file)
        let name = url.lastPathComponent
        let stem = try outputStem(defaultingTo: url.deletingPathExtension().lastPathComponent)
        let target = data.directory.appendingPathComponent("\(stem).json")
        let exists = "\(target.path) already exists; not overwritten (nothing was written)"
        if (try? FileManager.default.attributesOfItem(atPath: target.path)) != nil {
            throw CommandFailure(exists, code: CommandFailure.badInput)
        }
        let rows = try readRows(url, name: name)
        let (organisation, title) = try registerNames()
        var result = RegisterImport(file: name, rows: rows, mapping: mapping, organisation: organisation, title: title, period: period)
        result.register.level = level
        result.register.escalationThreshold = escalationThreshold
        for unmatched in result.unmatched {
            StandardError.print("riskreg: warning: \(unmatched)")
        }
        for problem in result.problems {
            StandardError.print(problem.description)
        }
        if !mapping.unknownFields.isEmpty {
            StandardError.print("riskreg: the fields are \(ImportMapping.fields.joined(separator: ", ")), or - to leave a column out")
        }
        let imported = result.register.entries.count
        let refusal: String? = if result.headerFailed {
            "the header row cannot be used"
        } else if result.rowsRead == 0 {
            "no rows to import"
        } else if imported == 0 {
            "none of the \(result.rowsRead) rows could be read"
        } else if !result.problems.isEmpty && !partial {
            "\(result.badRows.count) of \(result.rowsRead) rows could not be read (--partial writes the others)"
        } else {
            nil
        }
        if let refusal {
            throw CommandFailure("\(name): \(refusal); nothing was written", code: CommandFailure.badInput)
        }
        do {
            try RegisterStore.write(RegisterFile.encode(result.register), to: target, expecting: nil)
        } catch SaveError.changedOnDisk {
            throw CommandFailure(exists, code: CommandFailure.badInput)
        } catch {
            throw CommandFailure("\(error)", code: CommandFailure.badInput)
        }
        Output.line(target.path)
        if !result.problems.isEmpty {
            let left = result.badRows.map(String.init).joined(separator: ", ")
            throw CommandFailure("\(name): imported \(imported) of \(result.rowsRead) rows into \(target.path); left out rows \(left)",
                                 code: CommandFailure.badInput)
        }
    }

    /// The spreadsheet's rows, read by its extension; only a regular file is read.
    private func readRows(_ url: URL, name: String) throws -> [SheetRow] {
        let kind = url.pathExtension.lowercased()
        guard kind == "csv" || kind == "xlsx" else {
            throw CommandFailure("\(SafeText.quoted(file)): import reads .csv and .xlsx files", code: CommandFailure.badInput)
        }
        if kind == "csv", sheet != nil {
            throw CommandFailure("--sheet is for XLSX workbooks only", code: CommandFailure.badInput)
        }
        let input = try SpreadsheetFile(path: file, maximumBytes: data.maximumBytes)
        if kind == "xlsx" {
            return try XLSXSheetReader.rows(of: input, file: name, sheet: sheet)
        }
        return try CSVSheetReader.rows(of: input, name: name)
    }

    /// `-o`, or the spreadsheet's name: a file stem, without a path or a leading dot.
    private func outputStem(defaultingTo fallback: String) throws -> String {
        var stem = output ?? fallback
        if stem.lowercased().hasSuffix(".json") { stem.removeLast(5) }
        guard !stem.isEmpty, !stem.hasPrefix("."), !stem.contains("/") else {
            throw CommandFailure("-o \(SafeText.quoted(stem, limit: 40)) is not a file stem (a name without a path or a leading dot)",
                                 code: CommandFailure.badInput)
        }
        return stem
    }

    /// The organisation and title: the options, else the newest register's in the data directory.
    private func registerNames() throws -> (organisation: String, title: String) {
        if let organisation, let title { return (organisation, title) }
        let newest = try? RegisterPicker(data: data, name: nil).pick().register
        guard let organisation = organisation ?? newest?.organisation else {
            throw CommandFailure("--organisation is needed: \(data.directory.path) has no register to take it from",
                                 code: CommandFailure.badInput)
        }
        return (organisation, title ?? newest?.title ?? "Corporate Risk & Opportunity Register")
    }
}
