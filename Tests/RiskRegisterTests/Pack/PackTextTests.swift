import Foundation
import Testing
@testable import RiskRegister

/// Escaping for the committee pack's Markdown and HTML, and the export table's shape.
@Suite(.timeLimit(.minutes(15))) struct PackTextTests {
    @Test func markdownEscapesEverySpecialCharacterAndLineBreaks() {
        #expect(MarkdownText.escape("*a* _b_ [c](d) # | <e> `f`") == "\\*a\\* \\_b\\_ \\[c\\]\\(d\\) \\# \\| \\<e\\> \\`f\\`")
        #expect(MarkdownText.escape("one\ntwo") == "one two")
        #expect(MarkdownText.escape("a\u{1B}]0;x") == "a\u{FFFD}\\]0;x")
        #expect(MarkdownText.escape("Corp 1") == "Corp 1")
    }

    @Test func htmlEscapesMarkupAndQuotes() {
        #expect(HTMLText.escape("<script>alert('1')</script> & \"q\"")
                == "&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        #expect(HTMLText.escape("a\u{202E}b\nc") == "a\u{FFFD}b\nc")
    }

    @Test func everyRowHasEveryColumnAndListsAreOneItemALine() throws {
        let register = Fixtures.register()
        let rows = EntryTable.rows(of: register)
        #expect(rows.count == register.entries.count)
        #expect(rows.allSatisfy { $0.count == EntryTable.columns.count })
        #expect(Set(EntryTable.columns).count == EntryTable.columns.count, "column names are unique")
        let entry = Entry(id: "R9", kind: .risk, title: "T", controls: [Item(id: "a", text: "one", heading: "Finance"),
                                                                         Item(id: "b", text: "two", level: 1)],
                          current: Rating(likelihood: 4, impact: 4, score: 16))
        let row = EntryTable.row(of: entry, scale: .standard)
        let cell = { (name: String) in row[EntryTable.columns.firstIndex(of: name) ?? 0] }
        #expect(cell("controls") == "[Finance] one\n  two")
        #expect(cell("current.likelihood") == "4" && cell("current.impact") == "4" && cell("current.score") == "16")
        #expect(cell("current.band") == "High")
        #expect(cell("target.score") == "")
        #expect(cell("status") == "open" && cell("reviews") == "0")
    }

    @Test func htmlHeatMapPlacesEntriesByLikelihoodAndImpact() throws {
        let entries = [Entry(id: "A", kind: .risk, title: "a", current: Rating(likelihood: 5, impact: 4, score: 20)),
                       Entry(id: "B", kind: .risk, title: "b", current: Rating(score: 12))]
        let html = HTMLPack.heatMap(entries, kind: .risk, scale: .standard, outside: [])
        #expect(html.contains("<td class=\"cell red\" title=\"score 20\"><span class=\"count\">1</span>"
                              + "<span class=\"ids\"><span class=\"id\">A</span></span></td>"))
        #expect(html.contains("Score 12 only (no likelihood and impact printed): B"))
    }

    @Test func bandColoursArePrintedTheSameInHTMLAndXLSX() {
        #expect(BandColour.red.printRGB == 0xEC7063)
        #expect(BandColour.green.cssHex == "#8fd19e")
        for colour in BandColour.allCases {
            #expect(HTMLStyle.css.contains(".\(colour.rawValue) { background: \(colour.cssHex); }"))
        }
    }
}
