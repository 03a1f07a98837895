import Foundation
import RegisterCommands
import RegisterGit
import RiskRegister
import Testing

/// `riskreg log`: history records and commits, newest first.
@Suite(.timeLimit(.minutes(15)))
struct RegisterLogTests {
    private let entries = [
        Entry(id: "R1", kind: .risk, title: "Budget", history: [
            Change(at: "2022-05-01T09:00:00Z", author: "Ann", field: "owner", before: "Bob", after: "Cat"),
            Change(at: "2022-05-03T09:00:00Z", author: "Ann", field: "title", before: "Money", after: "Budget"),
        ]),
        Entry(id: "R2", kind: .risk, title: "Roads", history: [
            Change(at: "2022-05-02T09:00:00Z", author: "Bob", field: "owner", before: nil, after: "Dan\u{1B}"),
            Change(at: "2022-05-03T09:00:00Z", author: "Bob", field: "targetDate", before: "March", after: nil),
        ]),
    ]

    private func date(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    @Test func changesAndCommitsNewestFirst() throws {
        let commit = RegisterCommit(hash: "0123456789abcdef0123", date: try date("2022-05-03T09:00:00Z"), author: "Ann", subject: "Save lcc")
        let log = RegisterLog(entries: entries, commits: [commit])
        #expect(log.lines(fileName: "r.json") == [
            "2022-05-03T09:00:00Z Ann commit 0123456789: Save lcc",
            "2022-05-03T09:00:00Z Bob R2 targetDate: \"March\" → (none)",
            "2022-05-03T09:00:00Z Ann R1 title: \"Money\" → \"Budget\"",
            "2022-05-02T09:00:00Z Bob R2 owner: (none) → \"Dan\\u{1B}\"",
            "2022-05-01T09:00:00Z Ann R1 owner: \"Bob\" → \"Cat\"",
        ])
    }

    @Test func anEmptyLogSaysSo() {
        #expect(RegisterLog(entries: [], commits: []).lines(fileName: "r.json") == ["r.json: no changes recorded"])
    }

    @Test func theJSONKeepsTheValuesWhole() throws {
        let commit = RegisterCommit(hash: "feed", date: try date("2022-06-01T00:00:00Z"), author: "Eve", subject: "Merge")
        let json = RegisterLog(entries: Array(entries.prefix(1)), commits: [commit]).json(stem: "r")
        #expect(json["register"] == .string("r"))
        #expect(json["log"]?[0] == .object(["type": .string("commit"), "at": .string("2022-06-01T00:00:00Z"), "author": .string("Eve"),
                                            "commit": .string("feed"), "subject": .string("Merge")]))
        #expect(json["log"]?[1] == .object(["type": .string("change"), "at": .string("2022-05-03T09:00:00Z"), "author": .string("Ann"),
                                            "entry": .string("R1"), "field": .string("title"), "before": .string("Money"),
                                            "after": .string("Budget")]))
        #expect(json["log"]?.elements.count == 3)
    }
}
