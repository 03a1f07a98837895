import Foundation

/// Command lines as a person types them into a shell, for the messages that tell them what to run.
enum ShellCommand {
    /// A word as a shell reads it: as it is when it holds only characters a shell leaves alone,
    /// else in single quotes (each single quote written '\'').
    static func word(_ word: String) -> String {
        let plain = !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./=:,@%+".contains($0)) }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The words as one command line.
    static func line(_ words: [String]) -> String {
        words.map(word).joined(separator: " ")
    }
}
