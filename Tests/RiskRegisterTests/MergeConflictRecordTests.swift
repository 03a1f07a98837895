import Foundation
import Testing
@testable import RiskRegister

/// A merge's conflicts recorded in the register file (`mergeConflicts`), for git's merge driver.
@Suite(.timeLimit(.minutes(15))) struct MergeConflictRecordTests {
    private func conflicted() -> Register {
        var register = Fixtures.register()
        register.mergeConflicts = [
            MergeConflict(location: .field(entry: "R1", key: "owner"), mine: .string("Ann"), theirs: .string("Bob")),
            MergeConflict(location: .item(entry: "R1", list: "controls", item: "c1"), mine: nil, theirs: .string("x")),
            MergeConflict(location: .entry(id: "O1"), mine: .null, theirs: nil),
            MergeConflict(location: .register(key: "title"), mine: .string("A"), theirs: .string("B")),
        ]
        return register
    }

    @Test func recordedConflictsRoundTripInEveryForm() throws {
        let register = conflicted()
        let bytes = Fixtures.bytes(register)
        #expect(try Fixtures.decode(bytes) == register)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"mergeConflicts\""))
        #expect(!String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self).contains("mergeConflicts"))
    }

    @Test func validateReportsEachConflictAsAnErrorByEntryAndField() {
        let errors = Validator.validate(conflicted()).filter { $0.severity == .error }
        #expect(errors.count == 4)
        #expect(errors[0].entryID == "R1" && errors[0].field == "owner")
        #expect(errors[0].message.contains("ours \"Ann\", theirs \"Bob\""))
        #expect(errors[1].field == "controls[c1]" && errors[1].message.contains("ours \"(removed)\""))
        #expect(errors[3].entryID == nil && errors[3].field == "title")
    }

    @Test func aConflictNamingNoPlaceIsAFormatError() throws {
        var text = String(decoding: Fixtures.bytes(conflicted()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"key\": \"title\"", with: "\"list\": \"title\"")
        guard case .failure(let error) = RegisterFile.decode(Array(text.utf8)) else {
            Issue.record("a conflict with only a list decoded")
            return
        }
        #expect(error.messages(file: "r.json").contains { $0.contains("mergeConflicts[3]") })
    }
}
