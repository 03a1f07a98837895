import Foundation
import RegisterRuntime
import RegisterUI
import RiskRegister
import Testing

/// The real browser loop run in-process on a copy of `Data/` (or of given registers), on a
/// `FakeTerminal`: a test sends keys, waits for the loop to be idle and reads the frame, in
/// milliseconds and without retrying, as lazygit's integration tests wait for idle.
final class BrowserHarness: @unchecked Sendable {
    /// The repository's `Data/`, found from this file (tests never need ../shared).
    static let shippedData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")

    let terminal: FakeTerminal
    /// The data directory the loop works on (a temporary copy).
    let directory: URL
    private let root: URL
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var outcome: Result<(status: Int32, failures: [LoadFailure]), any Error>?

    /// Starts the loop on a copy of `registers` (file names in `Data/`, every one when nil), or on
    /// the files `files` writes into the directory; `register` is opened first.
    init(registers: [String]? = nil, register: String? = nil, size: Size = Size(width: 120, height: 36),
         clock: any RuntimeClock = SystemClock(), versionControl: any VersionControl = NoVersionControl(),
         environment extra: [String: String] = [:], files: (URL) throws -> Void = { _ in }) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-runtime-\(UUID().uuidString)")
        directory = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let names = try registers.map { $0.map { $0 + ".json" } }
            ?? FileManager.default.contentsOfDirectory(atPath: Self.shippedData.path).filter { $0.hasSuffix(".json") }
        for name in names {
            try FileManager.default.copyItem(at: Self.shippedData.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        try files(directory)
        let environment = ["RISKREG_AUTHOR": "tester", "XDG_CACHE_HOME": root.appendingPathComponent("cache").path,
                           "HOME": root.path].merging(extra) { $1 }
        let catalogue = try DirectoryCatalogue(directory: directory, user: "tester",
                                               cacheDirectory: IndexCacheLocation.directory(environment: environment),
                                               maximumBytes: FormatLimits.defaultMaximumFileBytes)
        terminal = FakeTerminal(size: size)
        let loop = BrowserLoop(terminal: terminal, directory: directory, workspace: catalogue.workspace, register: register,
                               environment: environment, maximumBytes: FormatLimits.defaultMaximumFileBytes,
                               recovered: catalogue.recovered, compare: nil, commitsOnSave: false,
                               versionControl: versionControl, clock: clock, notices: catalogue.ignoredRecoveries)
        let box = UncheckedBox(loop)
        let terminal = terminal
        let thread = Thread { [self] in
            let result = Result { try box.value.run() }
            lock.withLock { outcome = result }
            terminal.loopEnded()
            finished.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Sends keys (a string's characters, or named keys) and waits for the loop to be idle.
    func press(_ keys: Key..., sourceLocation: SourceLocation = #_sourceLocation) {
        send(keys.map { .key($0) }, sourceLocation: sourceLocation)
    }

    /// Types text, a key per character, and waits for the loop to be idle.
    func type(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        send(text.map { .key(.character($0)) }, sourceLocation: sourceLocation)
    }

    /// Sends events and waits for the loop to be idle (a test failure after 20 s).
    func send(_ events: [Event], sourceLocation: SourceLocation = #_sourceLocation) {
        terminal.send(events)
        waitForIdle(sourceLocation: sourceLocation)
    }

    /// Waits for the loop to take everything sent and have no work in hand.
    func waitForIdle(sourceLocation: SourceLocation = #_sourceLocation) {
        if !terminal.waitForIdle(seconds: 20) {
            Issue.record("the browser loop was not idle within 20 s; its screen:\n\(screen)", sourceLocation: sourceLocation)
        }
    }

    /// Waits for a frame showing `text` while work is in hand (a test failure after 20 s).
    func waitForScreen(containing text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if !terminal.waitForFrame(containing: text, seconds: 20) {
            Issue.record("no frame showed \(text.debugDescription) within 20 s; the screen:\n\(screen)", sourceLocation: sourceLocation)
        }
    }

    /// Sends keys without waiting for the loop to be idle (while a save or a load is held).
    func pressWithoutWaiting(_ keys: Key...) {
        terminal.send(keys.map { .key($0) })
    }

    /// The text of the last frame drawn.
    var screen: String { terminal.lastFrame?.text() ?? "" }

    /// The last frame's rows, top to bottom.
    var rows: [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// The status line (the last row but one).
    var statusLine: String {
        let rows = rows
        return rows.count >= 2 ? rows[rows.count - 2] : ""
    }

    /// The hint line (the last row).
    var hintLine: String { rows.last ?? "" }

    /// Waits for the loop to end (after `q`, say); its exit status, or nil when it does not end
    /// within 20 s.
    func exitStatus() throws -> Int32? {
        guard finished.wait(timeout: .now() + 20) == .success else { return nil }
        finished.signal()
        return try lock.withLock { outcome }?.get().status
    }

    /// The register file `name` (a stem) as now on disk.
    func register(_ name: String) throws -> Register {
        let url = directory.appendingPathComponent(name + ".json")
        return try RegisterStore.load(url, maximumBytes: FormatLimits.defaultMaximumFileBytes).get().register
    }
}

/// A value handed to the loop's thread, which alone uses it from then on.
private final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// No version control: the status line shows no git.
struct NoVersionControl: VersionControl {
    func status(of directory: URL) -> GitStatus? { nil }
    func commitsOnSave(in directory: URL) -> Bool { false }
    func commit(_ saved: LoadedRegister, before: Register) -> Result<String, GitFailure> { .success("") }
}

/// A clock the test sets.
final class TestClock: RuntimeClock, @unchecked Sendable {
    private let lock = NSLock()
    private var date: Date

    init(_ iso: String) {
        date = ISO8601DateFormatter().date(from: iso) ?? Date(timeIntervalSince1970: 0)
    }

    func now() -> Date { lock.withLock { date } }

    /// Moves the clock to `iso` (ISO 8601, UTC).
    func set(_ iso: String) {
        lock.withLock { date = ISO8601DateFormatter().date(from: iso) ?? date }
    }
}
