import ArgumentParser
import RegisterCommands
import RiskRegister

/// `riskreg import`: builds a register from a CSV or XLSX spreadsheet (`SpreadsheetImport`) and
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
        let spreadsheet = try SpreadsheetImport(file: file, period: period, map: map, sheet: sheet, output: output, level: level,
                                                escalationThreshold: escalationThreshold, directory: data.directory,
                                                maximumBytes: data.maximumBytes)
        let names = try spreadsheet.names(organisation: organisation, title: title) {
            try? RegisterPicker(data: data, name: nil).pick().register
        }
        let imported = spreadsheet.register(organisation: names.organisation, title: names.title)
        imported.messages.forEach(StandardError.print)
        if let refusal = imported.refusal(partial: partial) { throw refusal }
        try imported.write()
        Output.line(imported.target.path)
        if let leftOut = imported.leftOut { throw leftOut }
    }
}
