import CNcursesw
@testable import RegisterTerminal
import RegisterUI
import Testing

/// Curses key codes turned into the browser's events, without a terminal.
@Suite(.timeLimit(.minutes(15)))
struct KeyDecoderTests {
    private let size = Size(width: 100, height: 30)

    @Test func namedKeysBecomeTheirKeys() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
            (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
        ]
        for (code, key) in expected {
            #expect(KeyDecoder.event(forKeyCode: code, size: size) == .key(key), "key code \(code)")
        }
    }

    @Test func functionKeysOneToTwelveAndNoOthers() {
        for number in 1...12 {
            #expect(KeyDecoder.event(forKeyCode: KEY_F0 + Int32(number), size: size) == .key(.function(number)))
        }
        #expect(KeyDecoder.event(forKeyCode: KEY_F0, size: size) == nil)
        #expect(KeyDecoder.event(forKeyCode: KEY_F0 + 13, size: size) == nil)
    }

    @Test func aResizeCarriesTheTerminalsNewSize() {
        #expect(KeyDecoder.event(forKeyCode: KEY_RESIZE, size: size) == .resize(width: 100, height: 30))
        #expect(KeyDecoder.event(forKeyCode: KEY_RESIZE, size: Size(width: 40, height: 12)) == .resize(width: 40, height: 12))
    }

    @Test func codesWithoutAUseAreDropped() {
        #expect(KeyDecoder.event(forKeyCode: KEY_IC, size: size) == nil)
        #expect(KeyDecoder.event(forKeyCode: KEY_SRESET, size: size) == nil)
        #expect(KeyDecoder.event(forKeyCode: PasteMarker.end.code, size: size) == nil)
    }
}
