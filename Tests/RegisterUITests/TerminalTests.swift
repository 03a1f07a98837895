import RegisterUI
import Testing

@Suite("Terminal capabilities and keys", .timeLimit(.minutes(15)))
struct TerminalTests {
    @Test func coloursNeedSixteenColoursAndNoNoColor() {
        let utf8 = ["LANG": "en_GB.UTF-8"]
        #expect(TerminalCapabilities.detect(environment: utf8, colourCount: 256).colours)
        #expect(TerminalCapabilities.detect(environment: utf8, colourCount: 16).colours)
        #expect(!TerminalCapabilities.detect(environment: utf8, colourCount: 8).colours, "linux console")
        #expect(!TerminalCapabilities.detect(environment: utf8.merging(["TERM": "vt100"]) { $1 }, colourCount: 0).colours)
        #expect(!TerminalCapabilities.detect(environment: utf8.merging(["NO_COLOR": "1"]) { $1 }, colourCount: 256).colours)
        #expect(TerminalCapabilities.detect(environment: utf8.merging(["NO_COLOR": ""]) { $1 }, colourCount: 256).colours)
    }

    @Test func unicodeNeedsAUTF8Locale() {
        #expect(TerminalCapabilities.detect(environment: ["LANG": "en_GB.UTF-8"], colourCount: 0).unicode)
        #expect(TerminalCapabilities.detect(environment: ["LC_ALL": "C.utf8"], colourCount: 0).unicode)
        #expect(!TerminalCapabilities.detect(environment: ["LANG": "C"], colourCount: 0).unicode)
        #expect(!TerminalCapabilities.detect(environment: [:], colourCount: 0).unicode)
        #expect(!TerminalCapabilities.detect(environment: ["LC_ALL": "POSIX", "LANG": "en_GB.UTF-8"], colourCount: 0).unicode)
        #expect(TerminalCapabilities.detect(environment: ["LC_ALL": "", "LC_CTYPE": "en_US.UTF-8", "LANG": "C"],
                                            colourCount: 0).unicode)
        #expect(!TerminalCapabilities.detect(environment: ["LANG": "en_GB.UTF-8"], colourCount: 0,
                                             codeset: "ANSI_X3.4-1968").unicode)
        #expect(TerminalCapabilities.detect(environment: [:], colourCount: 0, codeset: "UTF-8").unicode)
    }

    @Test func terminalCharactersBecomeKeys() {
        #expect(Key(terminalCharacter: "\r") == .enter)
        #expect(Key(terminalCharacter: "\n") == .enter)
        #expect(Key(terminalCharacter: "\t") == .tab)
        #expect(Key(terminalCharacter: "\u{1B}") == .escape)
        #expect(Key(terminalCharacter: "\u{7F}") == .backspace)
        #expect(Key(terminalCharacter: "\u{8}") == .backspace)
        #expect(Key(terminalCharacter: "\u{12}") == .control("r"))
        #expect(Key(terminalCharacter: "\u{15}") == .control("u"))
        #expect(Key(terminalCharacter: "G") == .character("G"))
        #expect(Key(terminalCharacter: "é") == .character("é"))
    }

    @Test func keyNames() {
        #expect(Key.backTab.name == "Shift-Tab")
        #expect(Key.control("u").name == "Ctrl-U")
        #expect(Key.function(1).name == "F1")
        #expect(Key.character(" ").name == "Space")
        #expect(Key.pageDown.name == "PgDn")
    }
}
