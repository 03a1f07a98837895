import Foundation
import Glibc
import Testing

/// `export -o PATH` writes PATH as a register is written (docs/exports.md, "Where -o writes"): a
/// new path, or an existing regular file only with `--force`, keeping its mode; never over a
/// device, a FIFO, a socket or a directory; through a symbolic link to its target.
@Suite(.timeLimit(.minutes(20))) struct ExportOutputTests {
    /// The formats that take `-o`, with the file extension each is written to.
    static let formats = ["csv", "md", "html", "json", "xlsx"]

    /// A copy of Data/ and, inside it, the folder the exports go to.
    private func folders() throws -> (data: URL, out: URL) {
        let data = try Binary.temporaryData()
        let out = data.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        return (data, out)
    }

    private func export(_ format: String, to path: String, data: URL, force: Bool = false) throws -> Binary.Result {
        try Binary.run(["export", "--register", "lcc-2021-22-q4", "--format", format, "-o", path, "--data", data.path]
                       + (force ? ["--force"] : []))
    }

    /// The permission bits of a file (following links).
    private func mode(_ path: String) -> mode_t {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return info.st_mode & 0o7777
    }

    /// The kind of thing a path names, not following a link.
    private func kind(_ path: String) -> mode_t {
        var info = stat()
        guard lstat(path, &info) == 0 else { return 0 }
        return info.st_mode & S_IFMT
    }

    /// Nothing riskreg writes on the way (a temporary file) is left in `directory`.
    private func expectNoLeftovers(in directory: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)", sourceLocation: sourceLocation)
    }

    @Test(arguments: formats)
    func aFIFOADeviceASocketAndADirectoryAreRefusedAndLeftAsTheyWere(format: String) throws {
        let (data, out) = try folders()
        defer { try? FileManager.default.removeItem(at: data) }
        let fifo = out.appendingPathComponent("fifo.\(format)").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let device = out.appendingPathComponent("null.\(format)").path
        #expect(symlink("/dev/null", device) == 0, "a link to a device: the export would go through it")
        let directory = out.appendingPathComponent("folder.\(format)").path
        #expect(mkdir(directory, 0o755) == 0)
        let socketPath = out.appendingPathComponent("s.\(format)").path
        let listener = try Self.bindSocket(socketPath)
        defer { close(listener) }

        for (path, what, type) in [(fifo, "a FIFO (named pipe)", S_IFIFO), (device, "a device", S_IFLNK),
                                   (directory, "a directory", S_IFDIR), (socketPath, "a socket", S_IFSOCK)] {
            for force in [false, true] {
                let result = try export(format, to: path, data: data, force: force)
                #expect(result.status == 2, "\(format) -o \(path) --force \(force): \(result.stderr)")
                #expect(result.stderr.contains("cannot write \"\(path)\": it is \(what)"), "\(result.stderr)")
                #expect(kind(path) == type, "\(path) is left as it was")
            }
        }
        #expect(kind("/dev/null") == S_IFCHR)
        try expectNoLeftovers(in: out)
    }

    @Test(arguments: formats)
    func anExistingFileIsOverwrittenOnlyWithForceAndKeepsItsMode(format: String) throws {
        let (data, out) = try folders()
        defer { try? FileManager.default.removeItem(at: data) }
        let file = out.appendingPathComponent("pack.\(format)")
        try Data("mine\n".utf8).write(to: file)
        #expect(chmod(file.path, 0o600) == 0)

        let refused = try export(format, to: file.path, data: data)
        #expect(refused.status == 2)
        #expect(refused.stderr == "riskreg: error: \"\(file.path)\" exists; --force overwrites it\n")
        #expect(try Data(contentsOf: file) == Data("mine\n".utf8), "nothing written")

        let forced = try export(format, to: file.path, data: data, force: true)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Data(contentsOf: file).count > 100, "the export")
        #expect(mode(file.path) == 0o600, "a 0600 file stays 0600")
        try expectNoLeftovers(in: out)
    }

    @Test(arguments: formats)
    func aNewFileGets0644LessTheUmask(format: String) throws {
        let (data, out) = try folders()
        defer { try? FileManager.default.removeItem(at: data) }
        let mask = umask(0o022)
        umask(mask)
        let file = out.appendingPathComponent("new.\(format)").path
        let result = try export(format, to: file, data: data)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(mode(file) == 0o644 & ~mask)
    }

    @Test(arguments: formats)
    func aSymbolicLinkIsWrittenThroughToItsTargetWithForce(format: String) throws {
        let (data, out) = try folders()
        defer { try? FileManager.default.removeItem(at: data) }
        let elsewhere = out.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: false)
        let target = elsewhere.appendingPathComponent("pack.\(format)").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        #expect(chmod(target, 0o640) == 0)
        let link = out.appendingPathComponent("link.\(format)").path
        #expect(symlink(target, link) == 0)

        let refused = try export(format, to: link, data: data)
        #expect(refused.status == 2)
        #expect(refused.stderr == "riskreg: error: \"\(link)\" exists; --force overwrites it\n")

        let forced = try export(format, to: link, data: data, force: true)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(kind(link) == S_IFLNK, "the link stays")
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)).count > 100, "the target holds the export")
        #expect(mode(target) == 0o640)
        try expectNoLeftovers(in: out)
        try expectNoLeftovers(in: elsewhere)

        let dangling = out.appendingPathComponent("dangling.\(format)").path
        #expect(symlink(out.appendingPathComponent("nowhere/x").path, dangling) == 0)
        let nowhere = try export(format, to: dangling, data: data, force: true)
        #expect(nowhere.status == 2)
        #expect(nowhere.stderr.contains("cannot write \"\(dangling)\": it is a symbolic link to a missing file"), "\(nowhere.stderr)")
    }

    /// A Unix-domain socket listening at `path`; its descriptor.
    private static func bindSocket(_ path: String) throws -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0, "bind \(path): \(String(cString: strerror(errno)))")
        return descriptor
    }
}
