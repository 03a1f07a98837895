import Testing
@testable import RiskRegister

/// Links between registers resolved by identity, both ways, and the roll-up of a period.
@Suite(.timeLimit(.minutes(15))) struct RegisterLinksTests {
    private let corporateQ3 = Register(organisation: "Test Council", title: "Corporate Risk & Opportunity Register", period: "2021/22 Q3",
                                       source: RegisterSource(document: "c3"),
                                       entries: [Entry(id: "Corp 4", uid: "corp-four", kind: .risk, title: "Integration",
                                                       current: Rating(likelihood: 4, impact: 5, score: 20))])
    private var corporateQ4: Register {
        var register = corporateQ3
        register.period = "2021/22 Q4"
        register.entries[0].id = "Corp 9"
        return register
    }

    private func directorate(_ entries: [Entry], threshold: Int? = nil) -> Register {
        var register = Register(organisation: "Test Council", title: "Adult Services Risk Register", period: "2021/22 Q4",
                                source: RegisterSource(document: "d"), entries: entries)
        register.level = .directorate
        register.escalationThreshold = threshold
        return register
    }

    private let escalated = Entry(id: "AS1", uid: "as-one", kind: .risk,
                                  links: [EntryLink(kind: .escalatedTo, uid: "corp-four", register: "corp-q3", id: "Corp 4")],
                                  title: "Care market failure", current: Rating(likelihood: 5, impact: 4, score: 20))
    private let unlinked = Entry(id: "AS2", uid: "as-two", kind: .risk, title: "Workforce", current: Rating(likelihood: 4, impact: 4, score: 16))
    private let low = Entry(id: "AS3", uid: "as-three", kind: .risk, title: "Minor", current: Rating(likelihood: 3, impact: 5, score: 15))

    @Test func aLinkFollowsTheRiskIntoTheQuarterOfTheLinkingRegisterThroughARenumbering() throws {
        let links = RegisterLinks(registers: [("corp-q3", corporateQ3), ("corp-q4", corporateQ4), ("adults", directorate([escalated]))])
        let found = links.links(of: escalated, in: "adults")
        #expect(found.count == 1)
        #expect(found.first?.stem == "corp-q4", "the corporate register of the same period, not the one named when linked")
        #expect(found.first?.entry.id == "Corp 9" && found.first?.phrase == "escalated to" && found.first?.isIncoming == false)
        let back = links.links(of: corporateQ4.entries[0], in: "corp-q4")
        #expect(back.map(\.entry.id) == ["AS1"] && back.first?.phrase == "escalated from" && back.first?.isIncoming == true)
        #expect(links.links(of: corporateQ3.entries[0], in: "corp-q3").isEmpty, "Q4's link is not Q3's business")
    }

    @Test func aLinkToAnIdentityNoRegisterHoldsIsUnresolvedAndWarned() {
        var dangling = escalated
        dangling.links[0].uid = "gone"
        let register = directorate([dangling])
        let links = RegisterLinks(registers: [("corp-q4", corporateQ4), ("adults", register)])
        #expect(links.links(of: dangling, in: "adults").isEmpty)
        #expect(links.unresolved(of: dangling).map(\.uid) == ["gone"])
        let warnings = Validator.checkLinks(register, links: links)
        #expect(warnings.map(\.description) == ["warning: entry AS1, field links: escalated to \"Corp 4\" in corp-q3 (uid gone): no register of the data directory holds it"])
    }

    @Test func theRollUpCountsEveryRegisterOfThePeriodAndListsRisksAwaitingEscalation() throws {
        var closed = unlinked
        closed.uid = "closed"
        closed.status = .closed(at: "t", by: "a", reason: "gone")
        let all: [(stem: String, register: Register)] = [("corp-q3", corporateQ3), ("corp-q4", corporateQ4),
                                                         ("adults", directorate([escalated, unlinked, low, closed]))]
        let rollUp = try #require(RollUp(period: nil, all: all))
        #expect(rollUp.period == "2021/22 Q4", "the latest period")
        #expect(rollUp.registers.map(\.stem) == ["corp-q4", "adults"])
        #expect(rollUp.entries.count == 4, "open entries of both registers")
        #expect(rollUp.counts.map(\.count) == [1, 3])
        #expect(rollUp.entries(likelihood: 4, impact: 5).map(\.entry.id) == ["Corp 9"])
        #expect(rollUp.entries(likelihood: 5, impact: 4).map(\.entry.id) == ["AS1"])
        #expect(rollUp.unescalated.map(\.entry.id) == ["AS2"], "AS1 is escalated, AS3 is below 16, the closed one does not count")
        let stricter = try #require(RollUp(period: "2021/22 Q4", all: [("corp-q4", corporateQ4), ("adults", directorate([escalated, unlinked, low], threshold: 15))]))
        #expect(stricter.unescalated.map(\.entry.id) == ["AS2", "AS3"], "highest score first, at or above the register's own threshold")
        #expect(RollUp(period: "2030/31 Q1", all: all) == nil)
    }

    @Test func aLinkToADirectorateRegisterIsNotAnEscalation() throws {
        var sideways = unlinked
        sideways.links = [EntryLink(kind: .rollsUpInto, uid: "as-one")]
        let rollUp = try #require(RollUp(period: "2021/22 Q4", all: [("corp-q4", corporateQ4), ("adults", directorate([escalated, sideways]))]))
        #expect(rollUp.unescalated.map(\.entry.id) == ["AS2"])
    }
}
