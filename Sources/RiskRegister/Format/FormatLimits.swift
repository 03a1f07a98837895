/// The bounds every value read from a register file must keep (docs/register-format.md, "Limits").
/// The decoder checks each at the boundary, so nothing downstream can overflow, trap or run away
/// on a hostile file; a value outside is an error naming the file, entry and field.
public enum FormatLimits {
    /// Likelihood and impact.
    public static let factors = 1...5
    /// A printed score (and a band's bounds): a product of two factors.
    public static let scores = 1...25
    /// An item's nesting level: 0 top level, up to 3 levels of sub-bullets.
    public static let levels = 0...3
    /// A line number of the source document.
    public static let lines = 1...10_000_000
    /// The longest text, in UTF-8 bytes (a megabyte: a few hundred pages).
    public static let maximumTextBytes = 1_000_000
    /// The most items in one list of an entry, notes or history records of an entry, or entries.
    public static let maximumElements = 100_000
    /// The largest register file riskreg reads by default, in bytes (`--max-file-size` raises it).
    public static let defaultMaximumFileBytes = 128 * 1024 * 1024
}
