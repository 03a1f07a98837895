import Foundation
import RegisterCommands
import RiskRegister
import Testing

/// New register files, never written over existing ones.
@Suite(.timeLimit(.minutes(15)))
struct NewRegisterFileTests {
    @Test func aNewFileIsWrittenCanonically() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let url = scratch.directory.appendingPathComponent("new.json")
        try NewRegisterFile.ensureAbsent(url)
        try NewRegisterFile.create(SampleRegister.make(), at: url)
        #expect(try Data(contentsOf: url) == Data(RegisterFile.encode(SampleRegister.make())))
    }

    @Test func anythingAtThePathAlreadyIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let url = scratch.directory.appendingPathComponent("new.json")
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: scratch.path("nowhere"))
        let refused = #expect(throws: CommandFailure.self) { try NewRegisterFile.ensureAbsent(url) }
        #expect(refused?.message == "\(url.path) already exists; not overwritten (nothing was written)")
        #expect(refused?.code == 2)
        let file = scratch.directory.appendingPathComponent("file.json")
        try Data("{}".utf8).write(to: file)
        let raced = #expect(throws: CommandFailure.self) { try NewRegisterFile.create(SampleRegister.make(), at: file) }
        #expect(raced?.message == "\(file.path) already exists; not overwritten (nothing was written)")
        #expect(try Data(contentsOf: file) == Data("{}".utf8))
    }
}
