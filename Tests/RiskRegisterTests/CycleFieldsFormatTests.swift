import Foundation
import Testing
@testable import RiskRegister

/// The quarterly cycle's fields in the file: `previous`, `started`, `previousIds`, `status`, `reviews`.
@Suite(.timeLimit(.minutes(15))) struct CycleFieldsFormatTests {
    private func cycleRegister() -> Register {
        var register = Fixtures.register()
        register.previous = "lcc-2021-22-q4"
        register.started = "2026-11-27T09:00:00Z"
        register.entries[0].previousIds = ["CR4", "Corp 9"]
        register.entries[0].status = .closed(at: "2026-11-27T10:00:00Z", by: "alice", reason: "Merged into R2")
        register.entries[0].reviews = [Review(at: "2026-11-27T09:30:00Z", by: "bob", outcome: .noChange),
                                       Review(at: "2026-11-27T09:40:00Z", by: "alice", outcome: .changed, note: "Rescored")]
        return register
    }

    @Test func theCycleFieldsRoundTrip() throws {
        let register = cycleRegister()
        let decoded = try Fixtures.decode(Fixtures.bytes(register))
        #expect(decoded == register)
        #expect(RegisterFile.encode(decoded) == Fixtures.bytes(register))
    }

    @Test func theyAreWrittenInTheirPlacesAndOnlyWhenSet() throws {
        let text = String(decoding: Fixtures.bytes(cycleRegister()), as: UTF8.self)
        let header = ["\"period\"", "\"previous\"", "\"started\"", "\"source\""]
        let headerPositions = try header.map { key in try #require(text.range(of: key)).lowerBound }
        #expect(headerPositions == headerPositions.sorted())
        let entries = try #require(text.range(of: "\"entries\"")).upperBound
        let entry = ["\"id\"", "\"kind\"", "\"previousIds\"", "\"status\"", "\"title\"", "\"progress\"", "\"reviews\"", "\"owner\""]
        let positions = try entry.map { key in try #require(text.range(of: key, range: entries..<text.endIndex)).lowerBound }
        #expect(positions == positions.sorted())
        #expect(text.contains("\"outcome\": \"no change\""))
        let plain = String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self)
        for key in ["\"previous\"", "\"started\"", "\"previousIds\"", "\"status\"", "\"reviews\""] {
            #expect(!plain.contains(key), "\(key) is written for a register that does not use it")
        }
    }

    @Test func badCycleValuesAreReportedByEntryAndField() throws {
        var text = String(decoding: Fixtures.bytes(cycleRegister()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"outcome\": \"no change\"", with: "\"outcome\": \"fine\"")
        text = text.replacingOccurrences(of: "\"state\": \"closed\"", with: "\"state\": \"shut\"")
        let problems: [String]
        switch RegisterFile.decode(Array(text.utf8)) {
        case .success: problems = []
        case .failure(let error): problems = error.messages(file: "f.json")
        }
        #expect(problems.contains { $0.contains("R1") && $0.contains("status.state") && $0.contains("\"shut\"") })
        #expect(problems.contains { $0.contains("R1") && $0.contains("reviews[0].outcome") && $0.contains("\"no change\", \"changed\"") })
    }

    @Test func historyRecordsACorrectedIdKindLinksAndClosing() {
        let old = Fixtures.register()
        var new = old
        new.entries[0].id = "R9"
        new.entries[0].kind = .opportunity
        new.entries[0].previousIds = ["CR1"]
        new.entries[0].status = .closed(at: "t", by: "alice", reason: "No longer relevant")
        let recorded = HistoryRecorder.recording(new, since: old, at: "t", author: "alice")
        let fields = recorded.entries[0].history.map(\.field)
        #expect(fields == ["id", "kind", "previousIds", "status"], "a corrected id is one change, not a new entry")
        #expect(recorded.entries[0].history[0].before == "R1" && recorded.entries[0].history[0].after == "R9")
        #expect(recorded.entries[0].history[2].before == nil && recorded.entries[0].history[2].after == "CR1")
        #expect(recorded.entries[0].history[3].after == "closed: No longer relevant")
    }

    @Test func bothWritersReviewsAreKeptByAMerge() throws {
        let base = Fixtures.register()
        var mine = base
        mine.entries[0].reviews = [Review(at: "2026-11-27T09:00:00Z", by: "bob", outcome: .noChange)]
        var theirs = base
        theirs.entries[0].reviews = [Review(at: "2026-11-27T09:05:00Z", by: "alice", outcome: .changed)]
        let merge = RegisterMerge(base: base, mine: mine, theirs: theirs)
        #expect(merge.conflicts.isEmpty)
        let merged = try #require(merge.resolved(keepMine: []))
        #expect(Set(merged.entries[0].reviews.map(\.by)) == ["bob", "alice"])
    }
}
