@testable import RegisterUI
import Testing

@Suite("Screen", .timeLimit(.minutes(15)))
struct ScreenTests {
    @Test func newScreenIsBlankAndTextHasOneLinePerRow() {
        let screen = Screen(size: Size(width: 3, height: 2))
        #expect(screen.text() == "   \n   \n")
    }

    @Test func putClipsAtTheLimitAndTheEdge() {
        var screen = Screen(size: Size(width: 8, height: 1))
        #expect(screen.put("abcdef", x: 1, y: 0, limit: 4) == 3)
        #expect(screen.put("XYZ", x: 6, y: 0) == 2)
        #expect(screen.text() == " abc  XY\n")
    }

    @Test func putNeverWrapsOrWritesOutsideTheScreen() {
        var screen = Screen(size: Size(width: 4, height: 2))
        screen.put("abcdefgh", x: 0, y: 0)
        screen.put("zz", x: 0, y: 5)
        screen.put("zz", x: -1, y: 1)
        #expect(screen.text() == "abcd\n    \n")
    }

    @Test func wideCharacterTakesTwoCellsWithAContinuation() {
        var screen = Screen(size: Size(width: 5, height: 1))
        #expect(screen.put("a東b", x: 0, y: 0) == 4)
        #expect(screen[1, 0] == Cell("東", width: 2))
        #expect(screen[2, 0].isContinuation)
        #expect(screen.text() == "a東b \n")
    }

    @Test func wideCharacterThatWouldStraddleTheLimitBecomesASpace() {
        var screen = Screen(size: Size(width: 4, height: 1))
        screen.put("xxxx", x: 0, y: 0)
        #expect(screen.put("a東", x: 0, y: 0, limit: 2) == 2)
        #expect(screen.text() == "a xx\n")
        #expect(screen[1, 0].width == 1)
    }

    @Test func overwritingHalfAWideCharacterLeavesNoHalfBehind() {
        var screen = Screen(size: Size(width: 4, height: 1))
        screen.put("東京", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)
        #expect(screen.text() == " x京\n")
        screen.put("y", x: 2, y: 0)
        #expect(screen.text() == " xy \n")
        #expect((0..<4).allSatisfy { screen[$0, 0].width == 1 })
    }

    @Test func controlCharactersAndEscapeSequencesBecomePlaceholders() {
        var screen = Screen(size: Size(width: 12, height: 1))
        screen.put("a\u{1B}[2Jb\u{7}\n\u{202E}", x: 0, y: 0)
        #expect(screen.text() == "a\u{FFFD}[2Jb\u{FFFD}\u{FFFD}\u{FFFD}   \n")
        #expect(!screen.text().dropLast().unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func withoutUnicodeEveryCellIsASCIIOfTheSameWidth() {
        var screen = Screen(size: Size(width: 16, height: 1), unicode: false)
        #expect(screen.put("£’–é東\u{1B}•↑", x: 0, y: 0) == 9)
        #expect(screen.text() == "?'-e???*^       \n")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var screen = Screen(size: Size(width: 4, height: 1))
        #expect(screen.put("e\u{301}x", x: 0, y: 0) == 2)
        #expect(screen[0, 0].character == "e\u{301}")
    }

    @Test func highlightKeepsRolesAndFillSetsThem() {
        var screen = Screen(size: Size(width: 4, height: 2))
        screen.fill(Rect(x: 1, y: 0, width: 2, height: 2), style: Style(.bandRed))
        screen.highlight(Rect(x: 0, y: 1, width: 2, height: 1))
        #expect(screen[1, 1].style == Style(.bandRed, highlighted: true))
        #expect(screen[0, 1].style == Style(.normal, highlighted: true))
        #expect(screen[1, 0].style == Style(.bandRed))
        #expect(screen[3, 0].style == .normal)
    }
}
