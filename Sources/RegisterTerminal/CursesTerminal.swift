import CNcursesw
import CTerminalGuard
import Foundation
import RegisterRuntime
import RegisterUI

/// The terminal under curses: flushes a `Screen` by writing only the cells that changed since the
/// last frame, and turns curses input into `Event`s. Only this module calls curses.
public final class CursesTerminal: TerminalDevice {
    /// What the terminal can show.
    public let capabilities: TerminalCapabilities
    private let palette: StylePalette
    private var previous: Screen?
    private var screenHandle: OpaquePointer?
    private var active = true

    /// Takes over the terminal. Throws, leaving the terminal untouched, when there is none or
    /// its type is unknown.
    public init(environment: [String: String]) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        setlocale(LC_ALL, "")
        let termName = environment["TERM"] ?? ""
        // The settings a crash gives back are the shell's, before curses turns echo and line
        // editing off; and Ctrl-Z is ours before ncurses looks (it would ignore it around updates).
        rr_guard_prepare(STDIN_FILENO)
        guard !termName.isEmpty, let handle = newterm(nil, rr_stdout(), rr_stdin()) else {
            rr_guard_uninstall()
            throw TerminalError.unknownTerminal(termName)
        }
        screenHandle = handle
        set_term(handle)
        cbreak()
        Self.disableFlowControl()
        noecho()
        nonl()
        keypad(rr_stdscr(), true)
        intrflush(rr_stdscr(), false)
        set_escdelay(25)
        curs_set(0)
        timeout(250)
        var colourCount: Int32 = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colourCount = rr_colors()
        }
        let codeset = rr_codeset().map { String(cString: $0) }
        capabilities = TerminalCapabilities.detect(environment: environment, colourCount: Int(colourCount), codeset: codeset)
        palette = StylePalette(colours: capabilities.colours, colourCount: Int(colourCount))
        palette.defineColourPairs()
        mousemask(rr_mouse_mask(), nil)
        mouseinterval(0)
        define_key(PasteMarker.start.sequence, PasteMarker.start.code)
        define_key(PasteMarker.end.sequence, PasteMarker.end.code)
        Self.writeRaw(Self.pasteModeOn)
        rr_guard_install(STDIN_FILENO, Self.pasteModeOff + Self.resetSequence,
                         CrashLine.text(recoveryDirectory: nil), environment["RISKREG_BACKTRACE"] == "1" ? 0 : 1)
    }

    /// Turns the terminal's bracketed paste mode on: a paste then arrives between markers.
    private static let pasteModeOn = "\u{1B}[?2004h"
    /// Turns bracketed paste mode off again.
    private static let pasteModeOff = "\u{1B}[?2004l"
    /// What a crash writes to give the terminal back: mouse reporting off, the cursor shown, the
    /// normal screen, attributes reset.
    private static let resetSequence = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"

    /// Bytes for the terminal that curses does not know about, written at once.
    private static func writeRaw(_ text: String) {
        fflush(nil)
        var bytes = Array(text.utf8)
        _ = Glibc.write(STDOUT_FILENO, &bytes, bytes.count)
    }

    /// The line a crash prints, naming where unsaved work is kept.
    public func setCrashLine(recoveryDirectory: String) {
        rr_guard_set_crash_line(CrashLine.text(recoveryDirectory: recoveryDirectory))
    }

    deinit { restore() }

    /// The terminal's size in columns and rows.
    public var size: Size { Size(width: Int(rr_cols()), height: Int(rr_lines())) }

    /// Draws a frame, writing only what differs from the previous one.
    public func flush(_ screen: Screen) {
        let last = previous?.size == screen.size ? previous : nil
        if last == nil { erase() }
        for y in 0..<screen.size.height {
            let row = screen.row(y)
            if let last, last.row(y) == row { continue }
            var x = 0
            if let last {
                let old = last.row(y)
                while x < screen.size.width, row[row.startIndex + x] == old[old.startIndex + x] { x += 1 }
                if x < screen.size.width, row[row.startIndex + x].isContinuation, x > 0 { x -= 1 }
            }
            write(row: row, from: x, y: y, width: screen.size.width)
        }
        if let cursor = screen.cursor {
            curs_set(1)
            move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        refresh()
        previous = screen
    }

    /// Forgets the last frame so the next flush redraws everything.
    func invalidate() {
        previous = nil
        clearok(rr_stdscr(), true)
    }

    /// Every input already waiting, or else the first to come within `milliseconds` (or until
    /// one of `wakeDescriptors` becomes readable: background work reported back, a file changed) and all that follows it
    /// at once; at most 4,096 events. `closed` is true when the input has ended. Whether the
    /// loop is idle does not matter to a real terminal.
    public func readEvents(waitingAtMost milliseconds: Int32, wakeDescriptors: [Int32], idle: Bool) -> (events: [Event], closed: Bool) {
        let limit = 4096
        var input = drainEvents(limit: limit)
        if input.events.isEmpty, !input.closed {
            var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
                + wakeDescriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            _ = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
            input = drainEvents(limit: limit)
        }
        return input
    }

    /// The input curses holds or the terminal has sent, without waiting for more.
    private func drainEvents(limit: Int) -> (events: [Event], closed: Bool) {
        var events: [Event] = []
        nodelay(rr_stdscr(), true)
        defer { timeout(250) }
        while events.count < limit {
            var character: wint_t = 0
            let result = get_wch(&character)
            if result == ERR {
                // get_wch returns ERR both when nothing waits and on end of input; a closed input
                // makes every further read fail at once, which isatty tells apart.
                return (events, events.isEmpty && isatty(STDIN_FILENO) != 1)
            }
            if let event = event(result: result, character: character) { events.append(event) }
        }
        return (events, false)
    }

    private func event(result: Int32, character: wint_t) -> Event? {
        if result == KEY_CODE_YES {
            if Int32(character) == PasteMarker.start.code { return .paste(readPaste()) }
            return KeyDecoder.event(forKeyCode: Int32(character), size: size)
        }
        guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
        if scalar == "\u{1B}", let next = pendingCharacter() {
            // Alt-Enter arrives as Escape followed at once by Enter.
            if next == 0x0D || next == 0x0A { return .key(.altEnter) }
            unget_wch(wchar_t(bitPattern: next))
        }
        return .key(Key(terminalCharacter: scalar))
    }

    /// The text of a bracketed paste, up to its end marker (or until input pauses for a second,
    /// should the end marker never come).
    private func readPaste() -> String {
        var scalars = String.UnicodeScalarView()
        timeout(1000)
        while true {
            var character: wint_t = 0
            let result = get_wch(&character)
            if result == ERR { break }
            if result == KEY_CODE_YES {
                let code = Int32(character)
                if code == PasteMarker.end.code { break }
                if code == KEY_ENTER { scalars.append("\n") }
                continue
            }
            if let scalar = Unicode.Scalar(UInt32(character)) { scalars.append(scalar) }
        }
        nodelay(rr_stdscr(), true)
        return String(scalars)
    }

    /// Ctrl-Z: gives the terminal back to the shell, stops until `fg`, then takes it again and
    /// redraws everything.
    public func suspendForShell() {
        def_prog_mode()
        endwin()
        Self.writeRaw(Self.pasteModeOff)
        rr_guard_suspend_now()
        Self.writeRaw(Self.pasteModeOn)
        reset_prog_mode()
        invalidate()
        refresh()
    }

    /// Runs `body` with curses suspended (the terminal as the shell had it), then redraws.
    public func suspended<T>(_ body: () -> T) -> T {
        def_prog_mode()
        endwin()
        let result = body()
        reset_prog_mode()
        invalidate()
        refresh()
        return result
    }

    /// A character already waiting after the one just read, if any.
    private func pendingCharacter() -> UInt32? {
        nodelay(rr_stdscr(), true)
        var next: wint_t = 0
        let result = get_wch(&next)
        if result == KEY_CODE_YES {
            // A key code (a resize, an arrow) right after Escape: put it back for the next read.
            ungetch(Int32(next))
            return nil
        }
        return result == OK ? UInt32(next) : nil
    }

    /// Ctrl-S and Ctrl-Q reach the program instead of pausing the terminal's output.
    private static func disableFlowControl() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    /// The request to stop (a signal number) received since the last call, or 0.
    public func takeStopSignal() -> Int32 { rr_guard_take_stop() }

    /// True when Ctrl-Z arrived since the last call.
    public func takeSuspend() -> Bool { rr_guard_take_suspend() != 0 }

    /// Gives the terminal back: the screen the user had before, the cursor visible. A terminal
    /// without an alternate screen (no smcup/rmcup, as vt100) is cleared, the cursor at its top
    /// left, rather than left showing the last frame.
    public func restore() {
        guard active else { return }
        active = false
        let alternateScreen = rr_has_string_capability("smcup") != 0 && rr_has_string_capability("rmcup") != 0
        curs_set(1)
        endwin()
        if !alternateScreen { rr_clear_screen_now() }
        Self.writeRaw(Self.pasteModeOff)
        rr_guard_uninstall()
        if let screenHandle { delscreen(screenHandle) }
        screenHandle = nil
    }

    private func write(row: ArraySlice<Cell>, from start: Int, y: Int, width: Int) {
        var x = start
        while x < width {
            let style = row[row.startIndex + x].style
            var text: [wchar_t] = []
            let runStart = x
            while x < width, row[row.startIndex + x].style == style {
                let cell = row[row.startIndex + x]
                if !cell.isContinuation {
                    let character = cell.character.isEmpty ? " " : cell.character
                    text.append(contentsOf: CursesCellText.scalars(for: character, width: max(1, cell.width)))
                }
                x += 1
            }
            attrset(Int32(truncatingIfNeeded: palette.attributes(for: style)))
            text.append(0)
            _ = text.withUnsafeBufferPointer { buffer in
                mvaddnwstr(Int32(y), Int32(runStart), buffer.baseAddress, Int32(buffer.count - 1))
            }
        }
        attrset(Int32(truncatingIfNeeded: rr_a_normal()))
    }
}
