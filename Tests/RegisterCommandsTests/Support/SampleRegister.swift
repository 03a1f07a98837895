import Foundation
import RiskRegister

/// Small registers built in code, for what the shipped ones do not show.
enum SampleRegister {
    /// A register of `period` with `entries` (by default a risk R1 of 16 and an opportunity O1 of 6).
    static func make(period: String = "2022/23 Q1", entries: [Entry]? = nil) -> Register {
        Register(organisation: "Test Council", title: "Test Register", period: period, source: RegisterSource(document: "test.txt"),
                 entries: entries ?? [
                     Entry(id: "R1", kind: .risk, title: "Budget", owner: "Section 151 Officer",
                           current: Rating(likelihood: 4, impact: 4, score: 16), target: Rating(likelihood: 3, impact: 3, score: 9)),
                     Entry(id: "O1", kind: .opportunity, title: "Green fleet", owner: "Director",
                           current: Rating(likelihood: 3, impact: 2, score: 6), target: Rating(likelihood: 4, impact: 4, score: 16)),
                 ])
    }

    /// `register` as if loaded from `stem`.json (nothing is written).
    static func loaded(_ register: Register, stem: String = "test-2022-23-q1") -> LoadedRegister {
        LoadedRegister(url: URL(fileURLWithPath: "/registers/\(stem).json"), register: register, diskBytes: RegisterFile.encode(register))
    }
}
