import CZlib
import Foundation

/// The parts of a zip archive (an XLSX workbook) in an open file: its central directory read with
/// bounds checked against the file's size, and each part's bytes read from exactly its own stretch
/// of the file, deflated ones inflated by zlib with every input chunk's true length. Written after
/// the fuzzer found two defects in ZIPFoundation's extraction: it reads on past a deflate stream
/// that never ends and at the end of the file loops for ever, and it tells zlib that a short last
/// chunk is a full buffer, so zlib reads past it. ZIP64 archives (over 4 GB) are not read; no
/// workbook riskreg imports is near that size.
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

    /// Gives `consumer` the bytes of the part `name`, in chunks; the CRC-32 computed of them and
    /// the one the directory states, or nil when there is no such part.
    func extract(_ name: String, consumer: (Data) throws -> Void) throws -> (computed: UInt32, stated: UInt32)? {
        guard let part = parts[name] else { return nil }
        let header = try Self.read(input, at: part.headerOffset, count: 30)
        guard header.count == 30, Self.u32(header, 0) == 0x0403_4B50 else { throw Failure(message: "\(name) has no local header") }
        let start = part.headerOffset + 30 + Int(Self.u16(header, 26)) + Int(Self.u16(header, 28))
        guard start + part.compressedSize <= input.size else { throw Failure(message: "\(name) lies past the end of the archive") }
        var position = start
        let end = start + part.compressedSize
        // Only the part's own bytes; asked for more, the deflate stream did not end in them.
        func next() throws -> [UInt8] {
            guard position < end else { throw Failure(message: "\(name) is damaged (its compressed data ends too soon)") }
            let chunk = try input.read(at: position, count: min(Self.chunkSize, end - position))
            guard !chunk.isEmpty else { throw Failure(message: "\(name) lies past the end of the archive") }
            position += chunk.count
            return chunk
        }
        var checksum = crc32(0, nil, 0)
        switch part.method {
        case 0:
            while position < end {
                let chunk = try next()
                checksum = crc32(checksum, chunk, UInt32(chunk.count))
                try consumer(Data(chunk))
            }
        case 8:
            try Self.inflate(name, next: next) { output in
                checksum = crc32(checksum, output, UInt32(output.count))
                try consumer(Data(output))
            }
        default:
            throw Failure(message: "\(name) is compressed with method \(part.method), which riskreg does not read")
        }
        return (UInt32(truncatingIfNeeded: checksum), part.checksum)
    }

    /// How much is read or inflated at once.
    private static let chunkSize = 64 * 1024

    /// Inflates the raw deflate stream of the part `name`, whose bytes `next` gives a chunk at a
    /// time, giving `output` what it produces; throws when the stream is damaged or `next` runs
    /// out before it ends.
    private static func inflate(_ name: String, next: () throws -> [UInt8], output: ([UInt8]) throws -> Void) throws {
        var stream = z_stream()
        guard rr_inflate_init_raw(&stream) == Z_OK else { throw Failure(message: "zlib could not start inflating") }
        defer { inflateEnd(&stream) }
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var ended = false
        while !ended {
            var input = try next()
            try input.withUnsafeMutableBufferPointer { chunk in
                stream.next_in = chunk.baseAddress
                stream.avail_in = UInt32(chunk.count)
                while !ended {
                    let (result, produced) = buffer.withUnsafeMutableBufferPointer { out in
                        stream.next_out = out.baseAddress
                        stream.avail_out = UInt32(out.count)
                        let result = CZlib.inflate(&stream, Z_NO_FLUSH)
                        return (result, out.count - Int(stream.avail_out))
                    }
                    guard result == Z_OK || result == Z_STREAM_END || result == Z_BUF_ERROR else {
                        throw Failure(message: "\(name) is damaged (its compressed data cannot be inflated)")
                    }
                    if produced > 0 { try output(Array(buffer[0..<produced])) }
                    ended = result == Z_STREAM_END
                    // More output may wait while the buffer came back full; else this chunk is used up.
                    if produced < buffer.count && stream.avail_in == 0 { break }
                    if produced == 0 && result == Z_BUF_ERROR { break }
                }
            }
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
