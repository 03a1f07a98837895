import CNcursesw
import Foundation
@testable import RegisterTerminal
import Testing

/// The wide characters curses is given for a cell, so that every row stays as wide as the screen
/// whatever the C library's `wcwidth` thinks of a grapheme cluster.
@Suite(.timeLimit(.minutes(15)))
struct CursesCellTextTests {
    init() {
        // wcwidth answers for the locale's character set, as the terminal's setlocale makes it.
        setlocale(LC_CTYPE, "C.UTF-8")
    }

    private func scalars(_ character: String, _ width: Int) -> [UInt32] {
        CursesCellText.scalars(for: character, width: width).map { UInt32(bitPattern: $0) }
    }

    @Test func plainAndWideCharactersAreWrittenAsTheyAre() {
        #expect(scalars("a", 1) == [0x61])
        #expect(scalars("中", 2) == [0x4E2D])
        #expect(scalars("e\u{301}", 1) == [0x65, 0x301])
    }

    @Test func aClusterCursesWouldMeasureWronglyBecomesItsFirstCodePointPadded() {
        // Thumbs up with a skin tone: curses counts 4 columns, the screen 2.
        #expect(scalars("👍🏽", 2) == [0x1F44D])
        // A heart with a variation selector: curses counts 1, the screen 2.
        #expect(scalars("❤️", 2) == [0x2764, 0x20])
        // A family joined by ZWJ.
        #expect(scalars("👨‍👩‍👧", 2) == [0x1F468])
    }

    @Test func whatCannotFillTheCellIsAQuestionMarkOrSpaces() {
        #expect(scalars("\u{301}", 1) == [0x3F])
        #expect(scalars("中", 1) == [0x3F])
        #expect(scalars("", 2) == [0x20, 0x20])
    }
}
