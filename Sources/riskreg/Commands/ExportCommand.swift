import ArgumentParser
import RegisterInterchange
import RiskRegister

/// `riskreg export`: a register as CSV (one row per entry, every field), Markdown or HTML for a
/// committee paper, an XLSX workbook, or its JSON file; to standard output or, atomically, to a
/// file.
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
        let register = loaded.register
        switch format {
        case .csv:
            try OutputTarget.write(CSVText.bytes([EntryTable.columns] + EntryTable.rows(of: register), byteOrderMark: bom), to: output, force: force)
        case .json:
            try OutputTarget.write(RegisterFile.encode(register), to: output, force: force)
        case .md:
            let (profile, comparison) = pack(of: loaded)
            try OutputTarget.write(Array(MarkdownPack.render(register, profile: profile, comparison: comparison).utf8), to: output, force: force)
        case .html:
            let (profile, comparison) = pack(of: loaded)
            try OutputTarget.write(Array(HTMLPack.render(register, profile: profile, comparison: comparison).utf8), to: output, force: force)
        case .xlsx:
            let (profile, comparison) = pack(of: loaded)
            try OutputTarget.writeFile(to: output, force: force, describedAs: "an XLSX workbook") { path in
                try XLSXPack.write(register, profile: profile, comparison: comparison, to: path)
            }
        }
    }

    /// The summary profile of the register and what moved since its predecessor, if it has one.
    private func pack(of loaded: LoadedRegister) -> (SummaryProfile, RegisterComparison?) {
        let predecessor = PredecessorLookup.register(before: loaded, in: data)
        let profile = SummaryProfile(register: loaded.register, predecessor: predecessor?.register)
        return (profile, predecessor.map { RegisterComparison(from: $0.register, to: loaded.register) })
    }
}
