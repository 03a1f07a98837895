import Foundation
import RegisterInterchange
import RegisterUI
import RiskRegister

/// What one fuzz input goes through: the header scanner (counting entries and not), the parser and
/// decoder (as a register and as a recovery file); for whatever decodes, the scanned header must
/// be the register's and the search index must agree with one-entry search, then the validator,
/// the canonical writer (which must read back to the same register), a three-way merge with
/// itself changed, and the browser's heat map, list and detail pane drawn with each entry selected
/// in turn. The same bytes are also opened as an index database and, where they decode, made into
/// a save's commit message, which must hold nothing a terminal would act on. Any trap is a finding.
/// `RISKREG_FUZZ_ONLY` picks one surface for long runs: `cache` (the index database and the
/// commit message) or `import` (the bytes as a CSV and as an XLSX workbook for `riskreg import`).
enum FuzzTarget {
    /// A data directory and a cache directory for the index database, at a fixed path so that the
    /// seed in Tests/Fuzz/corpus-cache (a real index database of Data/ copied there) names it.
    private static let scratch: (data: URL, cache: URL) = {
        let root = URL(fileURLWithPath: "/tmp/riskreg-fuzz")
        let data = root.appendingPathComponent("data")
        try? FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        return (data, root.appendingPathComponent("cache"))
    }()

