import OrderedCollections

/// Writes a `JSONValue` in riskreg's canonical form: two-space indentation, one value per line,
/// `"key": value`, non-ASCII as is, only `"`, `\` and control characters escaped, trailing newline.
public enum CanonicalJSONWriter {
    /// The canonical text of a value, ending in a newline. With `escapingTerminalControls`
    /// (output for a terminal or a script's pipe, not a file), C1 controls, line and paragraph
    /// separators and bidirectional controls are escaped as `\\uXXXX` too.
    public static func text(of value: JSONValue, escapingTerminalControls: Bool = false) -> String {
        String(decoding: bytes(of: value, escapingTerminalControls: escapingTerminalControls), as: UTF8.self)
    }

    /// The canonical UTF-8 bytes of a value, ending in a newline.
    public static func bytes(of value: JSONValue, escapingTerminalControls: Bool = false) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(64 * 1024)
        write(value, indent: 0, escaping: escapingTerminalControls, into: &output)
        output.append(UInt8(ascii: "\n"))
        return output
    }

    /// Appends a value as it is written at nesting level `indent` (its first line not indented).
    static func write(_ value: JSONValue, indent: Int, escaping: Bool, into output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let literal): output.append(contentsOf: literal.utf8)
        case .string(let text): writeString(text, escaping: escaping, into: &output)
        case .array(let elements):
            writeArray(count: elements.count, indent: indent, into: &output) { index, output in
                write(elements[index], indent: indent + 1, escaping: escaping, into: &output)
            }
        case .object(let members):
            writeObject(members, indent: indent, escaping: escaping, into: &output) { _, value, output in
                write(value, indent: indent + 1, escaping: escaping, into: &output)
            }
        }
    }

    /// Appends an array of `count` elements at nesting level `indent`; `element` appends the
    /// element at an index (at level `indent + 1`, after its indentation).
    static func writeArray(count: Int, indent: Int, into output: inout [UInt8],
                           element: (Int, inout [UInt8]) -> Void) {
        if count == 0 {
            output.append(contentsOf: "[]".utf8)
            return
        }
        output.append(contentsOf: "[\n".utf8)
        for index in 0..<count {
            appendIndent(indent + 1, into: &output)
            element(index, &output)
            if index < count - 1 { output.append(UInt8(ascii: ",")) }
            output.append(UInt8(ascii: "\n"))
        }
        appendIndent(indent, into: &output)
        output.append(UInt8(ascii: "]"))
    }

    /// Appends an object at nesting level `indent`; `value` appends a member's value (at level
    /// `indent + 1`, after its key).
    static func writeObject(_ members: OrderedDictionary<String, JSONValue>, indent: Int, escaping: Bool,
                            into output: inout [UInt8], value: (String, JSONValue, inout [UInt8]) -> Void) {
        if members.isEmpty {
            output.append(contentsOf: "{}".utf8)
            return
        }
        output.append(contentsOf: "{\n".utf8)
        let last = members.count - 1
        for (position, member) in members.elements.enumerated() {
            appendIndent(indent + 1, into: &output)
            writeString(member.key, escaping: escaping, into: &output)
            output.append(UInt8(ascii: ":"))
            output.append(UInt8(ascii: " "))
            value(member.key, member.value, &output)
            if position < last { output.append(UInt8(ascii: ",")) }
            output.append(UInt8(ascii: "\n"))
        }
        appendIndent(indent, into: &output)
        output.append(UInt8(ascii: "}"))
    }

    /// Spaces for the indentation of the usual nesting levels, appended in one piece.
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private static func appendIndent(_ level: Int, into output: inout [UInt8]) {
        let count = 2 * level
        if count <= spaces.count {
            spaces.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
        } else {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func writeString(_ text: String, escaping: Bool, into output: inout [UInt8]) {
        if escaping, text.unicodeScalars.contains(where: { $0.value >= 0x80 && SafeText.isUnsafe($0) }) {
            writeEscapingTerminalControls(text, into: &output)
            return
        }
        output.append(UInt8(ascii: "\""))
        var copy = text
        copy.withUTF8 { appendEscaped($0, into: &output) }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends UTF-8 bytes with `"`, `\` and control characters escaped; the runs between them
    /// are appended whole.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var runStart = 0
        for (position, byte) in bytes.enumerated() {
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F else { continue }
            if runStart < position { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position])) }
            runStart = position + 1
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0x08: output.append(contentsOf: "\\b".utf8)
            case 0x0C: output.append(contentsOf: "\\f".utf8)
            default:
                output.append(contentsOf: "\\u00".utf8)
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0xF)])
            }
        }
        if runStart < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }

    /// A string with the unsafe scalars beyond ASCII as `\\uXXXX`; the rest as `writeString`.
    private static func writeEscapingTerminalControls(_ text: String, into output: inout [UInt8]) {
        var pending = ""
        var pieces: [UInt8] = [UInt8(ascii: "\"")]
        func flush() {
            var plain: [UInt8] = []
            writeString(pending, escaping: false, into: &plain)
            pieces.append(contentsOf: plain.dropFirst().dropLast())
            pending = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x80 && SafeText.isUnsafe(scalar) {
                flush()
                let hex = String(scalar.value, radix: 16)
                pieces.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).utf8)
            } else {
                pending.unicodeScalars.append(scalar)
            }
        }
        flush()
        pieces.append(UInt8(ascii: "\""))
        output.append(contentsOf: pieces)
    }
}
