import Foundation
import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct RegisterStoreTests {
    private func write(_ text: String, _ name: String, in directory: URL) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    @Test func dataDirectoryComesFromOptionThenEnvironmentThenDefault() {
        #expect(DataDirectory.resolve(option: "/tmp/a", environment: ["RISKREG_DATA": "/tmp/b"]).path == "/tmp/a")
        #expect(DataDirectory.resolve(option: nil, environment: ["RISKREG_DATA": "/tmp/b"]).path == "/tmp/b")
        #expect(DataDirectory.resolve(option: nil, environment: [:]).lastPathComponent == "Data")
    }

    @Test func oneBrokenFileNeverStopsTheOthers() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self)
        try write(good, "a-good.json", in: directory)
        try write(String(good.prefix(300)), "b-truncated.json", in: directory)
        try write("", "c-empty.json", in: directory)
        try Data([0x7B, 0xFF, 0x7D]).write(to: directory.appendingPathComponent("d-binary.json"))
        try write("{\"format\": 3}", "e-wrong-types.json", in: directory)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("x.json"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("y.json").path, withDestinationPath: "/nonexistent/riskreg")
        try write("not a register", "notes.txt", in: directory)
        try write(good, ".a-good.json.riskreg-1-2.tmp", in: directory)

        let scan = try RegisterStore.scan(directory)
        #expect(scan.registers.map(\.fileName) == ["a-good.json"])
        let failed = scan.failures.map { $0.url.lastPathComponent }
        #expect(failed == ["b-truncated.json", "c-empty.json", "d-binary.json", "e-wrong-types.json", "x.json", "y.json"])
        let messages = scan.failures.flatMap(\.messages)
        #expect(messages.contains { $0.contains("c-empty.json:1:1: error: the file is empty") })
        #expect(messages.contains { $0.contains("d-binary.json:1:2: error: invalid UTF-8") })
        #expect(messages.contains { $0.contains("e-wrong-types.json: error: field format: expected a string, found number 3") })
        #expect(messages.contains { $0.contains("x.json: error: is a directory") })
        #expect(messages.contains { $0.contains("y.json: error: cannot open: No such file or directory") })
    }

    @Test func unreadableFileIsReportedNotFatal() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("locked.json")
        try Data(Fixtures.bytes(Fixtures.register())).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: url.path)
        let result = RegisterStore.load(url)
        if getuid() == 0 {
            // root reads any file; the dangling-link case above covers open() failing.
            #expect((try? result.get()) != nil)
        } else {
            guard case .failure(let failure) = result else {
                Issue.record("a mode-000 file must not load")
                return
            }
            #expect(failure.messages[0].contains("Permission denied"))
        }
    }

    @Test func registersAreOrderedByPeriodAndFoundByStemOrPeriod() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, period) in [("z-old", "2016/17 Q3"), ("a-new", "2021/22 Q4"), ("m-mid", "2019/20 Q1")] {
            var register = Fixtures.register()
            register.period = period
            try Data(Fixtures.bytes(register)).write(to: directory.appendingPathComponent("\(name).json"))
        }
        let scan = try RegisterStore.scan(directory)
        #expect(scan.registers.map(\.stem) == ["z-old", "m-mid", "a-new"])
        #expect(scan.newest?.stem == "a-new")
        #expect(scan.register(named: "2019/20 q1")?.stem == "m-mid")
        #expect(scan.register(named: "z-old")?.register.period == "2016/17 Q3")
        #expect(scan.register(named: "nope") == nil)
    }

    @Test func saveIsAtomicKeepsPermissionsAndLeavesNoTemporaryFile() throws {
        try Fixtures.withLoadedFixture { directory, url, loaded throws in
            try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
            var changed = loaded.register
            changed.entries[0].controls.append(Item(text: "Quarterly review — £2m contingency"))
            let saved = try RegisterStore.save(changed, over: loaded)
            let onDisk = try RegisterStore.load(url).get()
            #expect(onDisk.register == changed)
            #expect(onDisk.diskBytes == saved.diskBytes)
            let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
            #expect(mode == 0o640)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["r.json"])
            // A second save builds on the first.
            changed.entries[0].owner = "Chief Executive"
            try RegisterStore.save(changed, over: saved)
            #expect(try RegisterStore.load(url).get().register.entries[0].owner == "Chief Executive")
        }
    }

    @Test func saveRacingAnExternalChangeIsRefusedAndTheOtherBytesSurvive() throws {
        try Fixtures.withLoadedFixture { directory, url, loaded throws in
            let otherWriter = Data("{\"someone\": \"else\"}\n".utf8)
            try otherWriter.write(to: url)
            var changed = loaded.register
            changed.entries[0].title = "Mine"
            #expect(throws: SaveError.changedOnDisk(path: url.path)) { try RegisterStore.save(changed, over: loaded) }
            #expect(try Data(contentsOf: url) == otherWriter)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["r.json"])
        }
    }

    @Test func aChangeDuringTheSaveIsAlsoRefused() throws {
        try Fixtures.withLoadedFixture { directory, url, loaded throws in
            let otherWriter = Data("other\n".utf8)
            #expect(throws: SaveError.changedOnDisk(path: url.path)) {
                try RegisterStore.save(loaded.register, over: loaded) { try otherWriter.write(to: url) }
            }
            #expect(try Data(contentsOf: url) == otherWriter)
        }
    }

    @Test func aSameSizeChangeDuringTheSaveOfASettledFileIsRefused() throws {
        try Fixtures.withLoadedFixture { directory, url, loaded throws in
            // Settled: the file's last change is older than the stamp needs, so the check before
            // the rename compares stamps instead of bytes.
            Thread.sleep(forTimeInterval: Double(RegisterStore.settledNanoseconds) / 1e9 + 0.2)
            var otherWriter = loaded.diskBytes
            otherWriter[otherWriter.count / 2] = UInt8(ascii: "#")
            #expect(throws: SaveError.changedOnDisk(path: url.path)) {
                try RegisterStore.save(loaded.register, over: loaded) {
                    let handle = try FileHandle(forWritingTo: url)
                    try handle.write(contentsOf: otherWriter)
                    try handle.close()
                }
            }
            #expect(try [UInt8](Data(contentsOf: url)) == otherWriter)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["r.json"])
        }
    }

    @Test func aCrashBetweenTemporaryWriteAndRenameLeavesTheOldFileIntact() throws {
        struct Crash: Error {}
        try Fixtures.withLoadedFixture { directory, url, loaded throws in
            let original = loaded.diskBytes
            var changed = loaded.register
            changed.entries.removeAll()
            var temporaryFiles: [String] = []
            #expect(throws: SaveError.self) {
                try RegisterStore.save(changed, over: loaded) {
                    temporaryFiles = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
                    throw Crash()
                }
            }
            #expect(temporaryFiles.count == 1, "the complete temporary file exists at the moment of the crash")
            #expect(try [UInt8](Data(contentsOf: url)) == original)
            #expect(try RegisterStore.load(url).get().register == loaded.register)
            // A leftover temporary file (a real crash cannot clean up) is never taken for a register.
            try Data(RegisterFile.encode(changed)).write(to: directory.appendingPathComponent(temporaryFiles[0]))
            #expect(try RegisterStore.scan(directory).registers.map(\.fileName) == ["r.json"])
        }
    }

    @Test func savingOverADeletedFileIsRefused() throws {
        try Fixtures.withLoadedFixture { directory, url, loaded throws in
            try FileManager.default.removeItem(at: url)
            #expect(throws: SaveError.removedFromDisk(path: url.path)) { try RegisterStore.save(loaded.register, over: loaded) }
            #expect(!FileManager.default.fileExists(atPath: url.path))
        }
    }

}
