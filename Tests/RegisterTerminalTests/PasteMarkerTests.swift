import CNcursesw
@testable import RegisterTerminal
import Testing

/// The bracketed paste markers taught to curses as keys.
@Suite(.timeLimit(.minutes(15)))
struct PasteMarkerTests {
    @Test func theMarkersAreWhatATerminalSends() {
        #expect(Array(PasteMarker.start.sequence.utf8) == [0x1B, 0x5B, 0x32, 0x30, 0x30, 0x7E])
        #expect(PasteMarker.end.sequence == "\u{1B}[201~")
    }

    @Test func theirCodesAreBeyondCursesOwnAndDistinct() {
        #expect(PasteMarker.start.code > KEY_MAX)
        #expect(PasteMarker.end.code > KEY_MAX)
        #expect(PasteMarker.start.code != PasteMarker.end.code)
        #expect(PasteMarker.start.code != KEY_RESIZE && PasteMarker.start.code != KEY_MOUSE)
    }
}
