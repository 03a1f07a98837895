/// Why `RegisterSync` refused or stopped, told in lines a person can follow: what happened, then
/// the commands that put it right. The command line prints them and exits 1.
public struct SyncStop: Error, Equatable, Sendable {
    /// The lines, the first the failure itself.
    public let lines: [String]

    /// A stop told in `lines`.
    public init(lines: [String]) {
        self.lines = lines
    }
}
