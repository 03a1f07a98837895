import Foundation
@testable import RiskRegister

/// Paths and builders shared by the domain tests.
enum Fixtures {
    /// A temporary directory holding the fixture register as `r.json`, loaded through the store;
    /// the directory is removed afterwards.
    static func withLoadedFixture(_ body: (_ directory: URL, _ url: URL, _ loaded: LoadedRegister) throws -> Void) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("r.json")
        try Data(bytes(register())).write(to: url)
        try body(directory, url, try RegisterStore.load(url).get())
    }

    /// The repository's Data/ directory.
    static let dataDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data")

    /// The repository's docs/ directory.
    static let docsDirectory: URL = dataDirectory.deletingLastPathComponent().appendingPathComponent("docs")

    /// A fresh empty directory under the system temp directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("riskreg-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A small register with one risk and one opportunity.
    static func register(entries: [Entry]? = nil) -> Register {
        Register(
            organisation: "Test Council",
            title: "Corporate Risk & Opportunity Register",
            period: "2021/22 Q4",
            source: RegisterSource(document: "test.txt"),
            entries: entries ?? [
                Entry(id: "R1", kind: .risk, title: "Budget", controls: [Item(id: "c1", text: "Monthly monitoring", heading: "Finance")],
                      owner: "Section 151 Officer", current: Rating(likelihood: 4, impact: 4, score: 16),
                      target: Rating(likelihood: 3, impact: 3, score: 9)),
                Entry(id: "O1", kind: .opportunity, title: "Green fleet", owner: "Director",
                      current: Rating(likelihood: 3, impact: 2, score: 6), target: Rating(likelihood: 4, impact: 4, score: 16)),
            ]
        )
    }

    /// The canonical bytes of a register.
    static func bytes(_ register: Register) -> [UInt8] { RegisterFile.encode(register) }

    /// Decodes bytes that are expected to be a valid register.
    static func decode(_ bytes: [UInt8]) throws -> Register {
        try RegisterFile.decode(bytes).get()
    }

    /// The UTF-8 bytes of a string.
    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
}
