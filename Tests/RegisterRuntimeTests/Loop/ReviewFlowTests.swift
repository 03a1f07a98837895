import Foundation
import RegisterUI
import RiskRegister
import Testing
@testable import RegisterRuntime

/// Review mode through the real loop on 2021/22 Q4 (no entry reviewed yet; its predecessor, Q3,
/// loaded in the background for last quarter's ratings): R starts it, y records "no change" and
/// moves on, an edit records "changed", R ends it; w saves the review records, stamped by the
/// loop's clock.
@Suite(.timeLimit(.minutes(15)))
struct ReviewFlowTests {
    static let stem = "lcc-2021-22-q4"

    /// R, y on Corp 1, R: the file saved then records Corp 1 reviewed with no change, by the
    /// author, at the clock's time when y was pressed (not at launch); no other entry is reviewed.
    @Test func yRecordsNoChangeStampedByTheClockAndRAgainEnds() throws {
        let clock = TestClock("2027-01-04T16:00:00Z")
        let browser = try BrowserHarness(registers: [Self.stem, "lcc-2021-22-q3"], clock: clock)
        browser.waitForIdle()
        browser.type("R")
        #expect(browser.statusLine.contains("review: reviewed 0 of 8"))
        #expect(browser.screen.contains("╔ Detail · Corp 1"), "the review focuses the detail on the first entry not reviewed")
        #expect(browser.screen.contains("Review, reviewed 0 of 8: Corp 1 not reviewed yet"))
        #expect(browser.screen.contains("Last quarter (2021/22 Q3): current 16 (4 × 4)"))
        #expect(browser.hintLine.hasPrefix(" y no change  R end review"))

        clock.set("2027-01-05T09:30:00Z")
        browser.type("y")
        #expect(browser.statusLine.contains("review: reviewed 1 of 8"))
        #expect(browser.statusLine.contains("[modified]"))
        #expect(browser.screen.contains("Review, reviewed 1 of 8: Corp 2 not reviewed yet"), "y moves on to the next entry")
        #expect(browser.screen.contains("Corp 1 ✓ Reshaping"), "the list marks Corp 1 reviewed")

        browser.type("R")
        #expect(!browser.statusLine.contains("review: reviewed"))
        #expect(browser.statusLine.contains("Review ended: reviewed 1 of 8"))
        #expect(!browser.screen.contains("Review, reviewed"))

        browser.type("w")
        #expect(browser.statusLine.contains("Saved \(Self.stem).json"))
        let saved = try browser.register(Self.stem)
        let corp1 = try #require(saved.entries.first { $0.id == "Corp 1" })
        #expect(corp1.reviews.count == 1)
        let review = try #require(corp1.reviews.first)
        #expect(review.outcome == .noChange)
        #expect(review.at == "2027-01-05T09:30:00Z")
        #expect(review.by == "tester")
        #expect(saved.entries.filter { $0.id != "Corp 1" }.allSatisfy { $0.reviews.isEmpty })
        #expect(ReviewStatus(saved).reviewed == ["Corp 1"])
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// During a review a progress note records the entry reviewed, changed; y on it then adds
    /// nothing and moves on. The saved file has both kinds of record.
    @Test func anEditDuringTheReviewRecordsChanged() throws {
        let clock = TestClock("2027-01-05T10:00:00Z")
        let browser = try BrowserHarness(registers: [Self.stem, "lcc-2021-22-q3"], clock: clock)
        browser.waitForIdle()
        browser.type("Ry")
        #expect(browser.screen.contains("Corp 2 not reviewed yet"))
        browser.type("p")
        browser.type("Met the owner")
        browser.press(.enter)
        #expect(browser.statusLine.contains("review: reviewed 2 of 8"))
        #expect(browser.screen.contains("• Reviewed 2027-01-05T10:00:00Z by tester, changed"), "the detail's record says how")
        browser.type("y")
        #expect(browser.screen.contains("Review, reviewed 2 of 8: Corp 4 not reviewed yet"))
        browser.type("R")
        browser.type("w")
        #expect(browser.statusLine.contains("Saved \(Self.stem).json"))
        let saved = try browser.register(Self.stem)
        #expect(saved.entries.first { $0.id == "Corp 1" }?.reviews.map(\.outcome) == [.noChange])
        let corp2 = try #require(saved.entries.first { $0.id == "Corp 2" })
        #expect(corp2.reviews.map(\.outcome) == [.changed], "one record: y on a reviewed entry adds none")
        #expect(corp2.reviews.first?.at == "2027-01-05T10:00:00Z")
        #expect(corp2.progress.first?.text == "Met the owner")
        #expect(corp2.progress.first?.date == "2027-01-05")
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// y on every entry completes the review, which then ends by itself; R once all are reviewed
    /// says so instead of starting another.
    @Test func reviewingEveryEntryCompletesTheReview() throws {
        let browser = try BrowserHarness(registers: [Self.stem, "lcc-2021-22-q3"])
        browser.waitForIdle()
        browser.type("R")
        browser.type("yyyyyyy")
        #expect(browser.statusLine.contains("review: reviewed 7 of 8"))
        #expect(browser.screen.contains("CO2 not reviewed yet"))
        browser.type("y")
        #expect(browser.statusLine.contains("Review complete: 8 of 8 reviewed (w saves)"))
        #expect(!browser.statusLine.contains("review: reviewed"))
        browser.type("R")
        #expect(browser.statusLine.contains("All 8 open entries are reviewed this quarter"))
        browser.type("q")
        #expect(browser.statusLine.contains("Save changes to \(Self.stem).json?"))
        browser.type("s")
        #expect(try browser.exitStatus() == 0)
        let saved = try browser.register(Self.stem)
        #expect(ReviewStatus(saved).isComplete)
        #expect(saved.entries.allSatisfy { $0.reviews.map(\.outcome) == [.noChange] })
    }
}

