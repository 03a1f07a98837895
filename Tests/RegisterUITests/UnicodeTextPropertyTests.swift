import Foundation
import PropertyBased
@testable import RegisterUI
import RiskRegister
import Testing

// Property-based tests of text that users type or paste: the editor, the screen, the word wrap
// and the search marks, fed with strings built to break them (combining marks with nothing to
// combine with, ZWJ sequences, flags and lone regional indicators, variation selectors, bidi
// controls, C0/C1 controls and escape sequences, unassigned and private-use code points, wide
// and zero-width characters, every kind of line break).
//
// A failure prints the input as a Swift literal (every scalar outside printable ASCII as \u{…})
// and a `.fixedSeed(…)` that reproduces it. A trap cannot be reported that way: run with
// RISKREG_PROPERTY_TRACE=1 to print each session's input before it runs, so the last one printed
// is the one that trapped.

// MARK: - Hostile text

/// Text made of hostile pieces, shown in reports as a Swift literal.
private struct HostileText: Sendable, CustomTestStringConvertible, CustomDebugStringConvertible {
    let text: String
    var testDescription: String { swiftLiteral(text) }
    var debugDescription: String { testDescription }
}

/// A string as a Swift literal that shows every scalar: printable ASCII as itself, the rest as \u{…}.
private func swiftLiteral(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case " "..."~": result.unicodeScalars.append(scalar)
        default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
    return result + "\""
}

/// The pieces hostile strings are made of. A string is a random run of pieces, so dangerous
/// neighbours (a mark after a line break, a lone regional indicator before a flag, ESC before a
/// CJK character, CR at the end of one piece and LF at the start of the next) come up often.
/// Each piece is chosen by a kind and a number, so a failing string shrinks towards kind 0
/// (a short ASCII word) and fewer pieces.
private enum Hostile {
    static let kindCount = 32

    static func scalar(_ value: UInt32) -> String { String(Unicode.Scalar(value)!) }

    /// One scalar from a range, chosen by `pick`.
    static func scalar(in range: ClosedRange<UInt32>, _ pick: Int) -> String {
        scalar(range.lowerBound + UInt32(pick) % UInt32(range.count))
    }

    static func element(_ options: [String], _ pick: Int) -> String { options[pick % options.count] }

