import Foundation
import RiskRegister

/// Running the built `riskreg` executable and capturing what it prints.
enum Binary {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's Data/ directory.
    static let data = root.appendingPathComponent("Data")

    /// The scratch folder of the release build the end-to-end tests run (ignored by git). It is not
    /// the scratch folder of the `swift test` that runs these tests: SwiftPM holds a lock on that one
    /// for the whole run, so a nested build there would wait for ever.
    static let releaseScratch = root.appendingPathComponent(".build-e2e-release")

    /// Why the end-to-end tests have no binary to run.
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    /// The riskreg executable the end-to-end tests run: `RISKREG_E2E_BINARY` when set, otherwise
    /// the RELEASE build, the binary users run (through `launcher`, which hands a run given a
    /// fault-injection variable to the debug build instead). The debug build is not used
    /// otherwise: it hid bugs the release build had (a signal flag declared `static` in a C header
    /// existed twice in the release build, one copy per object file, so the copy a signal handler
    /// set was not the one the program read; see DESIGN.md, "curses notes").
    /// The release build is made once per test process by `swift build -c release --product riskreg`
    /// with its own scratch folder, so it is built from the sources under test even on a fresh clone
    /// (a no-op when nothing changed). When that build fails every test that needs the binary fails
    /// with the build's output; none passes without it.
    static func executable() throws -> URL {
        switch launcher {
        case .success(let url): return url
        case .failure(let failure): throw failure
        }
    }

    /// The release build exactly as users make it (`swift build -c release`, no flags), whatever
    /// `RISKREG_E2E_BINARY` says: for the tests of what that build leaves out.
    static func releaseBuild() throws -> URL {
        switch release {
        case .success(let url): return url
        case .failure(let failure): throw failure
        }
    }

    /// The binary (the override, or the launcher of the release build) per test process; a `static
    /// let` is initialised once, and tests running in parallel wait for it.
    private static let launcher: Swift.Result<URL, Unavailable> = {
        if let override = ProcessInfo.processInfo.environment["RISKREG_E2E_BINARY"], !override.isEmpty {
            let url = URL(fileURLWithPath: override, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).absoluteURL
            guard FileManager.default.isExecutableFile(atPath: url.path) else {
                return .failure(Unavailable(description: "RISKREG_E2E_BINARY=\(override) is not an executable file"))
            }
            return .success(url)
        }
        return release.flatMap(writeLauncher)
    }()

    /// The one release build per test process (made only when a test needs it: with the override
    /// set, only the tests of `releaseBuild` do).
    private static let release: Swift.Result<URL, Unavailable> = buildRelease()

    /// The test hooks (`RISKREG_FAULT_PAUSE_BEFORE_RENAME`, `RISKREG_FAULT_HOLD_LOADS`) are compiled
    /// out of the release build users run (Sources/RegisterRuntime/Environment/FaultInjection.swift) and into
    /// debug builds. The few tests that set them run the debug build `swift test` made beside this
    /// test bundle, through a launcher script written there: the release build when no such
    /// variable is set, the debug build when one is. So the release build is made once, exactly as
    /// users make it, and no test is given a binary whose hooks are missing.
    private static func writeLauncher(release: URL) -> Swift.Result<URL, Unavailable> {
        let bundle: URL
        do {
            bundle = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                .deletingLastPathComponent()
        } catch {
            return .failure(Unavailable(description: "end-to-end tests: cannot find the test bundle's folder: \(error)"))
        }
        let debug = bundle.appendingPathComponent("riskreg").path
        let launcher = bundle.appendingPathComponent("riskreg-e2e-launcher")
        let script = """
            #!/bin/sh
            # Written by Tests/EndToEndTests/Binary.swift: the riskreg the end-to-end tests run. The release
            # build users run, except for a run given a fault-injection variable: those hooks exist only in
            # debug builds, so that run is the debug build's, made by the same `swift test`.
            if [ -n "${RISKREG_FAULT_PAUSE_BEFORE_RENAME:-}${RISKREG_FAULT_HOLD_LOADS:-}" ]; then
              [ -x \(quoted(debug)) ] || { echo "riskreg end-to-end: no debug build with the fault hooks at "\(quoted(debug)) >&2; exit 127; }
              exec \(quoted(debug)) "$@"
            fi
            exec \(quoted(release.path)) "$@"

            """
        // Written beside the test bundle (one per scratch folder) and renamed into place, so test
        // processes of other scratch folders, or running at once, never see each other's or half a file.
        let temporary = bundle.appendingPathComponent(".riskreg-e2e-launcher-\(getpid())")
        do {
            try writeExecutable(script, to: temporary)
            guard rename(temporary.path, launcher.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            return .failure(Unavailable(description: "end-to-end tests: cannot write \(launcher.path): \(error)"))
        }
        return .success(launcher)
    }

    /// A path quoted for sh.
    private static func quoted(_ path: String) -> String {
        "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs `swift build -c release --product riskreg` in the release scratch folder; the binary, or
    /// the build's output when it failed.
    private static func buildRelease() -> Swift.Result<URL, Unavailable> {
        let log = releaseScratch.appendingPathComponent("e2e-build.log")
        let arguments = ["swift", "build", "-c", "release", "--product", "riskreg",
                         "--package-path", root.path, "--scratch-path", releaseScratch.path]
        let command = arguments.joined(separator: " ")
        let build: (status: Int32, output: String)
        do {
            build = try Spawn.run(arguments)
        } catch {
            return .failure(Unavailable(description: "end-to-end tests: cannot run `\(command)`: \(error)"))
        }
        try? FileManager.default.createDirectory(at: releaseScratch, withIntermediateDirectories: true)
        try? Data(build.output.utf8).write(to: log)
        guard build.status == 0 else {
            let lines = build.output.split(separator: "\n", omittingEmptySubsequences: false)
            let tail = lines.suffix(80).joined(separator: "\n")
            return .failure(Unavailable(description: """
                end-to-end tests: the release build of riskreg failed (status \(build.status)), so there is \
                no binary to test.
                command: \(command)
                \(lines.count > 80 ? "last 80 of \(lines.count) lines of its output (all of it in \(log.path)):" : "its output:")
                \(tail)
                """))
        }
        let binary = releaseScratch.appendingPathComponent("release").appendingPathComponent("riskreg")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            return .failure(Unavailable(description: "end-to-end tests: `\(command)` succeeded but left no executable at \(binary.path); its output:\n\(build.output)"))
        }
        return .success(binary)
    }

    /// What a run printed and how it ended.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Writes an executable script (mode 0755) through a descriptor closed on exec: written with
    /// `Data.write`, a child another test forks meanwhile could inherit the descriptor still open
    /// for writing, and running the script then fails with "Text file busy" (ETXTBSY).
    static func writeExecutable(_ text: String, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            written += count
        }
        guard fchmod(descriptor, 0o755) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Runs riskreg with arguments and an environment (added to a minimal one), no standard input.
    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
        env.merge(environment) { $1 }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let err = try FileHandle(forWritingTo: errFile)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = try Data(contentsOf: errFile)
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A register file, decoded.
    static func register(_ file: URL) throws -> Register {
        try RegisterFile.decode([UInt8](Data(contentsOf: file))).get()
    }

    /// A temporary copy of Data/ (or an empty directory).
    static func temporaryData(copying: Bool = true) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-e2e-\(UUID().uuidString)")
        if copying {
            try FileManager.default.copyItem(at: data, to: url)
        } else {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        return url
    }
}
