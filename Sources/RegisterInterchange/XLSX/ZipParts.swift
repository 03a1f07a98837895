import Foundation
import ZIPFoundation

/// The parts of a zip archive (an XLSX workbook) in an open file: its central directory read with
/// bounds checked against the file's size, and each part's bytes read from exactly its own stretch
/// of the file. Deflated parts are inflated by ZIPFoundation's zlib decoder fed from that stretch
/// alone: ZIPFoundation's own extraction keeps reading the file past a deflate stream that never
/// ends and, at its end, loops for ever (the fuzzer found a workbook that hung `riskreg import`).
/// ZIP64 archives (over 4 GB) are not read; no workbook riskreg imports is near that size.
struct ZipParts {
    /// Why the archive cannot be read.
    struct Failure: Error {
        let message: String
    }

    /// One part: how it is stored and where.
    private struct Part {
        var method: UInt16
        var checksum: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var headerOffset: Int
    }

    private let input: SpreadsheetFile
    private let parts: [String: Part]

    /// Reads the central directory of `input`.
    init(_ input: SpreadsheetFile) throws(Failure) {
        self.input = input
        let size = input.size
        // The end of central directory record: 22 bytes and a comment of at most 65,535.
        let tailStart = max(0, size - 22 - 65_535)
        let tail = try Self.read(input, at: tailStart, count: size - tailStart)
        guard tail.count >= 22, let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: {
            Self.u32(tail, $0) == 0x0605_4B50
        }) else { throw Failure(message: "it is not a zip archive") }
        let count = Int(Self.u16(tail, end + 10))
        let directorySize = Int(Self.u32(tail, end + 12))
        let directoryOffset = Int(Self.u32(tail, end + 16))
        guard directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF else {
            throw Failure(message: "it is a ZIP64 archive, which riskreg does not read")
        }
        guard directoryOffset + directorySize <= size else { throw Failure(message: "its directory lies past its end") }
        let directory = try Self.read(input, at: directoryOffset, count: directorySize)
        var parts: [String: Part] = [:]
        var at = 0
        for _ in 0..<count {
            guard at + 46 <= directory.count, Self.u32(directory, at) == 0x0201_4B50 else {
                throw Failure(message: "its directory is damaged")
            }
            let nameLength = Int(Self.u16(directory, at + 28))
            let extraLength = Int(Self.u16(directory, at + 30))
            let commentLength = Int(Self.u16(directory, at + 32))
            guard at + 46 + nameLength <= directory.count else { throw Failure(message: "its directory is damaged") }
            let name = String(decoding: directory[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            parts[name] = Part(method: Self.u16(directory, at + 10), checksum: Self.u32(directory, at + 16),
                               compressedSize: Int(Self.u32(directory, at + 20)), uncompressedSize: Int(Self.u32(directory, at + 24)),
                               headerOffset: Int(Self.u32(directory, at + 42)))
            at += 46 + nameLength + extraLength + commentLength
        }
        self.parts = parts
    }

    /// True when the archive has a part named `name`.
    func contains(_ name: String) -> Bool { parts[name] != nil }

    /// The uncompressed size the directory states for `name`.
    func statedSize(of name: String) -> Int? { parts[name]?.uncompressedSize }

    /// Gives `consumer` the bytes of the part `name`, in chunks; its CRC-32 (to compare with
    /// `checksum(of:)`), or nil when there is no such part.
    func extract(_ name: String, consumer: (Data) throws -> Void) throws -> (computed: UInt32, stated: UInt32)? {
        guard let part = parts[name] else { return nil }
        let header = try Self.read(input, at: part.headerOffset, count: 30)
        guard header.count == 30, Self.u32(header, 0) == 0x0403_4B50 else { throw Failure(message: "\(name) has no local header") }
        let start = part.headerOffset + 30 + Int(Self.u16(header, 26)) + Int(Self.u16(header, 28))
        guard start + part.compressedSize <= input.size else { throw Failure(message: "\(name) lies past the end of the archive") }
        var position = start
        let end = start + part.compressedSize
        // Reads only the part's own bytes; asked for more, the deflate stream never ended in them.
        let provider: Provider = { _, size in
            guard position < end else { throw Failure(message: "\(name) is damaged (its compressed data ends too soon)") }
            let chunk = try Self.read(self.input, at: position, count: min(size, end - position))
            position += chunk.count
            return chunk
        }
        switch part.method {
        case 0:
            var checksum: UInt32 = 0
            while position < end {
                let chunk = try provider(Int64(position - start), 64 * 1024)
                checksum = chunk.crc32(checksum: checksum)
                try consumer(chunk)
            }
            return (checksum, part.checksum)
        case 8:
            let checksum = try Data.decompress(size: Int64(part.compressedSize), bufferSize: 64 * 1024, skipCRC32: false,
                                               provider: provider, consumer: consumer)
            return (checksum, part.checksum)
        default:
            throw Failure(message: "\(name) is compressed with method \(part.method), which riskreg does not read")
        }
    }

    private static func read(_ input: SpreadsheetFile, at offset: Int, count: Int) throws(Failure) -> Data {
        do {
            return Data(try input.read(at: offset, count: count))
        } catch {
            throw Failure(message: "\(error)")
        }
    }

    private static func u16(_ data: Data, _ at: Int) -> UInt16 {
        let base = data.startIndex + at
        return UInt16(data[base]) | UInt16(data[base + 1]) << 8
    }

    private static func u32(_ data: Data, _ at: Int) -> UInt32 {
        UInt32(u16(data, at)) | UInt32(u16(data, at + 2)) << 16
    }
}
