import Foundation
import RiskRegister

/// The repository's `Data/` registers, read as the commands read them.
enum ShippedData {
    /// The repository's `Data/`, found from this file.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")

    /// The register of `Data/` whose file stem is `stem` ("lcc-2021-22-q4").
    static func register(_ stem: String) throws -> LoadedRegister {
        try RegisterStore.load(directory.appendingPathComponent("\(stem).json")).get()
    }

    /// Every register of `Data/`, by period.
    static func all() throws -> [LoadedRegister] {
        try RegisterStore.scan(directory).registers
    }
}
