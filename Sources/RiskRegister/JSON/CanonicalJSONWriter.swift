/// Writes a `JSONValue` in riskreg's canonical form: two-space indentation, one value per line,
/// `"key": value`, non-ASCII as is, only `"`, `\` and control characters escaped, trailing newline.
public enum CanonicalJSONWriter {
    /// The canonical text of a value, ending in a newline.
    public static func text(of value: JSONValue) -> String {
        var output = ""
        output.reserveCapacity(64 * 1024)
        write(value, indent: 0, into: &output)
        output.append("\n")
        return output
    }

    /// The canonical UTF-8 bytes of a value, ending in a newline.
    public static func bytes(of value: JSONValue) -> [UInt8] {
        Array(text(of: value).utf8)
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout String) {
        switch value {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .number(let literal): output.append(literal)
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            if elements.isEmpty {
                output.append("[]")
                return
            }
            output.append("[\n")
            for (position, element) in elements.enumerated() {
                appendIndent(indent + 1, into: &output)
                write(element, indent: indent + 1, into: &output)
                output.append(position == elements.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, into: &output)
            output.append("]")
        case .object(let members):
            if members.isEmpty {
                output.append("{}")
                return
            }
            output.append("{\n")
            for (position, member) in members.elements.enumerated() {
                appendIndent(indent + 1, into: &output)
                writeString(member.key, into: &output)
                output.append(": ")
                write(member.value, indent: indent + 1, into: &output)
                output.append(position == members.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, into: &output)
            output.append("}")
        }
    }

    private static func appendIndent(_ level: Int, into output: inout String) {
        for _ in 0..<level { output.append("  ") }
    }

    private static func writeString(_ text: String, into output: inout String) {
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case "\u{8}": output.append("\\b")
            case "\u{C}": output.append("\\f")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output.append("\"")
    }
}
