/// The values of spreadsheet cells being imported: numbers, Key to Scores words, confidence,
/// direction, kind and status, each read from trimmed text or refused with a message that says
/// what the cell may hold.
enum CellReading {
    /// Why a cell cannot be read.
    struct Refusal: Error {
        let message: String
    }

    /// A likelihood or impact: a whole number 1–5, one of the five `labels` (ignoring case and a
    /// trailing `?`), or a word with its number in brackets, "Major (4)" (the number counts).
    /// `words` is true when the cell is not a bare number.
    static func factor(_ text: String, labels: [String], name: String) throws(Refusal) -> (value: Int, words: Bool) {
        if let number = wholeNumber(text) {
            guard Scale.factorRange.contains(number) else {
                throw Refusal(message: "\(number) is not \(article(name)) \(name) from 1 to 5")
            }
            return (number, false)
        }
        if let open = text.lastIndex(of: "("), text.hasSuffix(")"),
           let number = wholeNumber(String(text[text.index(after: open)..<text.index(before: text.endIndex)])),
           Scale.factorRange.contains(number) {
            return (number, true)
        }
        var word = text.lowercased()
        while word.hasSuffix("?") { word.removeLast() }
        word = word.trimmingWhitespace()
        if let index = labels.firstIndex(where: { $0.lowercased() == word }) {
            return (index + 1, true)
        }
        let accepted = labels.enumerated().map { "\($0.element) (\($0.offset + 1))" }.joined(separator: ", ")
        throw Refusal(message: "\(SafeText.quoted(text, limit: 40)) is not \(article(name)) \(name): a number 1–5 or \(accepted)")
    }

    /// A whole number in `range`, also as a spreadsheet writes one ("12.0").
    static func number(_ text: String, in range: ClosedRange<Int>, name: String) throws(Refusal) -> Int {
        guard let number = wholeNumber(text), range.contains(number) else {
            throw Refusal(message: "\(SafeText.quoted(text, limit: 40)) is not \(article(name)) \(name): a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// A confidence rating: green, amber or red, or G, A, R (ignoring case).
    static func rag(_ text: String) throws(Refusal) -> RAG {
        let word = text.lowercased()
        if let rag = RAG.allCases.first(where: { $0.rawValue == word || String($0.rawValue.prefix(1)) == word }) {
            return rag
        }
        throw Refusal(message: "\(SafeText.quoted(text, limit: 40)) is not a confidence: green, amber or red (or G, A, R)")
    }

    /// A trend: up, down, level or unknown (ignoring case), or an arrow ↑ ↓ →.
    static func trend(_ text: String) throws(Refusal) -> Trend {
        let word = text.lowercased()
        if let trend = Trend(rawValue: word) { return trend }
        switch word {
        case "↑": return .up
        case "↓": return .down
        case "→", "↔": return .level
        default:
            throw Refusal(message: "\(SafeText.quoted(text, limit: 40)) is not a trend: up, down, level or unknown (or ↑ ↓ →)")
        }
    }

    /// The trend printed words give, where they say it plainly: an arrow, "up", "increasing",
    /// "down", "decreasing", "level", "no change", "stable"; otherwise unknown.
    static func trend(inWords text: String) -> Trend {
        let word = text.lowercased()
        if word.contains("↑") || word.hasPrefix("up") || word.hasPrefix("increas") || word.hasPrefix("rising") { return .up }
        if word.contains("↓") || word.hasPrefix("down") || word.hasPrefix("decreas") || word.hasPrefix("falling") { return .down }
        if word.contains("→") || word.hasPrefix("level") || word.hasPrefix("no change") || word.hasPrefix("stable") || word.hasPrefix("static") {
            return .level
        }
        return .unknown
    }

    /// Risk or opportunity (ignoring case); an empty cell is a risk.
    static func kind(_ text: String) throws(Refusal) -> EntryKind {
        if text.isEmpty { return .risk }
        if let kind = EntryKind(rawValue: text.lowercased()) { return kind }
        throw Refusal(message: "\(SafeText.quoted(text, limit: 40)) is not a kind: risk or opportunity")
    }

    /// Open or closed (ignoring case); an empty cell is open.
    static func state(_ text: String) throws(Refusal) -> EntryStatus.State {
        if text.isEmpty { return .open }
        if let state = EntryStatus.State(rawValue: text.lowercased()) { return state }
        throw Refusal(message: "\(SafeText.quoted(text, limit: 40)) is not a status: open or closed")
    }

    /// A whole number written with digits, optionally with a zero fraction ("12", "12.0").
    private static func wholeNumber(_ text: String) -> Int? {
        var digits = Substring(text)
        if let point = digits.firstIndex(of: ".") {
            guard digits[digits.index(after: point)...].allSatisfy({ $0 == "0" }) else { return nil }
            digits = digits[..<point]
        }
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    private static func article(_ name: String) -> String {
        name.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }
}
