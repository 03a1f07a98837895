/// A register built from a spreadsheet's rows (`riskreg import`, docs/exports.md "Import"): the
/// first row that is not blank is the header, each later row that is not blank is an entry. Every
/// cell that cannot be read is a problem with its row and column; a row with a problem gives no
/// entry. Problems with the header (no id or title column, two columns for one field), or more
/// rows than a register may hold, leave nothing to import at all.
public struct RegisterImport: Sendable {
    /// The most rows a sheet may have below its header: a register holds at most this many entries.
    public static let maximumRows = FormatLimits.maximumElements
    /// Why a sheet with more than `maximumRows` rows below its header is refused; the readers
    /// stop reading at the row past the limit and say this.
    public static let tooManyRows = "more than \(maximumRows) rows; a register holds at most \(maximumRows) entries"

    /// The register of the rows that read cleanly, in sheet order.
    public var register: Register
    /// Every problem found, in row order.
    public var problems: [ImportProblem]
    /// Header cells that match no field and are left out.
    public var unmatched: [ImportProblem]
    /// The number of rows that were read as entries (blank rows are not counted).
    public var rowsRead: Int
    /// True when the header itself is wrong (or the sheet has more than `maximumRows` rows), so
    /// that no row could be imported.
    public var headerFailed: Bool

    /// Builds the register of a sheet.
    /// - Parameters:
    ///   - file: the spreadsheet's file name, for problems and the register's `source.document`.
    ///   - rows: the sheet's rows, the header first.
    ///   - mapping: which header fills which field.
    ///   - organisation, title, period: the register's; the sheet does not carry them.
    public init(file: String, rows: [SheetRow], mapping: ImportMapping, organisation: String, title: String, period: String) {
        let source = RegisterSource(document: file, heading: nil, periodEvidence: "Given as --period to riskreg import.")
        register = Register(organisation: organisation, title: title, period: period, source: source)
        problems = []
        unmatched = []
        rowsRead = 0
        headerFailed = false
        let nonBlank = rows.filter { !$0.isBlank }
        guard let header = nonBlank.first else {
            problems = [ImportProblem(file: file, row: 1, message: "the sheet is empty: no header row")]
            headerFailed = true
            return
        }
        guard nonBlank.count - 1 <= Self.maximumRows else {
            problems = [ImportProblem(file: file, row: nonBlank[Self.maximumRows + 1].number, message: Self.tooManyRows)]
            headerFailed = true
            return
        }
        let headers = header.cells.map { $0.trimmingWhitespace() }
        var columns: [String: Int] = [:]
        for (column, name) in headers.enumerated() where !name.isEmpty {
            switch mapping.target(for: name) {
            case .field(let field):
                if let earlier = columns[field] {
                    problems.append(ImportProblem(file: file, row: header.number, column: column, header: name,
                                                  message: "column \(ImportProblem.letters(earlier)) (\(headers[earlier])) is already read as \(field)"))
                } else {
                    columns[field] = column
                }
            case .ignored:
                continue
            case nil where mapping.unknownFields.contains { ImportMapping.key($0.header) == ImportMapping.key(name) }:
                continue
            case nil:
                unmatched.append(ImportProblem(file: file, row: header.number, column: column, header: name,
                                               message: "matches no field and is left out (--map 'HEADER=FIELD' names one)"))
            }
        }
        for (mapped, field) in mapping.unknownFields {
            let column = headers.firstIndex { ImportMapping.key($0) == ImportMapping.key(mapped) }
            problems.append(ImportProblem(file: file, row: header.number, column: column, header: column.map { headers[$0] },
                                          message: "--map \(SafeText.quoted("\(mapped)=\(field)", limit: 60)): \(SafeText.quoted(field, limit: 40)) is not a field"
                                            + (column == nil ? " (and the sheet has no such header)" : "")))
        }
        for field in ["id", "title"] where columns[field] == nil {
            problems.append(ImportProblem(file: file, row: header.number,
                                          message: "no column is read as \(field) (--map 'HEADER=\(field)' names one)"))
        }
        guard problems.isEmpty else {
            headerFailed = true
            return
        }
        let reader = EntryRowReader(file: file, headers: headers, columns: columns, scale: register.scale)
        var firstRowOfID: [String: Int] = [:]
        var firstRowOfUID: [String: Int] = [:]
        for row in nonBlank.dropFirst() {
            rowsRead += 1
            var (entry, rowProblems) = reader.entry(from: row)
            let id = row.cell(columns["id"] ?? 0).trimmingWhitespace()
            if !id.isEmpty {
                let key = EntryIdentity.key(id)
                if let earlier = firstRowOfID[key] {
                    rowProblems.append(ImportProblem(file: file, row: row.number, column: columns["id"], header: columns["id"].map { headers[$0] },
                                                     message: "duplicate id \(SafeText.quoted(id, limit: 40)): row \(earlier) has it already"))
                    entry = nil
                } else {
                    firstRowOfID[key] = row.number
                }
            }
            if let uid = entry?.uid, columns["uid"] != nil {
                if let earlier = firstRowOfUID[uid] {
                    rowProblems.append(ImportProblem(file: file, row: row.number, column: columns["uid"], header: columns["uid"].map { headers[$0] },
                                                     message: "duplicate uid \(SafeText.quoted(uid, limit: 40)): row \(earlier) has it already"))
                    entry = nil
                } else {
                    firstRowOfUID[uid] = row.number
                }
            }
            problems += rowProblems
            if let entry { register.entries.append(entry) }
        }
    }

    /// The rows that gave no entry, by number.
    public var badRows: [Int] {
        var seen = Set<Int>()
        return problems.map(\.row).filter { seen.insert($0).inserted }
    }
}
