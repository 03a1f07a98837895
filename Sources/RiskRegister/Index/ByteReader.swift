/// Reads what `ByteWriter` wrote, checking every length against the bytes left.
struct ByteReader {
    private let input: ArraySlice<UInt8>
    private var position: Int

    init(_ input: ArraySlice<UInt8>) {
        self.input = input
        position = input.startIndex
    }

    var isAtEnd: Bool { position == input.endIndex }

    mutating func bytes(_ count: Int) throws(IndexCacheFormat.Refused) -> ArraySlice<UInt8> {
        guard count >= 0, input.endIndex - position >= count else { throw IndexCacheFormat.Refused() }
        defer { position += count }
        return input[position..<(position + count)]
    }

    mutating func u32() throws(IndexCacheFormat.Refused) -> UInt32 {
        try bytes(4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func u64() throws(IndexCacheFormat.Refused) -> UInt64 {
        try bytes(8).reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    mutating func i64() throws(IndexCacheFormat.Refused) -> Int64 { Int64(bitPattern: try u64()) }

    /// A count of things that each take at least one byte, so no count can exceed what is left.
    mutating func count() throws(IndexCacheFormat.Refused) -> Int {
        let count = Int(try u32())
        guard count <= input.endIndex - position else { throw IndexCacheFormat.Refused() }
        return count
    }

    mutating func string() throws(IndexCacheFormat.Refused) -> String {
        let run = try bytes(Int(try u32()))
        guard let text = String(validating: run, as: UTF8.self) else { throw IndexCacheFormat.Refused() }
        return text
    }

    mutating func optionalString() throws(IndexCacheFormat.Refused) -> String? {
        switch try bytes(1).first {
        case 0: return nil
        case 1: return try string()
        default: throw IndexCacheFormat.Refused()
        }
    }
}
