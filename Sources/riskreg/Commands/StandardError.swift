import Foundation
import RiskRegister

/// Writing lines to the standard error stream.
enum StandardError {
    /// Writes one line, made safe for a terminal (see `SafeText`): a line break in a value is
    /// escaped too, so it can never forge a line of its own.
    static func print(_ line: String) {
        print(lines: [line])
    }

    /// Writes several lines riskreg composed: the breaks between them are real, and each line is
    /// made safe on its own (`SafeText`), so a line break or escape sequence inside a value (an
    /// entry id, a file name) is still shown escaped and can never forge a line.
    static func print(lines: [String]) {
        let text = lines.map { SafeText.visible($0) + "\n" }.joined()
        FileHandle.standardError.write(Data(text.utf8))
    }
}