    static func piece(kind: Int, pick: Int) -> String {
        switch kind {
        case 0: // an ASCII word
            let letters = Array("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789.,;:!?'-()[]{}<>/\\\"@#$%^&*_=+|~`")
            return String((0...(pick % 6)).map { letters[(pick / 7 + $0 * 13) % letters.count] })
        case 1: // spaces
            return String(repeating: " ", count: 1 + pick % 3)
        case 2: // one combining mark, alone
            return scalar(in: 0x0300...0x036F, pick)
        case 3: // stacked combining marks
            return (0...(1 + pick % 4)).map { scalar(in: 0x0300...0x036F, pick / 3 + $0 * 17) }.joined()
        case 4: // a letter with marks, decomposed (e + U+0301 and friends)
            return element(["e", "a", "o", "n", "Z", "i", "ß"], pick) + scalar(in: 0x0300...0x036F, pick / 7)
                + (pick % 2 == 0 ? "" : scalar(in: 0x0300...0x036F, pick / 11))
        case 5: // ZWJ sequences, whole and broken
            return element(["👨\u{200D}👩\u{200D}👧\u{200D}👦", "👩\u{200D}❤\u{FE0F}\u{200D}💋\u{200D}👨", "🏳\u{FE0F}\u{200D}🌈",
                            "🧑🏽\u{200D}💻", "👨\u{200D}", "\u{200D}👩", "👨\u{200D}\u{200D}👩", "🐻\u{200D}❄\u{FE0F}",
                            "👁\u{FE0F}\u{200D}🗨\u{FE0F}"], pick)
        case 6: // skin tones, and a modifier on its own or on a letter
            return element(["👍🏽", "👋🏿", "🏽", "a🏻", "👍🏽🏽", "✋🏼"], pick)
        case 7: // a flag: a pair of regional indicators
            return scalar(in: 0x1F1E6...0x1F1FF, pick) + scalar(in: 0x1F1E6...0x1F1FF, pick / 26)
        case 8: // one regional indicator on its own
            return scalar(in: 0x1F1E6...0x1F1FF, pick)
        case 9: // variation selectors, with and without something to select
            return element(["❤\u{FE0F}", "☺\u{FE0E}", "\u{FE0F}", "\u{FE0E}", "1\u{FE0F}\u{20E3}", "#\u{FE0F}\u{20E3}",
                            "\u{20E3}", "a\u{FE0F}", "漢\u{E0100}", "\u{E0100}", "✔\u{FE0F}"], pick)
        case 10: // right-to-left text
            return element(["שלום", "مرحبا", "بِسْمِ", "א", "ע\u{05B4}ב\u{05B0}ר\u{05B4}ית", "١٢٣", "\u{FDFD}"], pick)
        case 11: // bidi controls and marks
            return scalar(in: 0x202A...0x202E, pick) + (pick % 3 == 0 ? scalar(in: 0x2066...0x2069, pick / 5) : "")
                + (pick % 5 == 0 ? element(["\u{200E}", "\u{200F}", "\u{061C}"], pick / 7) : "")
        case 12: // a C0 control
            return scalar(in: 0x00...0x1F, pick)
        case 13: // a C1 control
            return scalar(in: 0x80...0x9F, pick)
        case 14: // DEL
            return "\u{7F}"
        case 15: // escape sequences, 7- and 8-bit, including the bracketed-paste markers
            return element(["\u{1B}[31m", "\u{1B}[2J", "\u{1B}[H", "\u{1B}]0;title\u{07}", "\u{1B}[200~", "\u{1B}[201~",
                            "\u{1B}P+q\u{1B}\\", "\u{9B}31m", "\u{1B}", "\u{1B}[", "\u{1B}[?1049h", "\u{1B}c"], pick)
        case 16: // unassigned code points and noncharacters
            return element([scalar(0x0378), scalar(0x0379), scalar(in: 0x0380...0x0383, pick), scalar(in: 0xE0080...0xE00FF, pick),
                            scalar(0xFFFE), scalar(0xFFFF), scalar(0x1FFFE), scalar(0x10FFFF), scalar(0x2FA1E)], pick / 3)
        case 17: // private use
            return element([scalar(in: 0xE000...0xF8FF, pick), scalar(in: 0xF0000...0xFFFFD, pick),
                            scalar(in: 0x100000...0x10FFFD, pick)], pick / 5)
        case 18: // wide CJK, kana, Hangul
            return element([scalar(in: 0x4E00...0x9FFF, pick), scalar(in: 0xAC00...0xD7A3, pick), scalar(in: 0x3041...0x3096, pick),
                            "漢字", "日本語"], pick / 3)
        case 19: // fullwidth forms
            return scalar(in: 0xFF01...0xFF60, pick) + (pick % 2 == 0 ? scalar(in: 0xFFE0...0xFFE6, pick / 3) : "")
        case 20: // zero-width characters on their own
            return element(["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{034F}", "\u{180E}"], pick)
        case 21: // astral characters (no surrogates exist in Swift strings)
            return element(["𝔘", "𐍈", "😀", "🀄", "𠀀", "𓀀", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "\u{E0001}",
                            scalar(in: 0xE0020...0xE007F, pick), "🎉", "🫠"], pick)
        case 22: return "\r"
        case 23: return "\n"
        case 24: return "\r\n"
        case 25: return "\t"
        case 26: // other line breaks
            return element(["\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\n\r"], pick)
        case 27: // conjoining Hangul jamo (wide lead, zero-width vowel and tail)
            return element(["\u{1100}\u{1161}\u{11A8}", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{1100}\u{1100}"], pick)
        case 28: // Indic: virama clusters and spacing marks, alone too
            return element(["क्षि", "\u{093F}", "\u{0903}", "ত্র", "\u{0D4D}", "ன்"], pick)
        case 29: // prepended concatenation marks and other format characters
            return element(["\u{0600}", "\u{0600}١", "\u{110BD}", "\u{06DD}", "\u{FFF9}a\u{FFFB}"], pick)
        case 30: // a long ASCII word, for hard breaks
            return String(repeating: element(["x", "long", "W", "0"], pick), count: 10 + pick % 40)
        default: // a long run of wide characters
            return String(repeating: element(["漢", "😀", "ｗ", "👨\u{200D}👩\u{200D}👧"], pick), count: 5 + pick % 30)
        }
    }

    /// One piece.
    static let pieces = zip(Gen.int(in: 0...(kindCount - 1)), Gen.int(in: 0...0xFFFF)).map { kind, pick in
        piece(kind: kind, pick: pick)
    }

    /// Hostile text of some pieces.
    static func text(pieces count: ClosedRange<Int>) -> Generator<HostileText, some SendableSequenceType> {
        pieces.array(of: count).map { HostileText(text: $0.joined()) }
    }
}

// MARK: - Key sequences

/// One thing a user does in the editor.
private enum EditStep: Sendable, CustomTestStringConvertible, CustomDebugStringConvertible {
    /// Text typed one scalar at a time, as a terminal delivers it: a control becomes its key
    /// (CR Enter, ESC Escape, DEL Backspace, ^A…^Z Ctrl-letters).
    case type(String)
    /// Text pasted (the terminal's bracketed paste).
    case paste(String)
    /// A key.
    case key(Key)
    /// The terminal changed size.
    case resize(Int, Int)
    /// $EDITOR came back with text (nil: it failed).
    case externalEdit(String?)

    var events: [Event] {
        switch self {
        case .type(let text): text.unicodeScalars.map { .key(Key(terminalCharacter: $0)) }
        case .paste(let text): [.paste(text)]
        case .key(let key): [.key(key)]
        case .resize(let width, let height): [.resize(width: width, height: height)]
        case .externalEdit(let text):
            [.externalEditFinished(text.map { .success($0) } ?? .failure(ExternalEditFailure(reason: "exit status 1")))]
        }
    }

    var testDescription: String {
        switch self {
        case .type(let text): ".type(\(swiftLiteral(text)))"
        case .paste(let text): ".paste(\(swiftLiteral(text)))"
        case .key(let key): ".key(.\(key))"
        case .resize(let width, let height): ".resize(\(width), \(height))"
        case .externalEdit(let text): ".externalEdit(\(text.map(swiftLiteral) ?? "nil"))"
        }
    }

    var debugDescription: String { testDescription }

    /// The keys that move or delete in the editor, and some it has no use for.
    static let keys: [Key] = [.left, .right, .up, .down, .home, .end, .backspace, .delete, .control("b"), .control("f"),
                              .control("a"), .control("d"), .altEnter, .left, .right, .backspace]

    /// Mostly typing, keys and pastes; now and then a resize or $EDITOR's answer. Typed text is
    /// cut to its first 5 scalars: each is a key press, and every key press is drawn, which is
    /// what the time goes on (a frame takes 5–10 ms in a debug build).
    static let generator: Generator<EditStep, some SendableSequenceType> = zip(
        Gen.int(in: 0...99), Hostile.text(pieces: 0...5), Gen.int(in: 0...(keys.count - 1)), Gen.int(in: 72...200),
        Gen.int(in: 20...60)
    ).map { choice, text, key, width, height -> EditStep in
        switch choice {
        case 0..<40: .type(String(String.UnicodeScalarView(text.text.unicodeScalars.prefix(5))))
        case 40..<55: .paste(text.text)
        case 55..<95: .key(keys[key])
        case 95..<98: .resize(width, height)
        default: .externalEdit(key == 0 ? nil : text.text)
        }
    }

    static func steps(_ count: ClosedRange<Int>) -> Generator<[EditStep], some SendableSequenceType> {
        generator.array(of: count)
    }
}

/// A terminal size and what it can show.
private struct TestTerminal: Sendable, CustomTestStringConvertible, CustomDebugStringConvertible {
    let width: Int
    let height: Int
    let capabilities: TerminalCapabilities
    var testDescription: String { "\(width)×\(height)\(capabilities.unicode ? "" : " plain")" }
    var debugDescription: String { testDescription }

    /// 72…200 × 20…60, one in eight without Unicode (a vt100 in the C locale).
    static let generator: Generator<TestTerminal, some SendableSequenceType> = zip(Gen.int(in: 72...200), Gen.int(in: 20...60), Gen.int(in: 0...7))
        .map { width, height, plain in
            TestTerminal(width: width, height: height, capabilities: plain == 0 ? .plain : .full)
        }
}

// MARK: - Sessions

/// A state on the awkward register (its three entries already hold hostile text, and it is small
/// enough that a key press costs little), with a fixed author and date for new notes.
private func freshState(_ terminal: TestTerminal) throws -> AppState {
    AppState(scan: try Fixtures.scan(.awkward), size: Size(width: terminal.width, height: terminal.height),
             capabilities: terminal.capabilities, author: "jo", today: "2026-11-22")
}

private extension AppState {
    /// The text editor, if open (also under its "discard changes?" question).
    var openEditor: TextEditor? {
        switch overlay {
        case .editor(let editor), .prompt(.discardEdit(let editor)): editor
        default: nil
        }
    }
}

private let tracing = ProcessInfo.processInfo.environment["RISKREG_PROPERTY_TRACE"] != nil

private func trace(_ label: String, _ terminal: TestTerminal, _ steps: [EditStep]) {
    guard tracing else { return }
    let line = label + ": " + ([terminal.testDescription] + steps.map(\.testDescription)).joined(separator: ", ") + "\n"
    FileHandle.standardError.write(Data(line.utf8))
}

/// Runs steps with a progress note's editor open: whenever a step closes it (Enter, Esc, Ctrl-E…),
/// the next step first backs out of whatever is open and presses `p` for a new note. After every
/// event the state is drawn and `check` sees the state and the screen.
private func runSession(_ steps: [EditStep], on terminal: TestTerminal, check: (AppState, Screen, String) -> Void,
                        last: (AppState, Screen) -> Void = { _, _ in }) throws {
    var state = try freshState(terminal)
    func send(_ event: Event, _ label: @autoclosure () -> String) {
        _ = update(&state, event)
        check(state, view(state), label())
    }
    defer { last(state, view(state)) }
    send(.key(.character("p")), "p")
    for (number, step) in steps.enumerated() {
        var tries = 0
        while state.openEditor == nil && tries < 4 {
            let opens = state.overlay == nil && !state.isSearching
            send(.key(opens ? .character("p") : .escape), "reopening before step \(number)")
            tries += 1
        }
        for event in step.events {
            send(event, "step \(number) \(step.testDescription)")
        }
    }
}

// MARK: - Checks

/// True for a scalar that must never reach a cell: C0 and C1 controls, DEL, line and paragraph
/// separators, bidi embeddings, overrides and isolates.
private func isForbiddenOnScreen(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
}

/// Property 2, for one frame: every row is exactly the screen's width in cells (each cell as wide
/// as its one character) and, with `measureText`, in the columns of its line of `text()`; wide
/// characters are followed by their continuation, no cell holds a control character, a plain
/// terminal gets ASCII only, and the editor's cursor sits on the start of a character inside the
/// editor's box.
private func checkFrame(_ screen: Screen, _ state: AppState, _ label: String, measureText: Bool = true) {
    let width = screen.size.width
    var problems: [String] = []
    for y in 0..<screen.size.height {
        let row = Array(screen.row(y))
        if row.reduce(0, { $0 + $1.width }) != width { problems.append("row \(y): cells add up to \(row.reduce(0) { $0 + $1.width }) columns") }
        for (x, cell) in row.enumerated() {
            switch cell.width {
            case 2:
                if x + 1 >= width || !row[x + 1].isContinuation { problems.append("row \(y) column \(x): wide cell without a continuation") }
            case 0:
                if x == 0 || row[x - 1].width != 2 { problems.append("row \(y) column \(x): continuation after no wide cell") }
                if !cell.character.isEmpty { problems.append("row \(y) column \(x): continuation holds \(swiftLiteral(cell.character))") }
            case 1:
                if cell.character.isEmpty { problems.append("row \(y) column \(x): empty one-column cell") }
            default:
                problems.append("row \(y) column \(x): width \(cell.width)")
            }
            // Printable ASCII, the common case, passes the rest at once (the checks below cost
            // more than drawing in a debug build).
            let utf8 = cell.character.utf8
            if utf8.count == 1, let byte = utf8.first, (0x20..<0x7F).contains(byte) { continue }
            if cell.character.unicodeScalars.contains(where: isForbiddenOnScreen) {
                problems.append("row \(y) column \(x): control in cell \(swiftLiteral(cell.character))")
            }
            if !screen.unicode && !cell.character.unicodeScalars.allSatisfy(\.isASCII) {
                problems.append("row \(y) column \(x): non-ASCII \(swiftLiteral(cell.character)) on a plain terminal")
            }
            if cell.width > 0 {
                if cell.character.count != 1 {
                    problems.append("row \(y) column \(x): cell holds \(cell.character.count) characters \(swiftLiteral(cell.character))")
                } else if screen.unicode, TextWidth.columns(of: Character(cell.character)) != cell.width {
                    problems.append("row \(y) column \(x): \(swiftLiteral(cell.character)) is \(TextWidth.columns(of: Character(cell.character))) columns in a cell of \(cell.width)")
                }
            }
        }
    }
    // Measuring every row of text() costs more than drawing the frame, so callers ask for it on
    // some frames only; the cell checks above (each cell as wide as its character) cover the rest.
    let lines = measureText ? screen.text().split(separator: "\n", omittingEmptySubsequences: false).dropLast() : []
    if measureText && lines.count != screen.size.height { problems.append("text() has \(lines.count) lines") }
    for (y, line) in lines.enumerated()
    where !(line.utf8.count == width && line.utf8.allSatisfy { (0x20..<0x7F).contains($0) }) && TextWidth.columns(of: line) != width {
        problems.append("text() line \(y) is \(TextWidth.columns(of: line)) columns: \(swiftLiteral(String(line)))")
    }
    if let editor = state.openEditor, let layout = state.layout {
        let inner = layout.editorBox.inset(by: 1)
        if let cursor = screen.cursor {
            if !inner.contains(x: cursor.x, y: cursor.y) { problems.append("cursor \(cursor) outside the editor \(inner)") }
            if screen.bounds.contains(x: cursor.x, y: cursor.y) && screen[cursor.x, cursor.y].isContinuation {
                problems.append("cursor \(cursor) on the second half of a wide character (editor cursor \(editor.cursor))")
            }
        } else {
            problems.append("no cursor with the editor open")
        }
    }
    #expect(problems.isEmpty, "after \(label) at \(screen.size.width)×\(screen.size.height):\n\(problems.prefix(8).joined(separator: "\n"))")
}

/// Property 4's invariant, for the editor as it is: the cursor is between characters, and the
/// characters are exactly the grapheme clusters of the text (no cluster split in two, none joined
/// wrongly), so the cursor can never be inside one.
private func checkEditor(_ editor: TextEditor, _ label: String) {
    #expect((0...editor.characters.count).contains(editor.cursor),
            "after \(label): cursor \(editor.cursor) outside 0...\(editor.characters.count)")
    #expect(editor.characters == Array(editor.text),
            "after \(label): the editor's characters are not the text's clusters: \(editor.characters.map { swiftLiteral(String($0)) })")
}

