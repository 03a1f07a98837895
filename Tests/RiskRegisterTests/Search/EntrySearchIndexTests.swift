import Foundation
import PropertyBased
import Testing
@testable import RiskRegister

/// Search folding and the per-register index: the index, `SearchText.contains` and the browser's
/// per-entry search all find what the specification below finds, over hand-picked and generated text.
@Suite(.timeLimit(.minutes(15))) struct EntrySearchIndexTests {
    private func register(titles: [String]) -> Register {
        Fixtures.register(entries: titles.enumerated().map { offset, title in
            Entry(id: "E\(offset)", kind: .risk, title: title)
        })
    }

    /// The specification, by code points: the folded query occurs in a folded field, not followed
    /// by a combining mark.
    private func specification(_ text: String, _ query: String) -> Bool {
        let needle = Array(SearchText.folded(query).unicodeScalars)
        let haystack = Array(SearchText.folded(text).unicodeScalars)
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            let end = start + needle.count
            return Array(haystack[start..<end]) == needle
                && (end == haystack.count || haystack[end].properties.canonicalCombiningClass == .notReordered)
        }
    }

    /// The entries the specification finds.
    private func reference(_ register: Register, _ query: String) -> [Int] {
        register.entries.indices.filter { index in
            register.entries[index].searchFields.contains { specification($0, query) }
        }
    }

    /// The entries one-entry search (the browser's) finds.
    private func oneByOne(_ register: Register, _ query: String) -> [Int] {
        register.entries.indices.filter { EntrySearchIndex.matches(register.entries[$0], query) }
    }

    @Test func foldingIgnoresCaseAndTheFormOfAccents() {
        #expect(SearchText.fold("CAFÉ") == SearchText.fold("café"))
        #expect(SearchText.fold("cafe\u{301}") == SearchText.fold("caf\u{E9}"))
        #expect(SearchText.fold("Budget") == Fixtures.utf8("budget"))
        #expect(SearchText.fold(fields: ["A", "B"]) == [UInt8(ascii: "a"), SearchText.separator, UInt8(ascii: "b")])
    }

    @Test func accentsTypedOneWayFindTextStoredTheOther() {
        let register = register(titles: ["Cafe\u{301} budget", "Caf\u{E9} BUDGET", "Cafe budget", "q\u{301}uick"])
        let index = EntrySearchIndex(register)
        #expect(index.matches("caf\u{E9}") == [0, 1])
        #expect(index.matches("CAFE\u{301}") == [0, 1])
        #expect(index.matches("cafe") == [2], "an e with an accent is not an e")
        #expect(index.matches("q") == [], "nor is a q")
        #expect(index.matches("\u{301}") == [0, 1, 3], "a lone accent finds every letter that carries it")
        #expect(index.matches("") == [0, 1, 2, 3])
        #expect(SearchText.contains("CAF\u{C9}", "cafe\u{301}") && !SearchText.contains("café", "cafe"))
    }

    @Test func everyFieldTheBrowserSearchesIsIndexed() {
        var entry = Entry(id: "R1", kind: .risk, title: "t", owner: "Treasurer", notes: ["printed twice"])
        entry.controls = [Item(id: "c1", text: "Monthly monitoring", heading: "Finance", author: "Jo")]
        entry.history = [Change(at: "2026-01-01T00:00:00Z", author: "al", field: "owner", before: "Old Owner", after: nil)]
        let index = EntrySearchIndex(Fixtures.register(entries: [entry]))
        for query in ["r1", "treasurer", "twice", "MONTHLY", "finance", "jo", "old owner"] {
            #expect(index.matches(query) == [0], "\(query)")
        }
        #expect(index.matches("nowhere").isEmpty)
        #expect(index.matches("treasurerprinted").isEmpty, "a match never spans two fields")
    }

    @Test func refiningScansOnlyEarlierHits() {
        let register = register(titles: ["budget", "burden", "bank", "cost"])
        let index = EntrySearchIndex(register)
        let b = index.matches("b")
        #expect(b == [0, 1, 2])
        #expect(index.matches("bu", within: b) == index.matches("bu"))
        #expect(index.matches("bu", within: [3]) == [], "only the given entries are looked at")
        #expect(index.matches("bu", within: [7, -1]) == [], "indices out of range are ignored")
    }

    @Test func eachEntrysTextIsItsFoldedFieldsInOneBuffer() {
        let register = register(titles: ["Budget", "", "Caf\u{E9}", ""])
        let index = EntrySearchIndex(register)
        let folded = register.entries.map { SearchText.fold(fields: $0.searchFields) }
        #expect(index.count == 4 && index.ends.last == index.bytes.count)
        #expect(index.ends.indices.map { Array(index.text(at: $0)) } == folded)
        #expect(EntrySearchIndex(foldedTexts: folded) == index)
        #expect(EntrySearchIndex().matches("").isEmpty)
    }

    /// Pieces generated text is made of: words, case, accents composed and decomposed, lone and
    /// stacked marks, emoji with modifiers and joiners, flags, CR LF, Turkish dotted I, ß.
    private static let pieces = ["budget", "Risk", "CAFÉ", "cafe\u{301}", "e", "\u{301}", "\u{323}\u{301}", " ", "q\u{301}",
                                 "👨\u{200D}👩", "👍🏽", "🇬🇧", "\r\n", "\r", "\n", "İ", "ß", "Ω", "ﬁ", "한", "\u{1100}\u{1161}",
                                 "ñ", "n\u{303}", "x", "-", "\u{0}", "Ä", "A\u{308}", "ǅ"]

    private static let text = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...8).map { picks in
        picks.map { pieces[$0] }.joined()
    }

    @Test func theIndexFindsWhatTheBrowserSearchFinds() async {
        await propertyCheck(count: 300, input: Self.text.array(of: 1...6), Self.text) { titles, query in
            let register = register(titles: titles)
            let index = EntrySearchIndex(register)
            let expected = reference(register, query)
            #expect(index.matches(query) == expected, "titles \(titles.map(\.unicodeScalars).map(Array.init)) query \(Array(query.unicodeScalars))")
            #expect(oneByOne(register, query) == expected)
            if let shorter = query.dropLast().isEmpty ? nil : String(query.dropLast()) {
                #expect(index.matches(query, within: index.matches(shorter)) == expected, "refined from \(shorter)")
            }
        }
    }

    @Test func aQueryTakenFromTheTextAgrees() async {
        await propertyCheck(count: 300, input: Self.text.array(of: 1...4), Gen.int(in: 0...1000), Gen.int(in: 0...1000)) { titles, from, length in
            let register = register(titles: titles)
            let characters = Array(titles[from % titles.count])
            guard !characters.isEmpty else { return }
            let start = from % characters.count
            let query = String(characters[start..<min(characters.count, start + 1 + length % 4)])
            let index = EntrySearchIndex(register)
            #expect(index.matches(query) == reference(register, query))
        }
    }

    @Test func foldingRunByRunGivesTheBytesOfFoldingTheWholeText() async {
        let extra = ["Σ", "ΟΔΟΣ", "ς", "\u{212A}", "\u{212B}", "\u{1E9E}", "ǈ", "\u{345}", "ﬀ", "É\u{327}", "e\u{327}\u{301}"]
        let more = Gen.int(in: 0...(Self.pieces.count + extra.count - 1)).array(of: 0...10).map { picks in
            picks.map { $0 < Self.pieces.count ? Self.pieces[$0] : extra[$0 - Self.pieces.count] }.joined()
        }
        await propertyCheck(count: 500, input: more) { text in
            #expect(SearchText.fold(text) == Array(SearchText.folded(text).utf8), "\(Array(text.unicodeScalars))")
        }
    }
}
