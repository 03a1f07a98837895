import Foundation
import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct ExactlyEquatableTests {
    @Test func canonicallyEquivalentStringsAreEqualButNotExactlyEqual() {
        #expect("Caf\u{E9}" == "Cafe\u{301}")
        #expect(!"Caf\u{E9}".isExactly("Cafe\u{301}"))
        #expect("a\u{301}\u{316}" == "a\u{316}\u{301}")
        #expect(!"a\u{301}\u{316}".isExactly("a\u{316}\u{301}"), "same length, marks in another order")
        #expect("Caf\u{E9}".isExactly(String(decoding: Array("Caf\u{E9}".utf8), as: UTF8.self)))
        #expect(JSONValue.string("Caf\u{E9}") == .string("Cafe\u{301}"))
        #expect(!JSONValue.string("Caf\u{E9}").isExactly(.string("Cafe\u{301}")))
    }

    @Test func everyFieldOfAnEntryCounts() {
        let base = Fixtures.register().entries[0]
        #expect(base.isExactly(base))
        var edits: [(inout Entry) -> Void] = [
            { $0.id = "X" }, { $0.kind = .opportunity }, { $0.title = "X" }, { $0.type = "X" },
            { $0.description = [Item(id: "d", text: "X")] }, { $0.consequences = [Item(id: "c", text: "X")] },
            { $0.controls[0].text = "X" }, { $0.controls[0].heading = nil }, { $0.controls[0].level = 1 },
            { $0.controls[0].date = "X" }, { $0.controls[0].author = "X" }, { $0.controls[0].id = "X" },
            { $0.controls[0].unknownKeys["x"] = .null }, { $0.controlOwner = "X" }, { $0.actions = [Item(id: "a", text: "X")] },
            { $0.actionOwner = "X" }, { $0.progress = [Item(id: "p", text: "X")] }, { $0.owner = "X" },
            { $0.current.likelihood = 1 }, { $0.current.impact = 1 }, { $0.current.score = 1 },
            { $0.current.likelihoodText = "X" }, { $0.current.impactText = "X" }, { $0.current.unknownKeys["x"] = .null },
            { $0.target.score = 1 }, { $0.residual.score = 1 }, { $0.targetDate = "X" }, { $0.direction.trend = .up },
            { $0.direction.text = "X" }, { $0.direction.unknownKeys["x"] = .null }, { $0.confidence.quarters[0] = .red },
            { $0.confidence.unknownKeys["x"] = .null }, { $0.profile = Profile(id: "X") }, { $0.notes = ["X"] },
            { $0.source = EntrySource(document: "X", firstLine: 1, lastLine: 2) },
            { $0.history = [Change(at: "t", author: "a", field: "f", before: nil, after: "X")] },
            { $0.unknownKeys["x"] = .array([.number("1")]) },
        ]
        var profiled = base
        profiled.profile = Profile(id: "P", description: "D", currentScore: 1, targetScore: 2, targetDate: "T",
                                   confidence: Confidence(), direction: "up")
        profiled.source = EntrySource(document: "D", firstLine: 1, lastLine: 2)
        profiled.history = [Change(at: "t", author: "a", field: "f", before: "b", after: "c")]
        edits += [{ $0.profile?.id = "X" }, { $0.profile?.description = "X" }, { $0.profile?.currentScore = 9 },
                  { $0.profile?.targetScore = 9 }, { $0.profile?.targetDate = "X" }, { $0.profile?.confidence = nil },
                  { $0.profile?.direction = "X" }, { $0.profile?.unknownKeys["x"] = .null }, { $0.source?.document = "X" },
                  { $0.source?.firstLine = 2 }, { $0.source?.lastLine = 3 }, { $0.source?.unknownKeys["x"] = .null },
                  { $0.history[0].at = "X" }, { $0.history[0].author = "X" }, { $0.history[0].field = "X" },
                  { $0.history[0].before = "X" }, { $0.history[0].after = "X" }, { $0.history[0].unknownKeys["x"] = .null }]
        for (number, edit) in edits.enumerated() {
            var edited = number < 37 ? base : profiled
            let original = edited
            edit(&edited)
            #expect(edited != original && !edited.isExactly(original), "edit \(number)")
        }
    }

    /// A stored property added to a model type must be compared by `isExactly` too: when one of
    /// these counts changes, add the property there and here.
    @Test func theComparisonCoversEveryStoredProperty() {
        let entry = Fixtures.register().entries[0]
        #expect(Mirror(reflecting: entry).children.count == 28)
        #expect(Mirror(reflecting: EntryLink(kind: .escalatedTo, uid: "u")).children.count == 5)
        #expect(Mirror(reflecting: EntryStatus.open).children.count == 5)
        #expect(Mirror(reflecting: Review(at: "", by: "", outcome: .changed)).children.count == 5)
        #expect(Mirror(reflecting: Item(text: "")).children.count == 7)
        #expect(Mirror(reflecting: Rating.empty).children.count == 6)
        #expect(Mirror(reflecting: Direction()).children.count == 3)
        #expect(Mirror(reflecting: Confidence()).children.count == 2)
        #expect(Mirror(reflecting: Profile(id: nil)).children.count == 8)
        #expect(Mirror(reflecting: EntrySource(document: "", firstLine: 1, lastLine: 1)).children.count == 4)
        #expect(Mirror(reflecting: Change(at: "", author: "", field: "", before: nil, after: nil)).children.count == 6)
    }
}