/// Pasted text as the editor keeps it, by the documented rule: CR LF and lone CR become LF.
private func normalisedLineBreaks(_ text: String) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
        pending = scalars.next()
        if scalar == "\r" {
            result.append("\n")
            if pending == "\n" { pending = scalars.next() }
        } else {
            result.append(scalar)
        }
    }
    return result
}

/// The scalars of typed text that reach the editor: a scalar the terminal turns into a command
/// key is skipped (the caller does not type it), and a control that arrives as a character is
/// dropped by the editor, as `handle(_:)` does.
private func typedScalars(_ text: String) -> (typed: [Unicode.Scalar], kept: [Unicode.Scalar]) {
    let typed: [Unicode.Scalar] = text.unicodeScalars.filter {
        if case .character = Key(terminalCharacter: $0) { return true }
        return false
    }
    return (typed, typed.filter { !isForbiddenOnScreen($0) })
}

/// One to four characters of a text, from a place chosen by `cut`, possibly upper-cased.
private func searchQuery(cutFrom text: String, at cut: Int, uppercased: Bool) -> String {
    let characters = Array(text)
    let start = characters.isEmpty ? 0 : cut % characters.count
    let slice = String(characters[start..<min(characters.count, start + 1 + cut % 4)])
    return uppercased ? slice.uppercased() : slice
}

