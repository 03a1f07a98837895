import Glibc

/// A byte scanner over the top-level object of a register file that picks out the header strings
/// and counts the entries without decoding them: strings are skipped by searching for their closing
/// quote, nesting is followed with a counter (never recursion), and every read is bounds-checked,
/// so no input can crash it or exhaust the stack. It is lenient: it reads what a valid file holds
/// and gives up (nil) on anything it cannot follow; the full decoder remains the judge of validity.
struct HeaderScanner {
    /// What the scan ended with.
    enum Outcome: Equatable {
        /// The header, complete as far as the scan went.
        case header(RegisterHeader)
        /// The bytes end before the header is complete (a prefix of a larger file).
        case needsMore
        /// The bytes are not the start of a JSON object.
        case unreadable
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Scans `bytes`. With `countingEntries` false the scan stops as soon as organisation, title
    /// and period are known; otherwise it also skips through `entries` to count them.
    static func scan(_ bytes: [UInt8], countingEntries: Bool) -> Outcome {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = HeaderScanner(buffer)
            return scanner.scanObject(countingEntries: countingEntries)
        }
    }

    private mutating func scanObject(countingEntries: Bool) -> Outcome {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        guard index < bytes.count else { return .needsMore }
        guard bytes[index] == UInt8(ascii: "{") else { return .unreadable }
        index += 1
        var header = RegisterHeader()
        var seen: Set<String> = []
        func complete() -> Bool {
            header.organisation != nil && header.title != nil && header.period != nil
                && (!countingEntries || header.entryCount != nil)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { return .needsMore }
            if bytes[index] == UInt8(ascii: "}") { return .header(header) }
            guard let keyRange = skipString() else { return index >= bytes.count ? .needsMore : .unreadable }
            let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[keyRange]), as: UTF8.self)
            skipWhitespace()
            guard index < bytes.count else { return .needsMore }
            guard bytes[index] == UInt8(ascii: ":") else { return .unreadable }
            index += 1
            skipWhitespace()
            guard index < bytes.count else { return .needsMore }
            let first = seen.insert(key).inserted
            switch key {
            case "organisation", "title", "period":
                let valueStart = index
                if bytes[index] == UInt8(ascii: "\"") {
                    guard skipString() != nil else { return index >= bytes.count ? .needsMore : .unreadable }
                    let text = Self.decodeString(UnsafeBufferPointer(rebasing: bytes[valueStart..<index]))
                    if first {
                        switch key {
                        case "organisation": header.organisation = text
                        case "title": header.title = text
                        default: header.period = text
                        }
                    }
                } else if !skipValue() {
                    return index >= bytes.count ? .needsMore : .unreadable
                }
            case "entries" where bytes[index] == UInt8(ascii: "[") && countingEntries:
                guard let count = countElements() else { return index >= bytes.count ? .needsMore : .unreadable }
                if first { header.entryCount = count }
            default:
                guard skipValue() else { return index >= bytes.count ? .needsMore : .unreadable }
            }
            if complete() { return .header(header) }
            skipWhitespace()
            guard index < bytes.count else { return .needsMore }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "}") {
                return .header(header)
            } else {
                return .unreadable
            }
        }
    }

    /// The text of a JSON string token (quotes included), escapes decoded; nil when it is not a
    /// valid string.
    private static func decodeString(_ token: UnsafeBufferPointer<UInt8>) -> String? {
        guard case .string(let text)? = try? JSONParser.parse(Array(token)) else { return nil }
        return text
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Skips a string starting at `index` (which must be a quote); the range of its content, or
    /// nil when it does not start with a quote or is not closed.
    private mutating func skipString() -> Range<Int>? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        var position = start
        while position < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + position, Int32(UInt8(ascii: "\"")), bytes.count - position) {
            let quote = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            // The quote closes the string unless an odd number of backslashes escapes it.
            var backslashes = 0
            while quote - backslashes - 1 >= start, bytes[quote - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
            if backslashes % 2 == 0 {
                index = quote + 1
                return start..<quote
            }
            position = quote + 1
        }
        index = bytes.count
        return nil
    }

    /// Skips one value (of any nesting) starting at `index`; false when the bytes end first or do
    /// not hold a value.
    private mutating func skipValue() -> Bool {
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                guard skipString() != nil else { return false }
                if depth == 0 { return true }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard depth > 0 else { return false }
                depth -= 1
                index += 1
                if depth == 0 { return true }
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: ":"):
                guard depth > 0 else { return false }
                index += 1
            default:
                index += 1
                if depth == 0 {
                    // A number, true, false or null: runs to the next delimiter.
                    while index < bytes.count, !Self.isDelimiter(bytes[index]) { index += 1 }
                    return index < bytes.count
                }
            }
        }
        return false
    }

    /// Counts the elements of an array starting at `index` and skips past it; nil when the bytes
    /// end first or it is malformed.
    private mutating func countElements() -> Int? {
        index += 1
        skipWhitespace()
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "]") {
            index += 1
            return 0
        }
        var count = 0
        while true {
            skipWhitespace()
            guard index < bytes.count, skipValue() else { return nil }
            count += 1
            skipWhitespace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return count
            default: return nil
            }
        }
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): true
        default: false
        }
    }
}
