import Foundation
import Testing

/// A whole quarter with the release binary in tmux: start the next quarter from 2021/22 Q4, review
/// every entry (unchanged with y, one rescored, one noted), add a risk, close one, save; then the
/// command line agrees: every entry reviewed, and the comparison shows exactly those changes.
@Suite("Quarterly cycle end to end", .serialized, .enabled(if: TmuxSession.isAvailableOrRequired, "tmux is not installed"), .timeLimit(.minutes(20)))
struct QuarterlyCycleEndToEndTests {
    @Test func aWholeQuarterInTheBrowserThenReviewStatusAndCompareAgree() throws {
        try withBrowser(environment: ["RISKREG_AUTHOR": "alice"]) { session, data in
            try session.waitFor(text: "2021/22 Q4")
            try session.send("Q")
            try session.waitFor(text: "New quarter: its period")
            try session.send("Enter")
            try session.waitFor(text: "Started 2022/23 Q1 in lcc-2022-23-q1.json")
            try session.send("R")
            try session.waitFor(text: "review: reviewed 0 of 8")
            try session.waitFor(text: "Last quarter (2021/22 Q4)")
            // Corp 1: no change.
            try session.send("y")
            try session.waitFor(text: "reviewed 1 of 8")
            // Corp 2: rescored, likelihood 3 → 2.
            try session.send("S")
            try session.waitFor(text: "apply")
            try session.send("h")
            try session.send("Enter")
            try session.waitFor(text: "reviewed 2 of 8")
            try session.send("y")
            // Corp 4: a progress note.
            try session.waitFor(text: "Corp 4 not reviewed yet")
            try session.send("p")
            try session.send("Owner confirms the integration plan", literal: true)
            try session.send("Enter")
            try session.waitFor(text: "reviewed 3 of 8")
            // Corp 4 is reviewed (changed): y moves on without recording "no change".
            try session.send("y")
            try session.waitFor(text: "Corp 5 not reviewed yet")
            for count in 4...7 {
                try session.send("y")
                try session.waitFor(text: "reviewed \(count) of 8")
            }
            try session.send("y")
            try session.waitFor(text: "Review complete")
            try session.send("A")
            try session.waitFor(text: "risk")
            try session.send("r")
            try session.waitFor(text: "its id")
            try session.send("Enter")
            try session.send("Cyber attack on schools", literal: true)
            try session.send("Enter")
            try session.waitFor(text: "Added Corp 8")
            // Close Corp 7: the list's last entry is Corp 8; three up is Corp 7.
            try session.send("2")
            try session.send("G")
            try session.send("k")
            try session.send("k")
            try session.send("k")
            try session.waitFor(text: "Detail · Corp 7")
            try session.send("x")
            try session.waitFor(text: "Close this entry: why?")
            try session.send("Merged into Corp 6", literal: true)
            try session.send("Enter")
            try session.waitFor(text: "Closed Corp 7")
            try session.saveAndQuit()

            let status = try Binary.run(["review-status", "--data", data.path, "--register", "lcc-2022-23-q1"])
            #expect(status.status == 0, "every open entry is reviewed: \(status.stdout) \(status.stderr)")

            let compared = try Binary.run(["compare", "lcc-2021-22-q4", "lcc-2022-23-q1", "--json", "--data", data.path])
            #expect(compared.status == 0, "\(compared.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(compared.stdout.utf8)) as? [String: Any])
            #expect(json["added"] as? [String] == ["Corp 8"])
            #expect(json["removed"] as? [String] == ["Corp 7"])
            let changed = try #require(json["changed"] as? [[String: Any]])
            #expect(changed.compactMap { $0["id"] as? String } == ["Corp 2", "Corp 4"], "exactly the rescored and the noted entry")
            #expect(changed.first?["fields"] as? [String] == ["current"])
            #expect(changed.last?["fields"] as? [String] == ["progress"])
            let current = try #require(changed.first?["current"] as? [String: Any])
            #expect((current["from"] as? [String: Any])?["score"] as? Int == 12)
            #expect((current["to"] as? [String: Any])?["score"] as? Int == 8)
        }
    }
}
