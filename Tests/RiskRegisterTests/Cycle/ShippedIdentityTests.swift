import Foundation
import Testing
@testable import RiskRegister

/// The identities the shipped registers carry, against docs/identities.md: the same risk in
/// different quarters shares its uid (renumberings included) and different risks never do, however
/// their printed ids coincide. Written from the documents, not from Data/.
@Suite(.timeLimit(.minutes(15))) struct ShippedIdentityTests {
    private static let stems = ["lcc-2016-17-q3", "lcc-2016-17-q4", "lcc-2019-20-q1", "lcc-2021-22-q3", "lcc-2021-22-q4"]

    /// Risks that run through more than one register: (register, printed id) of each copy.
    private static let sameRisk: [[(String, String)]] = [
        [("lcc-2016-17-q3", "CR5"), ("lcc-2016-17-q4", "CR5"), ("lcc-2019-20-q1", "CR2")],
        [("lcc-2016-17-q3", "CR6"), ("lcc-2016-17-q4", "CR6"), ("lcc-2019-20-q1", "CR3")],
        [("lcc-2016-17-q3", "CR7"), ("lcc-2016-17-q4", "CR7"), ("lcc-2019-20-q1", "CR5")],
        [("lcc-2016-17-q3", "CR12"), ("lcc-2016-17-q4", "CR12"), ("lcc-2019-20-q1", "CR6")],
        [("lcc-2016-17-q3", "CR24"), ("lcc-2016-17-q4", "CR24"), ("lcc-2019-20-q1", "CR10")],
        [("lcc-2016-17-q3", "CR25"), ("lcc-2016-17-q4", "CR25"), ("lcc-2019-20-q1", "CR9"), ("lcc-2021-22-q3", "Corp 3")],
        [("lcc-2016-17-q3", "C02"), ("lcc-2016-17-q4", "CO2"), ("lcc-2019-20-q1", "C01")],
        [("lcc-2016-17-q3", "CO4"), ("lcc-2016-17-q4", "CO4"), ("lcc-2019-20-q1", "CO4")],
        [("lcc-2019-20-q1", "CR1"), ("lcc-2021-22-q3", "Corp 1"), ("lcc-2021-22-q4", "Corp 1")],
        [("lcc-2021-22-q3", "Corp 7"), ("lcc-2021-22-q4", "Corp 7")],
        [("lcc-2021-22-q3", "CO2"), ("lcc-2021-22-q4", "CO2")],
    ]

    /// Printed ids reused for a different risk: (register, id) pairs that must not share a uid.
    private static let differentRisks: [((String, String), (String, String))] = [
        (("lcc-2016-17-q4", "CR1"), ("lcc-2019-20-q1", "CR1")),   // MTFS delivery vs Reshaping the County Council
        (("lcc-2016-17-q4", "CR2"), ("lcc-2019-20-q1", "CR2")),   // financial viability vs safeguarding children
        (("lcc-2016-17-q4", "CR4"), ("lcc-2019-20-q1", "CR4")),
        (("lcc-2016-17-q4", "CR7"), ("lcc-2019-20-q1", "CR7")),
        (("lcc-2016-17-q4", "CR8"), ("lcc-2019-20-q1", "CR8")),
        (("lcc-2016-17-q4", "CR12"), ("lcc-2019-20-q1", "CR12")),
        (("lcc-2016-17-q4", "C01"), ("lcc-2019-20-q1", "C01")),
        (("lcc-2016-17-q4", "CO2"), ("lcc-2019-20-q1", "CO2")),
        (("lcc-2016-17-q4", "CO3"), ("lcc-2019-20-q1", "CO3")),
        (("lcc-2019-20-q1", "CO2"), ("lcc-2021-22-q3", "CO2")),   // Apprenticeship Levy vs Environmental Improvements
        (("lcc-2019-20-q1", "CR4"), ("lcc-2021-22-q3", "Corp 7")),
    ]

    private func registers() throws -> [String: Register] {
        var loaded: [String: Register] = [:]
        for stem in Self.stems {
            let url = Fixtures.dataDirectory.appendingPathComponent("\(stem).json")
            loaded[stem] = try Fixtures.decode([UInt8](Data(contentsOf: url)))
        }
        return loaded
    }

    private func uid(_ place: (String, String), in registers: [String: Register]) throws -> String {
        try #require(registers[place.0]?.entry(id: place.1), "\(place.0) has \(place.1)").uid
    }

    @Test func everyShippedEntryStoresAnIdentityUniqueInItsRegister() throws {
        for (stem, register) in try registers() {
            let text = try String(contentsOf: Fixtures.dataDirectory.appendingPathComponent("\(stem).json"), encoding: .utf8)
            #expect(text.components(separatedBy: "\n      \"uid\": ").count - 1 == register.entries.count, "\(stem) stores every uid")
            #expect(Set(register.entries.map(\.uid)).count == register.entries.count, "\(stem)")
        }
    }

    @Test func theSameRiskSharesItsIdentityAcrossQuartersAndRenumberings() throws {
        let loaded = try registers()
        for group in Self.sameRisk {
            let uids = try group.map { try uid($0, in: loaded) }
            #expect(Set(uids).count == 1, "\(group)")
        }
    }

    @Test func aReusedPrintedIdIsADifferentRisk() throws {
        let loaded = try registers()
        for (first, second) in Self.differentRisks {
            #expect(try uid(first, in: loaded) != uid(second, in: loaded), "\(first) and \(second)")
        }
    }

    @Test func noOtherEntriesShareAnIdentity() throws {
        let loaded = try registers()
        let grouped = Set(Self.sameRisk.flatMap { $0 }.map { "\($0.0) \($0.1)" })
        var owners: [String: [String]] = [:]
        for (stem, register) in loaded {
            for entry in register.entries { owners[entry.uid, default: []].append("\(stem) \(entry.id)") }
        }
        for (_, places) in owners where places.count > 1 {
            let stems = Set(places.map { $0.split(separator: " ")[0] })
            // Within a year the same printed id in consecutive quarters is one risk (docs/identities.md).
            let sameYear = stems.allSatisfy { $0.hasPrefix("lcc-2016-17") } || stems.allSatisfy { $0.hasPrefix("lcc-2021-22") }
            #expect(sameYear || places.allSatisfy(grouped.contains), "\(places.sorted()) share an identity docs/identities.md does not give")
        }
    }
}
