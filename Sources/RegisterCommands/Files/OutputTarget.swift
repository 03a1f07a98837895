import RiskRegister

/// Where an export goes: a file written atomically (`OutputFile`), or standard output. On a
/// terminal, text that could drive it (escape sequences, bidirectional overrides) is shown
/// escaped, and a binary export (XLSX) is never written there.
public struct OutputTarget {
    /// The file (`-o PATH`), nil for standard output.
    public let path: String?
    /// True to replace an existing file (`--force`).
    public let force: Bool
    /// True when standard output is a terminal.
    public let terminal: Bool

    /// The target `path` (nil: standard output, a `terminal` or not).
    public init(path: String?, force: Bool = false, terminal: Bool) {
        self.path = path
        self.force = force
        self.terminal = terminal
    }

    /// Writes `bytes` to the file; without one, what standard output gets: the bytes, or on a
    /// terminal the text with what could drive it escaped (line breaks and tabs kept).
    public func write(_ bytes: [UInt8]) throws(CommandFailure) -> [UInt8]? {
        guard let path else {
            return terminal ? Array(SafeText.visible(String(decoding: bytes, as: UTF8.self), keepLineBreaks: true).utf8) : bytes
        }
        try OutputFile.write(bytes, to: path, force: force)
        return nil
    }

    /// Writes the binary file (`what`, for messages) that `produce` writes to the path it is given;
    /// without a file, what standard output gets (read back from a temporary file), refused
    /// (status 2) on a terminal.
    public func writeFile(describedAs what: String, _ produce: (String) throws -> Void) throws -> [UInt8]? {
        guard let path else {
            guard !terminal else {
                throw CommandFailure("will not write \(what) to a terminal: give -o FILE or redirect standard output", code: CommandFailure.badInput)
            }
            return Array(try OutputFile.bytes(produce))
        }
        try OutputFile.write(to: path, force: force, produce)
        return nil
    }
}
