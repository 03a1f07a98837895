/// Reading and writing the bytes of a register file.
public enum RegisterFile {
    /// Parses and decodes file bytes.
    public static func decode(_ bytes: [UInt8]) -> Result<Register, RegisterFileError> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return .failure(.syntax(error))
        }
        return RegisterDecoder.decode(value).mapError { .format($0.problems) }
    }

    /// The canonical bytes of a register.
    public static func encode(_ register: Register) -> [UInt8] {
        encoded(register, reusing: nil).bytes
    }

    /// The canonical bytes of a register, the same as `encode` gives, with where each entry lies.
    /// The bytes of an entry exactly equal (`isExactly`) to one of `previous` are copied from it
    /// instead of encoded again, so a register of which one entry changed costs one entry's work
    /// and a copy of the rest.
    static func encoded(_ register: Register, reusing previous: EncodedRegister?) -> EncodedRegister {
        var output: [UInt8] = []
        output.reserveCapacity(previous.map { $0.bytes.count + $0.bytes.count / 8 } ?? 64 * 1024)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(register.entries.count)
        var positions: [String: Int]?
        let members = RegisterEncoder.members(of: register, entries: .array([]))
        CanonicalJSONWriter.writeObject(members, indent: 0, escaping: false, into: &output) { key, value, output in
            guard key == "entries" else {
                CanonicalJSONWriter.write(value, indent: 1, escaping: false, into: &output)
                return
            }
            CanonicalJSONWriter.writeArray(count: register.entries.count, indent: 1, into: &output) { index, output in
                let entry = register.entries[index]
                let start = output.count
                if let bytes = previous?.bytes(of: entry, at: index, positions: &positions) {
                    output.append(contentsOf: bytes)
                } else {
                    CanonicalJSONWriter.write(RegisterEncoder.encode(entry), indent: 2, escaping: false, into: &output)
                }
                ranges.append(start..<output.count)
            }
        }
        output.append(UInt8(ascii: "\n"))
        return EncodedRegister(bytes: output, entries: register.entries, entryRanges: ranges)
    }
}
