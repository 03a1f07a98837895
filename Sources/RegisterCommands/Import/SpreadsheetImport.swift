import Foundation
import RegisterInterchange
import RiskRegister

/// `riskreg import`: a register built from a CSV or XLSX spreadsheet (`RegisterImport`), for a new
/// file in the data directory, never over an existing one. The options are checked and the
/// spreadsheet read before anything is built; every refusal is bad input (status 2).
public struct SpreadsheetImport {
    /// The spreadsheet's file name, for messages.
    public let name: String
    /// The new register file: the output stem's `.json` in the data directory.
    public let target: URL
    private let rows: [SheetRow]
    private let mapping: ImportMapping
    private let period: String
    private let level: RegisterLevel?
    private let escalationThreshold: Int?
    private let directory: URL

    /// Checks the options (the period, level, escalation threshold, `map` of headers to fields and
    /// `output` stem, and that no file has the target's name yet) and reads the rows of `file` (a
    /// regular file of at most `maximumBytes`, the XLSX workbook's `sheet` or its first). Fails with
    /// a `CommandFailure` for a bad option, an `InterchangeError` for a spreadsheet that cannot be read.
    public init(file: String, period: String, map: String?, sheet: String?, output: String?, level: String?,
                escalationThreshold: Int?, directory: URL, maximumBytes: Int) throws {
        _ = try PeriodOption.parse(period)
        self.level = try level.map { name throws(CommandFailure) -> RegisterLevel in
            guard let level = RegisterLevel(rawValue: name.lowercased()) else {
                throw CommandFailure("--level \(SafeText.quoted(name, limit: 40)): the levels are corporate and directorate", code: CommandFailure.badInput)
            }
            return level
        }
        if let escalationThreshold, !(1...10_000).contains(escalationThreshold) {
            throw CommandFailure("--escalation-threshold \(escalationThreshold) is not a score from 1 to 10000", code: CommandFailure.badInput)
        }
        mapping = try Self.mapping(map)
        let url = URL(fileURLWithPath: file)
        name = url.lastPathComponent
        let stem = try Self.stem(output ?? url.deletingPathExtension().lastPathComponent)
        target = directory.appendingPathComponent("\(stem).json")
        try NewRegisterFile.ensureAbsent(target)
        rows = try Self.rows(of: url, file: file, sheet: sheet, maximumBytes: maximumBytes)
        self.period = period
        self.escalationThreshold = escalationThreshold
        self.directory = directory
    }

    /// The organisation and title: those given, else the `newest` register's of the data directory
    /// (asked for only when one is missing); the title falls back to "Corporate Risk & Opportunity
    /// Register", while a missing organisation is a failure.
    public func names(organisation: String?, title: String?, newest: () -> Register?) throws(CommandFailure) -> (organisation: String, title: String) {
        if let organisation, let title { return (organisation, title) }
        let newest = newest()
        guard let organisation = organisation ?? newest?.organisation else {
            throw CommandFailure("--organisation is needed: \(directory.path) has no register to take it from",
                                 code: CommandFailure.badInput)
        }
        return (organisation, title ?? newest?.title ?? "Corporate Risk & Opportunity Register")
    }

    /// The register the rows make, with the options' level and escalation threshold.
    public func register(organisation: String, title: String) -> ImportedRegister {
        var result = RegisterImport(file: name, rows: rows, mapping: mapping, organisation: organisation, title: title, period: period)
        result.register.level = level
        result.register.escalationThreshold = escalationThreshold
        return ImportedRegister(result: result, name: name, target: target, namesUnknownFields: !mapping.unknownFields.isEmpty)
    }

    /// The map of headers to fields `--map` gives, else the default headings.
    private static func mapping(_ map: String?) throws(CommandFailure) -> ImportMapping {
        guard let map else { return ImportMapping() }
        do {
            return try ImportMapping(map: map)
        } catch {
            throw CommandFailure(error.description, code: CommandFailure.badInput)
        }
    }

    /// `-o`, or the spreadsheet's name: a file stem, without a path or a leading dot (".json" taken off).
    private static func stem(_ given: String) throws(CommandFailure) -> String {
        var stem = given
        if stem.lowercased().hasSuffix(".json") { stem.removeLast(5) }
        guard !stem.isEmpty, !stem.hasPrefix("."), !stem.contains("/") else {
            throw CommandFailure("-o \(SafeText.quoted(stem, limit: 40)) is not a file stem (a name without a path or a leading dot)",
                                 code: CommandFailure.badInput)
        }
        return stem
    }

    /// The spreadsheet's rows, read by its extension; only a regular file is read.
    private static func rows(of url: URL, file: String, sheet: String?, maximumBytes: Int) throws -> [SheetRow] {
        let kind = url.pathExtension.lowercased()
        guard kind == "csv" || kind == "xlsx" else {
            throw CommandFailure("\(SafeText.quoted(file)): import reads .csv and .xlsx files", code: CommandFailure.badInput)
        }
        if kind == "csv", sheet != nil {
            throw CommandFailure("--sheet is for XLSX workbooks only", code: CommandFailure.badInput)
        }
        let input = try SpreadsheetFile(path: file, maximumBytes: maximumBytes)
        if kind == "xlsx" {
            return try XLSXSheetReader.rows(of: input, file: url.lastPathComponent, sheet: sheet)
        }
        return try CSVSheetReader.rows(of: input, name: url.lastPathComponent)
    }
}