// MARK: - Tests

@Suite("Unicode text properties", .timeLimit(.minutes(15)))
struct UnicodeTextPropertyTests {
    /// Property 1: no sequence of typing, pasting, moving, deleting, resizing and $EDITOR answers
    /// traps in `update` or `view`, and the editor's cursor stays between whole characters.
    @Test func editingAndDrawingNeverTrap() async throws {
        await propertyCheck(count: 100, input: TestTerminal.generator, EditStep.steps(0...6)) { terminal, steps in
            trace("editingAndDrawingNeverTrap", terminal, steps)
            try runSession(steps, on: terminal) { state, _, label in
                if let editor = state.openEditor { checkEditor(editor, label) }
            }
        }
    }

    /// Property 2: every frame drawn while editing hostile text is exactly the screen's width on
    /// every row, and no cell holds a control character.
    @Test func everyFrameIsExactlyTheScreensWidth() async throws {
        await propertyCheck(count: 50, input: TestTerminal.generator, EditStep.steps(0...5)) { terminal, steps in
            trace("everyFrameIsExactlyTheScreensWidth", terminal, steps)
            try runSession(steps, on: terminal) { state, screen, label in
                checkFrame(screen, state, label, measureText: false)
            } last: { state, screen in
                checkFrame(screen, state, "the last step", measureText: true)
            }
        }
    }

