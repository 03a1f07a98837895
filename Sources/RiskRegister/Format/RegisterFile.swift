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
    /// and a copy of the rest; the entries to encode are encoded on every core.
    static func encoded(_ register: Register, reusing previous: EncodedRegister?) -> EncodedRegister {
        let entries = register.entries
        var positions: [String: Int]?
        var pieces: [ArraySlice<UInt8>?] = entries.indices.map { index in
            previous?.bytes(of: entries[index], at: index, positions: &positions)
        }
        let fresh = entries.indices.filter { pieces[$0] == nil }
        let chunks = ParallelChunks.map(count: fresh.count, minimumChunk: 256) { range in
            var bytes: [UInt8] = []
            var ends: [Int] = []
            for position in range {
                CanonicalJSONWriter.write(RegisterEncoder.encode(entries[fresh[position]]), indent: 2, escaping: false, into: &bytes)
                ends.append(bytes.count)
            }
            return (bytes: bytes, ends: ends)
        }
        var position = 0
        for chunk in chunks {
            var start = 0
            for end in chunk.ends {
                pieces[fresh[position]] = chunk.bytes[start..<end]
                start = end
                position += 1
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(pieces.reduce(64 * 1024) { $0 + ($1?.count ?? 0) + 32 })
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(entries.count)
        let members = RegisterEncoder.members(of: register, entries: .array([]))
        CanonicalJSONWriter.writeObject(members, indent: 0, escaping: false, into: &output) { key, value, output in
            guard key == "entries" else {
                CanonicalJSONWriter.write(value, indent: 1, escaping: false, into: &output)
                return
            }
            CanonicalJSONWriter.writeArray(count: entries.count, indent: 1, into: &output) { index, output in
                let start = output.count
                if let piece = pieces[index] { output.append(contentsOf: piece) }
                ranges.append(start..<output.count)
            }
        }
        output.append(UInt8(ascii: "\n"))
        return EncodedRegister(bytes: output, entries: entries, entryRanges: ranges)
    }
}
