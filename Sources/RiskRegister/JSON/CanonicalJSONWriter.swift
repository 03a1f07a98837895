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

    private static func write(_ value: JSONValue, indent: Int, escaping: Bool, into output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let literal): output.append(contentsOf: literal.utf8)
        case .string(let text): writeString(text, escaping: escaping, into: &output)
        case .array(let elements):
            if elements.isEmpty {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(contentsOf: "[\n".utf8)
            for (position, element) in elements.enumerated() {
                appendIndent(indent + 1, into: &output)
                write(element, indent: indent + 1, escaping: escaping, into: &output)
                output.append(contentsOf: (position == elements.count - 1 ? "\n" : ",\n").utf8)
            }
            appendIndent(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(contentsOf: "{\n".utf8)
            for (position, member) in members.elements.enumerated() {
                appendIndent(indent + 1, into: &output)
                writeString(member.key, escaping: escaping, into: &output)
                output.append(contentsOf: ": ".utf8)
                write(member.value, indent: indent + 1, escaping: escaping, into: &output)
                output.append(contentsOf: (position == members.count - 1 ? "\n" : ",\n").utf8)
            }
            appendIndent(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func appendIndent(_ level: Int, into output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func writeString(_ text: String, escaping: Bool, into output: inout [UInt8]) {
        if escaping, text.unicodeScalars.contains(where: { $0.value >= 0x80 && SafeText.isUnsafe($0) }) {
            writeEscapingTerminalControls(text, into: &output)
            return
        }
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0x08: output.append(contentsOf: "\\b".utf8)
            case 0x0C: output.append(contentsOf: "\\f".utf8)
            case 0..<0x20, 0x7F:
                output.append(contentsOf: "\\u00".utf8)
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0xF)])
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
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