    /// Property 2 below the smallest layout: an editor full of hostile text, the terminal shrunk
    /// to anything from 1×1 to 71×19 (and back), never traps and every frame is exact.
    @Test func tinyTerminalsWithTheEditorOpen() async throws {
        await propertyCheck(count: 100, input: Hostile.text(pieces: 0...12), Gen.int(in: 1...71), Gen.int(in: 1...19),
                            TestTerminal.generator) { input, width, height, terminal in
            var state = try freshState(terminal)
            _ = update(&state, .key(.character("p")))
            _ = update(&state, .paste(input.text))
            for (label, event) in [("resize", Event.resize(width: width, height: height)), ("left", .key(.left)),
                                   ("backspace", .key(.backspace))] {
                _ = update(&state, event)
                checkFrame(view(state), state, label)
            }
            _ = update(&state, .resize(width: terminal.width, height: terminal.height))
            #expect(state.openEditor != nil, "the editor closed while the terminal was too small")
        }
    }

    /// Property 3, pasted: a note's saved text is exactly the paste, CR LF and CR as LF, compared
    /// scalar by scalar (a paste is inserted as it came; nothing normalises it to NFC/NFD).
    @Test func aPastedNoteIsSavedExactly() async throws {
        await propertyCheck(count: 300, input: Hostile.text(pieces: 0...20), TestTerminal.generator) { input, terminal in
            var state = try freshState(terminal)
            let before = try #require(state.selectedEntry).progress
            _ = update(&state, .key(.character("p")))
            _ = update(&state, .paste(input.text))
            _ = update(&state, .key(.enter))
            let expected = normalisedLineBreaks(input.text)
            try expectSavedNote(expected, before: before, in: state)
        }
    }

