import Foundation
import RegisterUI
import RiskRegister
import Testing

/// The registers that ship in the repository's Data/, and states made from them.
enum Fixtures {
    /// The repository's root, found from this file's path (Tests/RegisterUITests/Fixtures.swift).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Data/.
    static let dataDirectory = repository.appendingPathComponent("Data", isDirectory: true)

    /// Every register of Data/, loaded once.
    static func scan() throws -> DirectoryScan {
        try cachedScan.get()
    }

    private static let cachedScan = Result { try RegisterStore.scan(dataDirectory) }

    /// Where a scripted session's registers come from.
    enum Source: Sendable {
        /// Data/.
        case data
        /// Data/, plus a file that did not load.
        case dataWithFailure
        /// Nothing loaded: one broken file.
        case nothing
        /// The awkward register alone.
        case awkward
        /// Data/, the newest register carrying three merge conflicts git's merge driver recorded
        /// (`ConflictedRegister`).
        case conflicted
        /// Data/, and a directorate register of 2021/22 Q4 escalating one risk to Corp 4
        /// (`DirectorateRegister`).
        case withDirectorate
        /// Data/, the newest register's Corp 5 showing "corp4": the printed id of Corp 4 too.
        case duplicatedID
    }

    /// A file that did not load, as the store reports it.
    static let failure = LoadFailure(url: URL(fileURLWithPath: "/data/broken.json"), messages: [
        "/data/broken.json:3:14: error: expected a value, found \"}\"",
    ])

    /// The registers and failures of a source.
    static func scan(_ source: Source) throws -> DirectoryScan {
        switch source {
        case .data:
            return try scan()
        case .dataWithFailure:
            return DirectoryScan(registers: try scan().registers, failures: [failure])
        case .nothing:
            return DirectoryScan(registers: [], failures: [failure])
        case .awkward:
            return DirectoryScan(registers: [AwkwardRegister.loaded], failures: [])
        case .conflicted:
            var registers = try scan().registers
            let newest = try #require(registers.last)
            registers[registers.count - 1] = ConflictedRegister.loaded(from: newest)
            return DirectoryScan(registers: registers, failures: [])
        case .withDirectorate:
            let registers = try scan().registers
            let corp4 = try #require(registers.last?.register.entry(id: "Corp 4"))
            return DirectoryScan(registers: [DirectorateRegister.loaded(linkingTo: corp4.uid)] + registers, failures: [])
        case .duplicatedID:
            var registers = try scan().registers
            var newest = try #require(registers.last).register
            let corp5 = try #require(newest.entries.firstIndex { $0.id == "Corp 5" })
            newest.entries[corp5].id = "corp4"
            registers[registers.count - 1] = LoadedRegister(url: try #require(registers.last).url, register: newest,
                                                            diskBytes: RegisterFile.encode(newest))
            return DirectoryScan(registers: registers, failures: [])
        }
    }

    /// A state over Data/ as the browser starts: every register listed with its period, none
    /// loaded yet.
    static func listedState(width: Int = 120, height: Int = 40) throws -> AppState {
        let slots = try scan().registers.map { RegisterSlot(id: RegisterID($0.url), period: $0.register.period) }
        return AppState(workspace: Workspace(listing: slots), size: Size(width: width, height: height), capabilities: .full)
    }

    /// A state on a register (the newest when `register` is nil).
    static func state(_ register: String? = nil, source: Source = .data, width: Int = 80, height: Int = 24,
                      capabilities: TerminalCapabilities = .full) throws -> AppState {
        let scan = try scan(source)
        if let register {
            try #require(scan.register(named: register) != nil, "Data/ has no register \(register)")
        }
        return AppState(scan: scan, size: Size(width: width, height: height), capabilities: capabilities, register: register)
    }
}
