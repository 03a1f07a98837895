import Foundation
import RiskRegister

/// A fresh temporary directory for a test, removed when the test is done with it.
struct Scratch {
    /// The directory.
    let directory: URL

    /// A new empty directory under the system's temporary directory.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-commands-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// The path of `name` in the directory.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Copies the shipped registers `stems` into the directory.
    func copyShipped(_ stems: [String]) throws {
        for stem in stems {
            try FileManager.default.copyItem(at: ShippedData.directory.appendingPathComponent("\(stem).json"),
                                             to: directory.appendingPathComponent("\(stem).json"))
        }
    }

    /// Writes `register` canonically as `name` in the directory, and loads it.
    @discardableResult
    func write(_ register: Register, as name: String) throws -> LoadedRegister {
        let url = directory.appendingPathComponent(name)
        try Data(RegisterFile.encode(register)).write(to: url)
        return try RegisterStore.load(url).get()
    }

    /// Removes the directory.
    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
