import OrderedCollections

extension RiskAppetite {
    /// The appetite as one line a risk officer types: the default limit, then each type's limit,
    /// separated by ";": "12", "cautious", "12; Financial=9; Reputational=averse".
    public var text: String {
        ([defaultLimit.text] + types.map { "\($0.key)=\($0.value.text)" }).joined(separator: "; ")
    }

    /// The appetite for people: "12", "cautious (9); Financial 9".
    public var label: String {
        ([defaultLimit.label] + types.map { "\($0.key) \($0.value.label)" }).joined(separator: "; ")
    }

    /// Reads the text form (`text`): parts separated by ";" or a line break, exactly one of
    /// them a limit alone (the default) and the others `type=limit`. Each limit is a score from 1
    /// to 25 or an Orange Book level. Whitespace around parts is ignored; empty parts are skipped.
    public static func parse(_ text: String) -> Result<RiskAppetite, AppetiteTextError> {
        var defaultLimit: AppetiteLimit?
        var types: OrderedDictionary<String, AppetiteLimit> = [:]
        let parts = text.split(whereSeparator: { $0 == ";" || $0.isNewline }).map { String($0).trimmingWhitespace() }
        for part in parts where !part.isEmpty {
            if let equals = part.firstIndex(of: "=") {
                let name = String(part[..<equals]).trimmingWhitespace()
                let value = String(part[part.index(after: equals)...])
                guard !name.isEmpty else { return .failure(.missingType(part)) }
                guard let limit = AppetiteLimit(text: value) else { return .failure(.badLimit(value.trimmingWhitespace())) }
                guard types.keys.allSatisfy({ $0.lowercased() != name.lowercased() }) else { return .failure(.repeatedType(name)) }
                types[name] = limit
            } else {
                guard defaultLimit == nil else { return .failure(.twoDefaults) }
                guard let limit = AppetiteLimit(text: part) else { return .failure(.badLimit(part)) }
                defaultLimit = limit
            }
        }
        guard let defaultLimit else { return .failure(.missingDefault) }
        return .success(RiskAppetite(defaultLimit: defaultLimit, types: types))
    }
}

/// Why a risk appetite's text form (`RiskAppetite.parse`) was refused.
public enum AppetiteTextError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A limit that is neither a score from 1 to 25 nor a level.
    case badLimit(String)
    /// A `=limit` part without a type before the `=`.
    case missingType(String)
    /// The same type named twice.
    case repeatedType(String)
    /// Two limits without a type.
    case twoDefaults
    /// Only type limits, no default.
    case missingDefault

    public var description: String {
        let levels = AppetiteLevel.allCases.map(\.rawValue).joined(separator: ", ")
        return switch self {
        case .badLimit(let text): "\"\(text)\" is not a score from 1 to 25 or one of \(levels)"
        case .missingType(let part): "\"\(part)\" names no risk type before \"=\""
        case .repeatedType(let name): "the risk type \"\(name)\" is named twice"
        case .twoDefaults: "give one default limit (the others as type=limit)"
        case .missingDefault: "give a default limit, e.g. \"12\" or \"cautious\", then any type=limit"
        }
    }
}
