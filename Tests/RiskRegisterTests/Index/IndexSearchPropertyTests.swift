import Foundation
import PropertyBased
import Testing
@testable import RiskRegister

/// Searching the index's database finds exactly what `EntrySearchIndex` finds in memory (and so
/// what the browser's search finds), over generated text: accents composed and decomposed, lone
/// and stacked combining marks, emoji, CR LF, NUL, and queries of one and two bytes. One index
/// is written over and over, so each case also checks that an update leaves no stale row behind
/// (registers grow and shrink, entries change place).
@Suite(.timeLimit(.minutes(15))) struct IndexSearchPropertyTests {
    private static let pieces = ["budget", "Risk", "CAFÉ", "cafe\u{301}", "e", "\u{301}", "\u{323}\u{301}", " ", "q\u{301}",
                                 "👨\u{200D}👩", "👍🏽", "🇬🇧", "\r\n", "\r", "\n", "İ", "ß", "Ω", "ﬁ", "한", "\u{1100}\u{1161}",
                                 "ñ", "n\u{303}", "x", "-", "\u{0}", "Ä", "A\u{308}", "ǅ", "éé", "ab"]

    /// Queries of one and two bytes (as UTF-8, before folding), and of one or two code points.
    private static let shortQueries = ["e", "E", "q", "x", " ", "-", "\u{0}", "\n", "a", "b", "ab", "é", "\u{301}", "ß", "ñ", "Ω",
                                       "e\u{301}", "n\u{303}", "İ", "한"]

    private static let text = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...8).map { picks in
        picks.map { pieces[$0] }.joined()
    }

    private func register(_ titles: [String], period: String) -> Register {
        var register = Fixtures.register(entries: titles.enumerated().map { offset, title in
            Entry(id: "E\(offset)", kind: .risk, title: title)
        })
        register.period = period
        return register
    }

    /// What the in-memory index finds in each register, registers by period, as the database's hits.
    private func expected(_ registers: [(name: String, register: Register)], _ query: String) -> [String] {
        registers.flatMap { name, register in
            EntrySearchIndex(register).matches(query).map { "\(name)#\($0) \(register.entries[$0].id) \(register.entries[$0].title)" }
        }
    }

    @Test func theDatabaseFindsWhatTheInMemoryIndexFinds() async throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        // Two indexes on one database: one reads the texts from it at each search, the other keeps
        // them in memory (as the browser does) and must notice what the first writes.
        let index = DirectoryIndex.open(for: data, cacheDirectory: root.appendingPathComponent("cache"))
        let cached = DirectoryIndex.open(for: data, cacheDirectory: root.appendingPathComponent("cache"))
        cached.keepsSearchTextInMemory = true
        #expect(index.isPersistent && cached.isPersistent)
        let status = FileStatus(size: 1, modified: 1, changed: 1, inode: 1, device: 1)
        await propertyCheck(count: 400, input: Self.text.array(of: 0...7), Self.text.array(of: 0...4), Self.text,
                            Gen.int(in: 0...(2 * Self.shortQueries.count))) { first, second, text, pick in
            let query = pick < Self.shortQueries.count ? Self.shortQueries[pick] : text
            // Named so that the later period sorts first by name: the order must come from the periods.
            let registers = [(name: "z.json", register: register(first, period: "2021/22 Q1")),
                             (name: "a.json", register: register(second, period: "2021/22 Q2"))]
            for (name, register) in registers {
                let url = data.appendingPathComponent(name)
                let bytes = RegisterFile.encode(register)
                // The cached index records the register first, the other writes it again after:
                // the same digest, so the cache stays right; then the cached index searches once
                // more after the other has written something else (next case), from the database.
                #expect(cached.update(file: url, bytes: bytes, register: register, statusBefore: status, statusAfter: status))
                #expect(index.update(file: url, bytes: bytes, register: register, statusBefore: status, statusAfter: status))
            }
            let hits = { (index: DirectoryIndex) in index.search(query).map { "\($0.file.lastPathComponent)#\($0.entryIndex) \($0.id) \($0.title)" } }
            let reference = expected(registers, query)
            let described = "titles \(registers.map { $0.register.entries.map { Array($0.title.unicodeScalars) } }) query \(Array(query.unicodeScalars))"
            #expect(hits(index) == reference, "\(described)")
            #expect(hits(cached) == reference, "texts in memory: \(described)")
        }
    }

    @Test func hitsAreInFileOrderAcrossManyRegisters() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data")
        let index = DirectoryIndex.open(for: data, cacheDirectory: nil)
        let status = FileStatus(size: 1, modified: 1, changed: 1, inode: 1, device: 1)
        var registers: [(name: String, register: Register)] = []
        for number in 0..<40 {
            let titles = (0..<(number % 7)).map { "Budget \(number) \($0)\(number % 3 == 0 ? " café" : "")" }
            let period = "20\(30 - number / 4)/\(31 - number / 4) Q\(1 + number % 4)"
            registers.append((String(format: "r%02d.json", number), register(titles, period: period)))
        }
        for (name, register) in registers.shuffled() {
            index.update(file: data.appendingPathComponent(name), bytes: [], register: register, statusBefore: status, statusAfter: status)
        }
        let ordered = registers.sorted { RegisterOrder.Key(name: $0.name, period: $0.register.period) < RegisterOrder.Key(name: $1.name, period: $1.register.period) }
        #expect(index.orderedFiles.map(\.name) == ordered.map(\.name))
        for query in ["budget", "café", "cafe", "1", "", "é"] {
            let found = index.search(query).map { "\($0.file.lastPathComponent)#\($0.entryIndex) \($0.id) \($0.title)" }
            #expect(found == expected(ordered, query), "\(query)")
        }
    }
}
