/// The index cache's 64-bit checksum (FNV-1a style over 8-byte little-endian words, then the tail
/// bytes, then the length), computed over bytes given in any number of runs: the same value
/// whichever way the bytes are split, so a cache is checked as it is read and summed as it is
/// written without being held whole. Fast enough for hundreds of megabytes; it catches truncation
/// and damage, not tampering.
struct CacheChecksum {
    private var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3
    /// Bytes of a word not yet complete, little-endian, and how many.
    private var pending: UInt64 = 0
    private var pendingCount = 0
    private var length = 0

    /// Adds bytes.
    mutating func update(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { raw in update(raw) }
    }

    /// Adds bytes.
    mutating func update(_ raw: UnsafeRawBufferPointer) {
        length += raw.count
        var offset = 0
        while pendingCount > 0, offset < raw.count {
            take(raw[offset])
            offset += 1
        }
        let words = (raw.count - offset) / 8
        for word in 0..<words {
            mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + word * 8, as: UInt64.self)))
        }
        for index in (offset + words * 8)..<raw.count {
            take(raw[index])
        }
    }

    /// The checksum of every byte added.
    var value: UInt64 {
        var hash = hash
        for index in 0..<pendingCount {
            hash = (hash ^ (pending >> (8 * UInt64(index)) & 0xFF)) &* Self.prime
        }
        return hash ^ UInt64(length)
    }

    private mutating func take(_ byte: UInt8) {
        pending |= UInt64(byte) << (8 * UInt64(pendingCount))
        pendingCount += 1
        if pendingCount == 8 {
            mix(pending)
            pending = 0
            pendingCount = 0
        }
    }

    private mutating func mix(_ word: UInt64) {
        hash = (hash ^ word) &* Self.prime
        hash ^= hash >> 32
    }

    /// The checksum of one run of bytes.
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var checksum = CacheChecksum()
        checksum.update(bytes)
        return checksum.value
    }
}
