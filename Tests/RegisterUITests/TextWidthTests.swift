@testable import RegisterUI
import Testing

@Suite("Text width", .timeLimit(.minutes(15)))
struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), ("£", 1), ("–", 1), ("’", 1), ("•", 1), ("↑", 1), ("é", 1), ("e\u{301}", 1),
        ("中", 2), ("ｔ", 2), ("한", 2), ("😀", 2), ("👍🏽", 2), ("🇬🇧", 2), ("❤️", 2), ("❤", 1),
        ("\u{301}", 0), ("\u{200B}", 0), ("\u{1B}", 1), ("\u{7}", 1), ("\r\n", 1),
    ])
    func character(_ text: String, _ columns: Int) throws {
        let character = try #require(text.first)
        #expect(text.count == 1)
        #expect(TextWidth.columns(of: character) == columns)
    }

    @Test func stringsAddTheirCharacters() {
        #expect(TextWidth.columns(of: "£50m – ’ok’") == 11)
        #expect(TextWidth.columns(of: "東京 flood") == 10)
        #expect(TextWidth.columns(of: "") == 0)
    }

    @Test func truncateEndsWithTheEllipsisAndNeverSplitsAWideCharacter() {
        #expect(TextWidth.truncate("Catastrophic", to: 12, ellipsis: "…") == "Catastrophic")
        #expect(TextWidth.truncate("Catastrophic", to: 8, ellipsis: "…") == "Catastr…")
        #expect(TextWidth.truncate("東京の洪水", to: 6, ellipsis: "…") == "東京…")
        #expect(TextWidth.truncate("東京の洪水", to: 5, ellipsis: "…") == "東京…")
        #expect(TextWidth.truncate("東京の洪水", to: 4, ellipsis: "…") == "東…")
        #expect(TextWidth.truncate("abc", to: 0, ellipsis: "…") == "")
    }

    @Test func padFillsToTheWidthInColumns() {
        #expect(TextWidth.pad("東京", to: 6, ellipsis: "…") == "東京  ")
        #expect(TextWidth.columns(of: TextWidth.pad("東京の洪水", to: 7, ellipsis: "…")) == 7)
    }
}

@Suite("Word wrap", .timeLimit(.minutes(15)))
struct WordWrapTests {
    @Test func breaksAtSpacesWithinTheWidth() {
        #expect(WordWrap.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func breaksAWordLongerThanTheLine() {
        #expect(WordWrap.lines("abcdefghij klm", width: 4) == ["abcd", "efgh", "ij", "klm"])
    }

    @Test func keepsLineBreaksAndCollapsesSpaces() {
        #expect(WordWrap.lines("one\ntwo\r\nthree  \tfour", width: 20) == ["one", "two", "three four"])
    }

    @Test func measuresWideCharactersInColumns() {
        let lines = WordWrap.lines("東京の洪水 リスク 大阪", width: 10)
        #expect(lines == ["東京の洪水", "リスク", "大阪"])
        #expect(lines.allSatisfy { TextWidth.columns(of: $0) <= 10 })
        #expect(WordWrap.lines("東京の洪水", width: 3) == ["東", "京", "の", "洪", "水"])
    }

    @Test func emptyTextIsOneEmptyLine() {
        #expect(WordWrap.lines("", width: 10) == [""])
    }
}
