import Foundation
import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct RecoveryFileTests {
    @Test func recoveryFileIsHiddenPrivateKeepsItsBaseAndIsNeverScannedAsARegister() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("r.json")
        let baseBytes = Fixtures.bytes(Fixtures.register())
        try Data(baseBytes).write(to: url)
        var unsaved = Fixtures.register()
        unsaved.entries[0].progress.insert(Item(id: "n1", text: "Unsaved note"), at: 0)
        try RecoveryFile.write(unsaved, startedFrom: baseBytes, for: url, user: "jo")
        let recovery = RecoveryFile.url(for: url, user: "jo")
        #expect(recovery.lastPathComponent == ".r.jo.recovery.json")
        #expect(RecoveryFile.read(for: url, user: "alice") == nil, "one file per person: nobody else is offered it")
        let contents = try #require(RecoveryFile.read(for: url, user: "jo"))
        #expect(contents.edits == unsaved)
        #expect(contents.base == Fixtures.register())
        #expect(contents.baseDigest == Digest.sha256(baseBytes))
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: recovery.path)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        #expect(try RegisterStore.scan(directory).registers.count == 1)
        try RecoveryFile.write(Fixtures.register(), startedFrom: baseBytes, for: url, user: "jo")
        #expect(RecoveryFile.read(for: url, user: "jo")?.edits == Fixtures.register(), "a later recovery file replaces the earlier one")
        RecoveryFile.discard(for: url, user: "jo")
        #expect(RecoveryFile.read(for: url, user: "jo") == nil)
    }

    @Test func aBaseGivenByTheCallerGivesTheSameFileAsDecodingTheBaseBytes() {
        let base = Fixtures.register()
        var edits = base
        edits.entries[1].owner = "Someone"
        let baseBytes = Fixtures.bytes(base)
        #expect(RecoveryFile.encode(edits: edits, baseBytes: baseBytes, base: base, fileName: "r.json")
                == RecoveryFile.encode(edits: edits, baseBytes: baseBytes, fileName: "r.json"))
    }

    @Test func aRegisterPreparedForSavingKeepsTheSameRecoveryContentsWithoutEncodingItAll() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("r \"quoted\" é.json")
        // A file in its own layout (not canonical): the base is still the register it holds.
        try Data(Fixtures.bytes(Fixtures.register()) + Array("\n".utf8)).write(to: url)
        var loaded = try RegisterStore.load(url).get().preparingSave()
        #expect(loaded.isPreparedForSaving)
        loaded.register.entries[0].progress.insert(Item(id: "n1", text: "Unsaved — “note” \u{1F44D}\u{1F3FD}"), at: 0)
        try RecoveryFile.write(loaded, user: "jo")
        let contents = try #require(RecoveryFile.read(for: url, user: "jo"))
        #expect(contents.edits == loaded.register)
        #expect(contents.base == loaded.baseline)
        #expect(contents.baseDigest == Digest.sha256(loaded.diskBytes))
        let slow = try #require(RecoveryFile.decode(RecoveryFile.encode(edits: loaded.register, baseBytes: loaded.diskBytes,
                                                                        fileName: url.lastPathComponent)))
        #expect(slow.contents(onto: loaded.baseline) == contents, "the same as the recovery file of a register not prepared")
    }

    @Test func aUserNameBecomesASafeFileNamePart() {
        #expect(RecoveryFile.fileNamePart("e2e tester") == "e2e_tester")
        #expect(RecoveryFile.fileNamePart("../../etc/passwd") == ".._.._etc_passwd")
        #expect(RecoveryFile.fileNamePart("..") == "user" && RecoveryFile.fileNamePart("") == "user")
        #expect(RecoveryFile.fileNamePart("Zoë") == "Zo_")
    }

    @Test func recoveryFilesOfTheEarlierFormsAreStillRead() throws {
        #expect(RecoveryFile.decode(Fixtures.bytes(Fixtures.register()))
                == .whole(RecoveryFile.Contents(edits: Fixtures.register(), base: nil, baseDigest: nil)))
        var whole = Fixtures.register()
        whole.entries[0].owner = "Edited"
        let file = CanonicalJSONWriter.bytes(of: .object(["riskregRecovery": .int(1), "file": .string("r.json"),
                                                          "baseDigest": .string("sha256:00"),
                                                          "base": RegisterEncoder.encode(Fixtures.register()),
                                                          "edits": RegisterEncoder.encode(whole)]))
        #expect(RecoveryFile.decode(file)
                == .whole(RecoveryFile.Contents(edits: whole, base: Fixtures.register(), baseDigest: "sha256:00")))
    }

    @Test func digestIsSHA256() {
        #expect(Digest.sha256(Array("abc".utf8)) == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