    /// Property 3, typed: typing scalar by scalar saves exactly the scalars typed (less any
    /// control the editor refuses), in order.
    @Test func aTypedNoteIsSavedExactly() async throws {
        await propertyCheck(count: 300, input: Hostile.text(pieces: 0...20), TestTerminal.generator) { input, terminal in
            var state = try freshState(terminal)
            let before = try #require(state.selectedEntry).progress
            let (typed, kept) = typedScalars(input.text)
            _ = update(&state, .key(.character("p")))
            for scalar in typed { _ = update(&state, .key(Key(terminalCharacter: scalar))) }
            _ = update(&state, .key(.enter))
            try expectSavedNote(kept, before: before, in: state)
        }
    }

    /// Property 4: after any editing, the cursor is between whole characters, and moving Left to
    /// the start, Right to the end and Left back again takes one key per character and returns
    /// to where it was, leaving the text alone.
    @Test func theCursorMovesByWholeCharactersAndComesBack() async throws {
        await propertyCheck(count: 200, input: TestTerminal.generator, EditStep.steps(0...16)) { terminal, steps in
            var state = try freshState(terminal)
            _ = update(&state, .key(.character("p")))
            for step in steps {
                // Only steps that keep the editor open: no Enter, Esc or Ctrl-E typed.
                if case .type(let text) = step {
                    for scalar in typedScalars(text).typed { _ = update(&state, .key(Key(terminalCharacter: scalar))) }
                } else {
                    for event in step.events { _ = update(&state, event) }
                }
            }
            let editor = try #require(state.openEditor, "the editor closed")
            checkEditor(editor, "the steps")
            let (start, count, text) = (editor.cursor, editor.characters.count, editor.text)
            func cursor() -> Int? { state.openEditor?.cursor }
            for expected in stride(from: start - 1, through: 0, by: -1) {
                _ = update(&state, .key(.left))
                #expect(cursor() == expected)
            }
            _ = update(&state, .key(.left))
            #expect(cursor() == 0, "Left at the start stays there")
            for expected in 1...max(1, count) where count > 0 {
                _ = update(&state, .key(.right))
                #expect(cursor() == expected)
            }
            _ = update(&state, .key(.right))
            #expect(cursor() == count, "Right at the end stays there")
            for _ in 0..<(count - start) { _ = update(&state, .key(.left)) }
            #expect(cursor() == start, "back where it started")
            #expect(state.openEditor?.text == text, "moving changed the text")
        }
    }

