extension Validator {
    /// Warnings for the links of a register's entries that no register of the data directory
    /// resolves (the linked identity is in none of them), naming the link as it was made.
    public static func checkLinks(_ register: Register, links: RegisterLinks) -> [Diagnostic] {
        register.entries.flatMap { entry in
            links.unresolved(of: entry).map { link in
                let named = [link.id.map { "\"\(SafeText.cut($0, limit: 40))\"" }, link.register].compactMap { $0 }.joined(separator: " in ")
                return Diagnostic(.warning, entryID: entry.id, field: "links",
                                  "\(link.kind.phrase) \(named.isEmpty ? "an entry" : named) (uid \(link.uid)): no register of the data directory holds it")
            }
        }
    }
}
