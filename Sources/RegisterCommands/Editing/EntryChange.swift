import RiskRegister

/// What a command for scripts does to one entry (`RescoreEdit`, `FieldEdit`, `LinkEdit`,
/// `NoteEdit`), applied and saved by `EntryEdit`.
public protocol EntryChange {
    /// The entry changed (it is at `index` of `register`); refused when the value does not fit.
    func apply(to entry: Entry, at index: Int, of register: Register) throws(EditRefusal) -> Entry
    /// What changed, in words, from the entry `before` to `after`.
    func describe(before: Entry, after: Entry) -> String
}
