/// How far the index of the data directory has come.
struct IndexProgress: Hashable, Sendable {
    /// Registers indexed.
    var indexed: Int
    /// Registers in the data directory.
    var total: Int

    /// True once every register is indexed (and so searchable).
    var isComplete: Bool { indexed >= total }
}
