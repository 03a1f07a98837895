/// Appends little-endian integers, strings and byte runs (the index cache's catalogue, `IndexCacheFormat`).
struct ByteWriter {
    var output: [UInt8] = []

    mutating func bytes(_ bytes: [UInt8]) { output.append(contentsOf: bytes) }

    mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { output.append(contentsOf: $0) } }

    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { output.append(contentsOf: $0) } }

    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }

    /// Overwrites the eight bytes at `offset` (written earlier as a placeholder) with `value`.
    mutating func set(u64 value: UInt64, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { output.replaceSubrange(offset..<(offset + 8), with: $0) }
    }

    mutating func run(_ bytes: [UInt8]) {
        u32(UInt32(bytes.count))
        output.append(contentsOf: bytes)
    }

    mutating func string(_ text: String) { run(Array(text.utf8)) }

    mutating func optionalString(_ text: String?) {
        if let text {
            output.append(1)
            string(text)
        } else {
            output.append(0)
        }
    }
}
