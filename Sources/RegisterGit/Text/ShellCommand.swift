import Foundation

/// Command lines as a person types them into a shell, for the messages that tell them what to run,
/// and words quoted for the shell git runs its drivers with.
public enum ShellCommand {
    /// A word as a shell reads it: as it is when it holds only characters a shell leaves alone,
    /// else in single quotes (each single quote written '\'').
    public static func word(_ word: String) -> String {
        let plain = !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./=:,@%+".contains($0)) }
        return plain ? word : quoted(word)
    }

    /// The words as one command line.
    public static func line(_ words: [String]) -> String {
        words.map(word).joined(separator: " ")
    }

    /// A word always in single quotes (each single quote written '\''), as git-setup writes the
    /// executable's path into the driver command lines git hands to a shell.
    public static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
