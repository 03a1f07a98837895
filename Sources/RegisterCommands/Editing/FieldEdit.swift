import RiskRegister

/// `riskreg set`: one text field of an entry (`EntryTextField`), with the browser's rules for it.
public struct FieldEdit: EntryChange {
    /// The field.
    public let field: EntryTextField
    /// The new value, as typed.
    public let value: String

    /// An edit of the field `name` names (ignoring case); fails (status 2) for a field that
    /// does not exist, naming those that do.
    public init(field name: String, value: String) throws(CommandFailure) {
        guard let field = EntryTextField.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
            throw CommandFailure("no field \(SafeText.quoted(name, limit: 40)); fields: "
                                 + EntryTextField.allCases.map(\.rawValue).joined(separator: ", "), code: CommandFailure.badInput)
        }
        self.field = field
        self.value = value
    }

    /// The entry at `index` of `register` with the field set; refused when the value does not fit.
    public func apply(to entry: Entry, at index: Int, of register: Register) throws(EditRefusal) -> Entry {
        try field.applying(value, toEntryAt: index, of: register)
    }

    /// "owner "Ann" → "Bob"", "(none)" for an empty text.
    public func describe(before: Entry, after: Entry) -> String {
        "\(field.rawValue) \(Self.shown(field.text(of: before))) → \(Self.shown(field.text(of: after)))"
    }

    private static func shown(_ text: String) -> String {
        text.isEmpty ? "(none)" : SafeText.quoted(text, limit: 60)
    }
}
