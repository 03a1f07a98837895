/// The next free id of a kind's sequence: after "Corp 7" comes "Corp 8", after "C01" "C02"
/// (zeros kept), after "CO2" "CO3". The sequence is that of the kind's last entry's prefix.
public enum EntryNumbering {
    /// The suggested id for a new entry of `kind` in `register`.
    public static func nextID(for kind: EntryKind, in register: Register) -> String {
        let taken = Set(register.entries.map { EntryIdentity.key($0.id) })
        guard let last = register.entries.last(where: { $0.kind == kind }).map({ split($0.id) }) else {
            return first(kind, taken: taken)
        }
        let numbers = register.entries.filter { $0.kind == kind }.map { split($0.id) }
            .filter { $0.prefix == last.prefix }.compactMap(\.number)
        var next = (numbers.max() ?? 0) + 1
        while true {
            let digits = String(next)
            let padded = String(repeating: "0", count: max(0, last.width - digits.count)) + digits
            let candidate = last.prefix + padded
            if !taken.contains(EntryIdentity.key(candidate)) { return candidate }
            next += 1
        }
    }

    private static func first(_ kind: EntryKind, taken: Set<String>) -> String {
        let prefix = kind == .risk ? "R" : "O"
        var number = 1
        while taken.contains(EntryIdentity.key("\(prefix)\(number)")) { number += 1 }
        return "\(prefix)\(number)"
    }

    /// "Corp 7" → ("Corp ", 7, width 1); "C01" → ("C", 1, width 2); "X" → ("X", nil, 1).
    private static func split(_ id: String) -> (prefix: String, number: Int?, width: Int) {
        let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return (id, nil, 1) }
        let text = String(digits.reversed())
        return (String(id.dropLast(digits.count)), Int(text), text.count)
    }
}
