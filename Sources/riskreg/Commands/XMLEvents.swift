import Foundation

/// A small streaming reader of the XML in a workbook's parts: element starts (local name, without
/// a namespace prefix, and attributes by their names as written), ends and character data, in
/// document order. It checks that tags nest and entities are known, and skips the declaration,
/// processing instructions, comments and a document type. Written here rather than taken from
/// FoundationXML, which would make every start of riskreg load libxml2 and ICU for the one
/// command that reads spreadsheets.
struct XMLEvents {
    /// Why a part is not well-formed XML, and where.
    struct Malformed: LocalizedError {
        let reason: String
        let offset: Int

        var errorDescription: String? { "\(reason) at byte \(offset)" }
    }

    private let bytes: [UInt8]
    private var position = 0

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Reads `data`, calling the closures in document order; throws `Malformed` when the XML is
    /// not well-formed.
    static func parse(_ data: Data, start: (String, [String: String]) -> Void, end: (String) -> Void = { _ in },
                      text: (String) -> Void = { _ in }) throws {
        var reader = XMLEvents([UInt8](data))
        try reader.run(start: start, end: end, text: text)
    }

    private mutating func run(start: (String, [String: String]) -> Void, end: (String) -> Void, text: (String) -> Void) throws {
        var open: [String] = []
        var sawRoot = false
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let run = try characterData()
                if !open.isEmpty { text(run) } else if !run.allSatisfy(\.isWhitespace) { throw malformed("text outside the root element") }
                continue
            }
            if starts(with: "<?") {
                try skip(past: "?>")
            } else if starts(with: "<!--") {
                try skip(past: "-->")
            } else if starts(with: "<![CDATA[") {
                position += 9
                let begin = position
                try skip(past: "]]>")
                guard !open.isEmpty else { throw malformed("CDATA outside the root element") }
                text(String(decoding: bytes[begin..<(position - 3)], as: UTF8.self))
            } else if starts(with: "<!") {
                try skip(past: ">")
            } else if starts(with: "</") {
                position += 2
                let name = try self.name()
                skipSpace()
                try expect(">")
                guard let last = open.popLast(), last == name else { throw malformed("</\(name)> does not close the open element") }
                end(Self.localName(name))
            } else {
                position += 1
                let name = try self.name()
                if open.isEmpty && sawRoot { throw malformed("a second root element") }
                var attributes: [String: String] = [:]
                while true {
                    skipSpace()
                    guard position < bytes.count else { throw malformed("the tag <\(name)> is not closed") }
                    if starts(with: "/>") {
                        position += 2
                        start(Self.localName(name), attributes)
                        end(Self.localName(name))
                        break
                    }
                    if bytes[position] == UInt8(ascii: ">") {
                        position += 1
                        start(Self.localName(name), attributes)
                        open.append(name)
                        break
                    }
                    let key = try self.name()
                    skipSpace()
                    try expect("=")
                    skipSpace()
                    attributes[key] = try quoted()
                }
                sawRoot = true
            }
        }
        guard open.isEmpty else { throw malformed("<\(open.last ?? "")> is not closed") }
        guard sawRoot else { throw malformed("no root element") }
    }

    /// Text up to the next `<`, entities decoded.
    private mutating func characterData() throws -> String {
        let begin = position
        while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
        return try Self.decoded(bytes[begin..<position], at: begin)
    }

    /// An attribute's value in single or double quotes, entities decoded.
    private mutating func quoted() throws -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
            throw malformed("an attribute value is not quoted")
        }
        let quote = bytes[position]
        position += 1
        let begin = position
        while position < bytes.count && bytes[position] != quote {
            if bytes[position] == UInt8(ascii: "<") { throw malformed("< in an attribute value") }
            position += 1
        }
        guard position < bytes.count else { throw malformed("an attribute value is not closed") }
        let value = try Self.decoded(bytes[begin..<position], at: begin)
        position += 1
        return value
    }

    /// A name: letters, digits and `_ - . :`, and any non-ASCII byte.
    private mutating func name() throws -> String {
        let begin = position
        while position < bytes.count {
            let byte = bytes[position]
            let isName = byte >= 0x80 || (byte >= 0x30 && byte <= 0x3A) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            guard isName else { break }
            position += 1
        }
        guard position > begin else { throw malformed("a name was expected") }
        return String(decoding: bytes[begin..<position], as: UTF8.self)
    }

    private static func localName(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    /// Text with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and character references replaced.
    private static func decoded(_ slice: ArraySlice<UInt8>, at offset: Int) throws -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(slice.count)
        var index = slice.startIndex
        while index < slice.endIndex {
            guard slice[index] == UInt8(ascii: "&") else {
                result.append(slice[index])
                index += 1
                continue
            }
            guard let semicolon = slice[index...].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 12 else {
                throw Malformed(reason: "an & that starts no entity", offset: offset + index - slice.startIndex)
            }
            let entity = String(decoding: slice[(index + 1)..<semicolon], as: UTF8.self)
            let replacement: String
            switch entity {
            case "amp": replacement = "&"
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst(), radix: 10) : nil
                guard let number, let scalar = Unicode.Scalar(number) else {
                    throw Malformed(reason: "unknown entity &\(entity);", offset: offset + index - slice.startIndex)
                }
                replacement = String(Character(scalar))
            }
            result += Array(replacement.utf8)
            index = semicolon + 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private func starts(with prefix: String) -> Bool {
        let utf8 = Array(prefix.utf8)
        guard position + utf8.count <= bytes.count else { return false }
        return bytes[position..<(position + utf8.count)].elementsEqual(utf8)
    }

    private mutating func skip(past terminator: String) throws {
        let utf8 = Array(terminator.utf8)
        while position + utf8.count <= bytes.count {
            if bytes[position..<(position + utf8.count)].elementsEqual(utf8) {
                position += utf8.count
                return
            }
            position += 1
        }
        throw malformed("\(terminator) was expected")
    }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private mutating func expect(_ character: Character) throws {
        guard position < bytes.count, let ascii = character.asciiValue, bytes[position] == ascii else {
            throw malformed("\(character) was expected")
        }
        position += 1
    }

    private func malformed(_ reason: String) -> Malformed {
        Malformed(reason: reason, offset: position)
    }
}
