/// Why the browser could not take over the terminal.
public enum TerminalError: Error, CustomStringConvertible {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// curses does not know the terminal type.
    case unknownTerminal(String)
    /// A system call the browser needs failed.
    case system(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "the browser needs a terminal (standard input and output must be a TTY); for scripts use list, show, validate or fmt"
        case .unknownTerminal(let name):
            "unknown terminal type \"\(name)\" (TERM); try TERM=xterm-256color"
        case .system(let reason):
            reason
        }
    }
}
