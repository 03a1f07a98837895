import Foundation
import RiskRegister

/// Writing lines to the standard error stream.
enum StandardError {
    /// Writes one line, made safe for a terminal (see `SafeText`): a line break in a value is
    /// escaped too, so it can never forge a line of its own.
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((SafeText.visible(line) + "\n").utf8))
    }
}