    /// The bytes as the index database of an empty data directory (its write-ahead log and
    /// shared memory removed first): whatever they say, opening them (the catalogue alone, and
    /// whole), searching them and bringing them up to date must not trap; a database that is
    /// refused is deleted, and one naming files that do not exist ends up with no record.
    private static func readAsIndexDatabase(_ bytes: [UInt8]) {
        let (data, cache) = scratch
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let file = IndexCacheLocation.file(for: data.resolvingSymlinksInPath().path, in: cache)
        for suffix in ["-wal", "-shm", "-journal"] { unlink(file.path + suffix) }
        unlink(file.path)
        guard FileManager.default.createFile(atPath: file.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else { return }
        _ = DirectoryIndex.open(for: data, cacheDirectory: cache, includingSearchText: false).orderedFiles
        let index = DirectoryIndex.open(for: data, cacheDirectory: cache)
        _ = index.orderedFiles
        for query in ["e", "budget", "", "\u{301}"] { _ = index.search(query) }
        _ = try? index.refresh()
        guard index.files.isEmpty, index.search("").isEmpty else { fatalError("an index of an empty directory kept a record") }
    }

    /// A commit message for saving the register changed in every entry: each of its lines must be
    /// free of control characters, escapes and bidirectional overrides, whatever the ids say.
    private static func checkCommitMessage(_ register: Register, name: String) {
        var saved = register
        for index in saved.entries.indices {
            saved.entries[index].history.append(Change(at: "t", author: "fuzz", field: saved.entries[index].id, before: nil, after: "x"))
        }
        saved.entries.removeFirst(min(1, saved.entries.count))
        let message = SaveCommitMessage.text(name: name, before: register, saved: saved)
        for line in message.split(separator: "\n", omittingEmptySubsequences: false)
        where line.unicodeScalars.contains(where: SafeText.isUnsafe) {
            fatalError("a commit message line carries a character a terminal would act on")
        }
    }

    /// The bytes as a spreadsheet for `riskreg import`, as CSV and, with `asWorkbook`, as XLSX: each
    /// read ends in rows or an `InterchangeError` (anything else thrown is a finding), the rows read
    /// hold no empty cell and no blank row, and whatever rows come back build a register that
    /// encodes and reads back. (Reading a workbook leaks in Foundation's file-name conversion, so
    /// only the `import` mode, which runs without leak detection, reads the bytes as XLSX.)
    private static func readAsSpreadsheet(_ bytes: [UInt8], asWorkbook: Bool) {
        let csv = { try CSVSheetReader.rows(of: bytes, name: "fuzz.csv") }
        let xlsx = { try XLSXSheetReader.rows(of: Data(bytes), file: "fuzz.xlsx", sheet: nil) }
        for read in asWorkbook ? [csv, xlsx] : [csv] {
            let rows: [SheetRow]
            do {
                rows = try read()
            } catch is InterchangeError {
                continue
            } catch {
                fatalError("a spreadsheet reader threw something other than an InterchangeError: \(error)")
            }
            guard rows.allSatisfy({ !$0.isBlank && $0.filled.allSatisfy { !$0.text.isEmpty } }) else {
                fatalError("a spreadsheet reader kept a blank row or an empty cell")
            }
            let imported = RegisterImport(file: "fuzz", rows: rows, mapping: ImportMapping(), organisation: "o", title: "t", period: "2021/22")
            guard case .success = RegisterFile.decode(RegisterFile.encode(imported.register)) else {
                fatalError("an imported register does not read back")
            }
        }
    }

    /// Which surface alone `RISKREG_FUZZ_ONLY` names, if any (docs/reliability.md).
    private static let only = ProcessInfo.processInfo.environment["RISKREG_FUZZ_ONLY"]

    static func run(_ bytes: [UInt8]) {
        if only == "import" {
            readAsSpreadsheet(bytes, asWorkbook: true)
            return
        }
        readAsIndexDatabase(bytes)
        if only == "cache" {
            if case .success(let register) = RegisterFile.decode(bytes) { checkCommitMessage(register, name: register.title) }
            return
        }
        readAsSpreadsheet(bytes, asWorkbook: false)
        let header = RegisterHeader.scan(bytes)
        _ = RegisterHeader.scan(bytes, countingEntries: false)
        if case .journal(let journal, _)? = RecoveryFile.decode(bytes) {
            // Replayed onto its own base and edits, as a restore would onto a file saved since.
            _ = journal.edited(onto: journal.base)
            _ = journal.base(onto: journal.edits)
        }
        guard case .success(let register) = RegisterFile.decode(bytes) else { return }
        guard header == RegisterHeader(organisation: register.organisation, title: register.title, period: register.period,
                                       entryCount: register.entries.count) else {
            fatalError("the header scanner disagrees with the decoder")
        }
        let index = EntrySearchIndex(register)
        for query in ["e", register.title, String(register.period.prefix(3)), register.entries.first?.id ?? "x"] {
            guard index.matches(query) == register.entries.indices.filter({ EntrySearchIndex.matches(register.entries[$0], query) }) else {
                fatalError("the search index disagrees with one-entry search")
            }
        }
        _ = Validator.validate(register)
        checkCommitMessage(register, name: register.title)
        let canonical = RegisterFile.encode(register)
        guard case .success(let again) = RegisterFile.decode(canonical), again == register else {
            fatalError("the canonical bytes of a register that decoded do not read back to it")
        }
        var changed = register
        if !changed.entries.isEmpty { changed.entries[0].owner = "fuzz" }
        _ = RegisterMerge(base: register, mine: changed, theirs: register).resolved(keepMine: [])
        let loaded = LoadedRegister(url: .init(fileURLWithPath: "/fuzz.json"), register: register, diskBytes: bytes)
        let scan = DirectoryScan(registers: [loaded], failures: [])
        // Draw at the smallest size in Unicode and in ASCII: the heat map, the list, the detail
        // pane with every (of the first 30) entries selected, and each view and kind.
        for capabilities in [TerminalCapabilities.full, .plain] {
            var state = AppState(scan: scan, size: Size(width: 72, height: 20), capabilities: capabilities)
            _ = view(state)
            for key in [Key.character("v"), .character("o"), .character("2")] {
                _ = update(&state, .key(key))
                _ = view(state)
            }
            for _ in register.entries.indices.prefix(30) {
                _ = update(&state, .key(.down))
                _ = view(state)
            }
            _ = update(&state, .key(.character("3")))
            _ = update(&state, .key(.pageDown))
            _ = view(state)
        }
    }
}
