import ArgumentParser
import Foundation
import RegisterCommands

/// `riskreg export`: a register as CSV, Markdown, HTML, XLSX or JSON (`RegisterExport`); to
/// standard output or, atomically, to a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a register as CSV, Markdown, HTML, XLSX or JSON (docs/exports.md).",
        discussion: """
        csv: RFC 4180, UTF-8, one row per entry with every field (--bom for Excel). md: the summary \
        risk profile and every entry, for committee papers. html: one self-contained page with the \
        heat map, the summary risk profile, what moved since the previous quarter and a card per \
        entry, with print rules for A4. xlsx: a workbook with the sheets Register, Summary, Heat map \
        and (when there is a previous quarter) Changes; never to a terminal. json: the register file, written canonically. With -o the \
        file is written whole or not at all: a new file, or an existing one with --force (its mode kept; a symbolic link is written \
        through to its target); never a device, FIFO, socket or directory. CSV cells that start with =, +, -, @, a tab or a carriage \
        return get a ' in front, so that spreadsheets do not run them as formulas (import takes it off). Exit 0; 2 when the \
        register cannot be found or read, or FILE is refused; 1 when writing FILE fails.
        """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Option(name: .long, help: "The format: csv, md, html, xlsx or json.")
    var format: ExportFormat

    @Option(name: [.customShort("o"), .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Start CSV with a UTF-8 byte order mark, as Excel needs.")
    var bom = false

    @Flag(name: .long, help: "Replace FILE when it exists (a regular file, or a symbolic link to one: its target is written).")
    var force = false

    func validate() throws {
        if bom && format != .csv {
            throw ValidationError("--bom is for --format csv only")
        }
        if force && output == nil {
            throw ValidationError("--force is for -o FILE only")
        }
    }

    func run() throws {
        let loaded = try CommandFailure.asBadInput { try registerOption.pick(in: data) }
        let export = RegisterExport(loaded, predecessor: format.comparesWithPredecessor ? data.predecessor(of: loaded) : nil)
        let target = OutputTarget(path: output, force: force, terminal: isatty(STDOUT_FILENO) == 1)
        if let bytes = export.bytes(format, byteOrderMark: bom) {
            Output.write(try target.write(bytes))
        } else {
            Output.write(try target.writeFile(describedAs: "an XLSX workbook", export.writeWorkbook))
        }
    }
}
