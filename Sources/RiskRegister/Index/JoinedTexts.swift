import Glibc

/// A list of texts stored as one blob (an index row's entry ids or titles): their UTF-8 bytes
/// joined by `SearchText.separator`, which UTF-8 never holds. The count is kept beside the blob
/// (no entries and one empty text are both an empty blob).
enum JoinedTexts {
    /// The texts joined.
    static func bytes(of texts: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 1 })
        for (offset, text) in texts.enumerated() {
            if offset > 0 { bytes.append(SearchText.separator) }
            bytes.append(contentsOf: text.utf8)
        }
        return bytes
    }

    /// The `count` texts of a blob; nil when it does not hold exactly that many. (The count is
    /// not trusted for more than it can be: no more room is made than the bytes could hold.)
    static func texts(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> [String]? {
        guard count > 0 else { return bytes.isEmpty ? [] : nil }
        guard let base = bytes.baseAddress else { return count == 1 ? [""] : nil }
        var texts: [String] = []
        texts.reserveCapacity(min(count, bytes.count + 1))
        var start = 0
        while let found = memchr(base + start, Int32(SearchText.separator), bytes.count - start) {
            let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            guard texts.count < count - 1 else { return nil }
            texts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            start = end + 1
        }
        texts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
        return texts.count == count ? texts : nil
    }
}