    /// Property 4 at tiny widths (1 to 10), on the editor directly: its lines cover the text in
    /// order, a line break ends its line, no line is wider than the box less the cursor's column
    /// (trailing spaces apart) unless it holds a single printing character (a wide one at width 1
    /// or 2), and Up, Down, Home and End keep the cursor between characters.
    @Test func editorLinesAtTinyWidths() async throws {
        await propertyCheck(count: 300, input: Hostile.text(pieces: 0...16), Gen.int(in: 1...10), Gen.int(in: 0...1000)) { input, width, place in
            var editor = TextEditor(target: .item(.progress, 0), text: "", isNewItem: true)
            editor.insert(input.text)
            let count = editor.characters.count
            let lines = editor.lines(width: width)
            #expect(lines.first?.lowerBound == 0 && lines.last?.upperBound == count)
            for (a, b) in zip(lines, lines.dropFirst()) { #expect(a.upperBound == b.lowerBound && !a.isEmpty) }
            let room = max(2, width) - 1
            for line in lines {
                let characters = editor.characters[line]
                #expect(!characters.dropLast().contains("\n"), "a line break inside line \(line)")
                var visible = Array(characters)
                while let last = visible.last, last == " " || last == "\n" { visible.removeLast() }
                let columns = visible.reduce(0) { $0 + TextWidth.columns(of: $1) }
                let printing = visible.filter { TextWidth.columns(of: $0) > 0 }.count
                #expect(columns <= room || printing == 1,
                        "line \(line) is \(columns) columns at width \(width): \(swiftLiteral(String(visible)))")
            }
            editor.cursor = count == 0 ? 0 : place % (count + 1)
            let position = editor.cursorPosition(width: width)
            #expect(lines.indices.contains(position.line))
            for move in 0..<8 {
                switch move % 4 {
                case 0: editor.verticalMove(1, width: width)
                case 1: editor.lineEnd(width: width)
                case 2: editor.verticalMove(-1, width: width)
                default: editor.lineStart(width: width)
                }
                #expect((0...count).contains(editor.cursor))
                #expect(lines.indices.contains(editor.cursorPosition(width: width).line))
            }
        }
    }

    /// Property 5: the word wrap never makes a line wider than asked (from 2 columns), and every
    /// scalar that is not a space, tab or line break comes out, in order.
    @Test func wordWrapFitsAndLosesNothing() async throws {
        await propertyCheck(count: 400, input: Hostile.text(pieces: 0...24), Gen.int(in: 2...40)) { input, width in
            let lines = WordWrap.lines(input.text, width: width)
            for line in lines {
                #expect(TextWidth.columns(of: line) <= width, "\(swiftLiteral(line)) is wider than \(width)")
            }
            func printing(_ text: String) -> [Unicode.Scalar] {
                text.unicodeScalars.filter { !($0 == " " || $0 == "\t" || Character($0).isNewline) }
            }
            #expect(printing(lines.joined()) == printing(input.text))
        }
    }

