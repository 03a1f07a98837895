import Foundation
import RiskRegister

/// A directorate register of 2021/22 Q4 beside the shipped corporate register of that period: one
/// risk at 20 escalated to the corporate register's Corp 4 (linked by identity), one at 16 linked to
/// nothing (at the default escalation threshold, so the roll-up asks whether to escalate it), and an
/// opportunity. Its file stem sorts before `lcc-…`, so the corporate register stays the newest.
enum DirectorateRegister {
    static let stem = "asc-2021-22-q4"
    static let escalatedID = "ASC 1"
    static let unlinkedID = "ASC 2"
    static let escalatedUID = "a5c000000001"
    static let unlinkedUID = "a5c000000002"

    /// The register, linking to `corp4` (the identity of Corp 4 of lcc-2021-22-q4).
    static func loaded(linkingTo corp4: String) -> LoadedRegister {
        var register = Register(
            organisation: "Lancashire County Council", title: "Adult Services Directorate Risk Register",
            period: "2021/22 Q4", source: RegisterSource(document: "asc-2021-22-q4.txt"),
            entries: [
                Entry(id: escalatedID, uid: escalatedUID, kind: .risk,
                      links: [EntryLink(kind: .escalatedTo, uid: corp4, register: "lcc-2021-22-q4", id: "Corp 4")],
                      title: "Hospital discharge delays", owner: "Director of Adult Services",
                      current: Rating(likelihood: 5, impact: 4, score: 20), target: Rating(likelihood: 3, impact: 3, score: 9)),
                Entry(id: unlinkedID, uid: unlinkedUID, kind: .risk, title: "Care market sufficiency",
                      owner: "Head of Commissioning", current: Rating(likelihood: 4, impact: 4, score: 16),
                      target: Rating(likelihood: 2, impact: 4, score: 8)),
                Entry(id: "ASC O1", uid: "a5c000000003", kind: .opportunity, title: "Shared care records",
                      owner: "Head of Digital", current: Rating(likelihood: 3, impact: 4, score: 12)),
            ]
        )
        register.level = .directorate
        return LoadedRegister(url: Fixtures.dataDirectory.appendingPathComponent(stem + ".json"), register: register,
                              diskBytes: RegisterFile.encode(register))
    }
}
