/// One row of the command table: keys, what they do, where, and how help and the hint bar
/// describe it.
public struct Command: Hashable, Sendable {
    /// Where the keys work.
    public let context: CommandContext
    /// The keys, the first being the one hints show.
    public let keys: [Key]
    /// What happens.
    public let action: Action
    /// A short name, shown in the hint bar ("filter", "view").
    public let name: String
    /// One sentence for help and docs/keys.md.
    public let help: String
    /// True when the hint bar shows the command while its context is active.
    public let isHinted: Bool

    /// Creates a command.
    public init(_ context: CommandContext, _ keys: [Key], _ action: Action, name: String, help: String, hinted: Bool = false) {
        self.context = context
        self.keys = keys
        self.action = action
        self.name = name
        self.help = help
        self.isHinted = hinted
    }

    /// The keys' names joined for help: "Down, j".
    public var keyNames: String { keys.map(\.name).joined(separator: ", ") }
}
