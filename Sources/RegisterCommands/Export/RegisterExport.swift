import RegisterInterchange
import RiskRegister

/// `riskreg export`: a register as CSV (one row per entry, every field), Markdown or HTML for a
/// committee paper, an XLSX workbook, or its JSON file.
public struct RegisterExport {
    /// The register exported.
    public let loaded: LoadedRegister
    /// The register it follows in the data directory, for the papers' "what moved" (looked up only
    /// for the formats that show it: `ExportFormat.comparesWithPredecessor`).
    public let predecessor: LoadedRegister?

    /// The export of `loaded`, with what moved since `predecessor`.
    public init(_ loaded: LoadedRegister, predecessor: LoadedRegister?) {
        self.loaded = loaded
        self.predecessor = predecessor
    }

    /// The bytes of a text format; nil for XLSX, a workbook written to a file (`writeWorkbook`).
    /// `byteOrderMark` starts CSV with a UTF-8 byte order mark, as Excel needs.
    public func bytes(_ format: ExportFormat, byteOrderMark: Bool = false) -> [UInt8]? {
        let register = loaded.register
        switch format {
        case .csv: return CSVText.bytes([EntryTable.columns] + EntryTable.rows(of: register), byteOrderMark: byteOrderMark)
        case .json: return RegisterFile.encode(register)
        case .md: return Array(MarkdownPack.render(register, profile: profile, comparison: comparison).utf8)
        case .html: return Array(HTMLPack.render(register, profile: profile, comparison: comparison).utf8)
        case .xlsx: return nil
        }
    }

    /// Writes the XLSX workbook (Register, Summary, Heat map and, with a predecessor, Changes) to
    /// `path`.
    public func writeWorkbook(to path: String) throws {
        try XLSXPack.write(loaded.register, profile: profile, comparison: comparison, to: path)
    }

    /// The summary profile, with movements since the predecessor.
    private var profile: SummaryProfile {
        SummaryProfile(register: loaded.register, predecessor: predecessor?.register)
    }

    /// What moved since the predecessor, if there is one.
    private var comparison: RegisterComparison? {
        predecessor.map { RegisterComparison(from: $0.register, to: loaded.register) }
    }
}