    /// Property 6, directly: search marks never trap, and the ranges are in order, apart, inside
    /// the text's columns; a query cut from the text (in another case) is found.
    @Test func searchMarksOnHostileText() async throws {
        await propertyCheck(count: 400, input: Hostile.text(pieces: 0...16), Hostile.text(pieces: 0...3), Gen.int(in: 0...1000),
                            Gen.int(in: 0...3)) { input, other, cut, mode in
            let slice = searchQuery(cutFrom: input.text, at: cut, uppercased: false)
            let needle = switch mode {
            case 0: other.text
            case 1: slice.uppercased()
            default: slice
            }
            let ranges = TextMatches.columns(of: needle, in: input.text)
            let total = TextWidth.columns(of: input.text)
            for range in ranges { #expect(range.lowerBound >= 0 && range.upperBound <= total) }
            for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound <= b.lowerBound) }
            if mode == 2 && !slice.isEmpty && TextWidth.columns(of: slice) > 0 {
                #expect(!ranges.isEmpty, "\(swiftLiteral(slice)) not found in the text it was cut from")
            }
            _ = TextMatches.columns(of: needle, in: [Span(input.text, .normal), Span(needle, .dim)])
        }
    }

    /// Property 6, in the program: a hostile note searched for with a hostile query (typed and
    /// pasted), drawn while searching and after n / N in the detail pane, never traps and keeps
    /// every frame exact.
    @Test func searchingHostileNotesInTheProgram() async throws {
        await propertyCheck(count: 30, input: Hostile.text(pieces: 1...16), Hostile.text(pieces: 0...3), Gen.int(in: 0...1000),
                            Gen.int(in: 0...3), TestTerminal.generator) { note, other, cut, mode, terminal in
            let query = mode == 0 ? other.text : searchQuery(cutFrom: note.text, at: cut, uppercased: mode == 1)
            var state = try freshState(terminal)
            var label = "the note"
            func send(_ events: Event...) {
                for event in events {
                    _ = update(&state, event)
                    checkFrame(view(state), state, label)
                }
            }
            _ = update(&state, .key(.character("p")))
            _ = update(&state, .paste(note.text))
            send(.key(.enter))
            label = "the search"
            _ = update(&state, .key(.character("/")))
            _ = update(&state, .paste(query))
            for scalar in other.text.unicodeScalars.prefix(3) { _ = update(&state, .key(Key(terminalCharacter: scalar))) }
            send(.key(.character("x")))
            label = "n and N"
            _ = update(&state, .key(.enter))
            _ = update(&state, .key(.character("3")))
            send(.key(.character("n")), .key(.character("n")), .key(.character("N")))
        }
    }
}

@Suite("Unicode text: cells that would join", .timeLimit(.minutes(15)))
struct UnicodeTextJoiningCells {
    /// A cell may start with something that attaches to whatever comes before it: a lone spacing
    /// mark (U+093F DEVANAGARI VOWEL SIGN I; grapheme rule GB9a) or a lone regional indicator
    /// after another one (drawn from "🇦", U+200B, "🇧": the zero-width space is not drawn). Such
    /// a cell is drawn on its own (a mark on a dotted circle, else the placeholder), so the row
    /// read back as text is as wide as the screen.
    @Test func textJoinsACellOntoTheOneBeforeIt() {
        var screen = Screen(size: Size(width: 4, height: 1))
        screen.put("a", x: 0, y: 0)
        screen.put("\u{93F}", x: 1, y: 0)
        var flags = Screen(size: Size(width: 4, height: 1))
        flags.put("\u{1F1E6}\u{200B}\u{1F1E7}", x: 0, y: 0)
        #expect(TextWidth.columns(of: screen.text().dropLast()) == 4)
        #expect(TextWidth.columns(of: flags.text().dropLast()) == 4)
        #expect(screen[1, 0].character == "\u{25CC}\u{93F}", "a lone spacing mark is shown on a dotted circle")
    }
}

/// The newest note after Enter: the expected scalars exactly, or no new note when they are
/// blank (an empty new note is removed again).
private func expectSavedNote(_ expected: [Unicode.Scalar], before: [Item], in state: AppState) throws {
    let progress = try #require(state.selectedEntry).progress
    var text = String.UnicodeScalarView()
    text.append(contentsOf: expected)
    let expectedText = String(text)
    #expect(state.openEditor == nil, "the editor is still open")
    if expectedText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        #expect(progress == before, "a blank note was kept")
        return
    }
    #expect(progress.count == before.count + 1)
    let saved = try #require(progress.first).text
    #expect(Array(saved.unicodeScalars) == expected, "saved \(swiftLiteral(saved)), expected \(swiftLiteral(expectedText))")
    #expect(saved == expectedText)
}
