import Foundation
import RiskRegister

/// Human-readable output of the commands: every line passes through `SafeText`, so a register's
/// text can never send escape sequences, control characters or bidirectional overrides to the
/// terminal (line breaks and tabs in multi-line text stay).
enum Output {
    /// Prints text to standard output, made safe.
    static func print(_ text: String, terminator: String = "\n") {
        Swift.print(SafeText.visible(text, keepLineBreaks: true), terminator: terminator)
    }

    /// Prints one line to standard output: everything unsafe escaped, line breaks included, so a
    /// value can never forge a line of its own.
    static func line(_ text: String) {
        Swift.print(SafeText.visible(text))
    }

    /// Writes bytes to standard output as they are (an export, made safe for a terminal by
    /// `OutputTarget`); nothing for nil.
    static func write(_ bytes: [UInt8]?) {
        if let bytes { FileHandle.standardOutput.write(Data(bytes)) }
    }

    /// Prints JSON for scripts: control, C1 and bidirectional characters escaped as \u codes.
    static func printJSON(_ value: JSONValue) {
        Swift.print(CanonicalJSONWriter.text(of: value, escapingTerminalControls: true), terminator: "")
    }
}
