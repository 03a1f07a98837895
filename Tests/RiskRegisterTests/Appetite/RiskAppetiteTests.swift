import Foundation
import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct RiskAppetiteTests {
    private func risk(_ score: Int?, type: String? = nil, kind: EntryKind = .risk) -> Entry {
        Entry(id: "R", kind: kind, title: "t", type: type, current: Rating(score: score))
    }

    @Test func levelsMapToRiskregsScores() {
        #expect(AppetiteLevel.allCases.map(\.maximumScore) == [4, 6, 9, 12, 16])
    }

    @Test func aRiskAboveItsLimitIsOutside() {
        let appetite = RiskAppetite(defaultLimit: .score(12))
        #expect(!appetite.isOutside(risk(12)))
        #expect(appetite.isOutside(risk(15)))
        #expect(!appetite.isOutside(risk(nil)))
        #expect(appetite.isOutside(Entry(id: "R", kind: .risk, title: "t", current: Rating(likelihood: 4, impact: 4))))
    }

    @Test func opportunitiesAndClosedEntriesAreNeverOutside() {
        let appetite = RiskAppetite(defaultLimit: .level(.averse))
        #expect(!appetite.isOutside(risk(25, kind: .opportunity)))
        var closed = risk(25)
        closed.status = .closed(at: "2022-01-01T00:00:00Z", by: "me", reason: "gone")
        #expect(!appetite.isOutside(closed))
    }

    @Test func aTypeLimitMatchesAnyPartOfThePrintedTypeTheLowestWinning() {
        let appetite = RiskAppetite(defaultLimit: .score(12), types: ["Financial": .score(9), "reputational": .level(.averse)])
        #expect(appetite.limit(for: risk(10, type: "Organisational/financial")) == 9)
        #expect(appetite.limit(for: risk(10, type: "Organisational/Reputational/Financial")) == 4)
        #expect(appetite.limit(for: risk(10, type: "Economic")) == 12)
        #expect(appetite.limit(for: risk(10)) == 12)
        #expect(appetite.isOutside(risk(10, type: "Financial")))
        #expect(!appetite.isOutside(risk(10, type: "Economic")))
    }

    @Test func theTextFormReadsAndWritesBack() throws {
        let appetite = try RiskAppetite.parse(" 12; Financial = cautious ;Reputational=6 ").get()
        #expect(appetite == RiskAppetite(defaultLimit: .score(12), types: ["Financial": .level(.cautious), "Reputational": .score(6)]))
        #expect(appetite.text == "12; Financial=cautious; Reputational=6")
        #expect(try RiskAppetite.parse(appetite.text).get() == appetite)
        #expect(try RiskAppetite.parse("Cautious").get() == RiskAppetite(defaultLimit: .level(.cautious)))
        #expect(appetite.label == "12; Financial cautious (9); Reputational 6")
    }

    @Test(arguments: [
        ("26", AppetiteTextError.badLimit("26")), ("bold", .badLimit("bold")), ("Financial=9", .missingDefault),
        ("9; 12", .twoDefaults), ("9; =4", .missingType("=4")), ("9; A=4; a=5", .repeatedType("a")), ("9; A=0", .badLimit("0")),
    ])
    func badTextIsRefusedWithAReason(text: String, error: AppetiteTextError) {
        #expect(RiskAppetite.parse(text) == .failure(error))
    }

    @Test func theFileFormatRoundTripsAndPlacesAppetiteAfterTheScale() throws {
        var register = Fixtures.register()
        register.appetite = RiskAppetite(defaultLimit: .level(.open), types: ["Financial": .score(9)])
        let bytes = Fixtures.bytes(register)
        #expect(try Fixtures.decode(bytes) == register)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"appetite\": {\n    \"default\": \"open\",\n    \"types\": {\n      \"Financial\": 9\n    }\n  },\n  \"entries\""))
    }

    @Test func aRegisterWithoutAppetiteWritesNone() {
        #expect(!String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self).contains("appetite"))
    }

    @Test func badAppetitesAreReportedByField() {
        let text = String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self)
            .replacingOccurrences(of: "\"entries\":", with: "\"appetite\": {\"default\": 30, \"types\": {\"Financial\": \"bold\"}},\n\"entries\":")
        guard case .failure(.format(let problems)) = RegisterFile.decode(Fixtures.utf8(text)) else {
            Issue.record("the register decoded")
            return
        }
        let messages = problems.map { "\($0)" }.joined(separator: "\n")
        #expect(messages.contains("appetite.default"))
        #expect(messages.contains("appetite.types.Financial"))
        #expect(messages.contains("\"bold\" is not one of"))
    }
}
