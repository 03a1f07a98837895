import Foundation
import Testing
@testable import RiskRegister

/// The shipped registers against what the seed documents printed (SeedExpectations.swift, written
/// from the documents independently of the JSON).
@Suite(.timeLimit(.minutes(15))) struct SeedDataTests {
    static let stems = ["lcc-2016-17-q3", "lcc-2016-17-q4", "lcc-2019-20-q1", "lcc-2021-22-q3", "lcc-2021-22-q4"]

    private func load(_ stem: String) throws -> Register {
        try RegisterStore.load(Fixtures.dataDirectory.appendingPathComponent("\(stem).json")).get().register
    }

    @Test func theDataDirectoryHoldsExactlyTheFiveRegisters() throws {
        let scan = try RegisterStore.scan(Fixtures.dataDirectory)
        #expect(scan.failures.isEmpty)
        #expect(scan.registers.map(\.stem) == Self.stems)
        #expect(scan.registers.map(\.register.period) == ["2016/17 Q3", "2016/17 Q4", "2019/20 Q1", "2021/22 Q3", "2021/22 Q4"])
        #expect(Set(SeedExpectations.registers.keys) == Set(Self.stems))
    }

    @Test(arguments: stems)
    func idsKindsAndOrderMatchTheDocument(stem: String) throws {
        let register = try load(stem)
        let expected = try #require(SeedExpectations.registers[stem])
        #expect(register.entries.map(\.id) == expected.map(\.id))
        #expect(register.entries.map(\.kind.rawValue) == expected.map(\.kind))
    }

    @Test(arguments: stems)
    func everyPrintedScoreLikelihoodAndImpactMatches(stem: String) throws {
        let register = try load(stem)
        let expected = try #require(SeedExpectations.registers[stem])
        // zip stops at the shorter list: with entries missing, the loop would check nothing for them.
        try #require(register.entries.count == expected.count, "\(stem) has \(register.entries.count) entries, \(expected.count) expected")
        for (entry, printed) in zip(register.entries, expected) {
            for (kind, rating) in [(RatingKind.current, printed.current), (.target, printed.target), (.residual, printed.residual)] {
                let actual = entry.rating(kind)
                #expect(actual.score == rating.score, "\(stem) \(entry.id) \(kind.rawValue).score")
                #expect(actual.likelihood == rating.likelihood, "\(stem) \(entry.id) \(kind.rawValue).likelihood")
                #expect(actual.impact == rating.impact, "\(stem) \(entry.id) \(kind.rawValue).impact")
            }
        }
    }

    @Test func sampleTextsFromTheDocumentsAreInTheRightEntries() throws {
        for sample in SeedExpectations.texts {
            let register = try load(sample.register)
            let entry = try #require(register.entry(id: sample.entryID), "\(sample.register) has no \(sample.entryID)")
            guard let items = self.items(of: entry, sample.field) else {
                Issue.record("unknown field \(sample.field)")
                continue
            }
            let wanted = normalise(sample.text)
            #expect(items.contains { normalise($0.text).contains(wanted) },
                    "\(sample.register) \(sample.entryID) \(sample.field) lacks: \(sample.text)")
        }
    }

    @Test func repairedItemsMatchTheDocumentWholeWithTheirNesting() throws {
        for expected in SeedExpectations.items {
            let register = try load(expected.register)
            let entry = try #require(register.entry(id: expected.entryID), "\(expected.register) has no \(expected.entryID)")
            let place = "\(expected.register) \(expected.entryID) \(expected.field)[\(expected.index)]"
            let items = try #require(self.items(of: entry, expected.field), "unknown field \(expected.field)")
            try #require(expected.index < items.count, "\(place) does not exist")
            #expect(normalise(items[expected.index].text) == normalise(expected.text), "\(place)")
            #expect(items[expected.index].level == expected.level, "\(place) level")
        }
    }

    @Test func ownerFieldsKeepEveryPrintedNameInOrder() throws {
        for expected in SeedExpectations.owners {
            let entry = try #require(try load(expected.register).entry(id: expected.entryID))
            let value: String?
            switch expected.field {
            case "controlOwner": value = entry.controlOwner
            case "actionOwner": value = entry.actionOwner
            default:
                Issue.record("unknown field \(expected.field)")
                continue
            }
            #expect(value?.components(separatedBy: "; ") == expected.names, "\(expected.register) \(expected.entryID) \(expected.field)")
        }
    }

    /// docs/data.md: text lost by the extraction is marked `[…]`, never completed, and an entry
    /// holding the mark says what it means in a note.
    @Test func lostTextIsMarkedAndTheMarkIsExplained() throws {
        for stem in Self.stems {
            for entry in try load(stem).entries {
                let texts = [entry.title, entry.controlOwner, entry.actionOwner, entry.owner].compactMap { $0 }
                    + (entry.description + entry.consequences + entry.controls + entry.actions + entry.progress).map(\.text)
                if texts.contains(where: { $0.contains("[…]") }) {
                    #expect(entry.notes.contains { $0.hasPrefix("'[…]' marks text lost by the PDF extraction") },
                            "\(stem) \(entry.id) uses […] without the note explaining it")
                }
            }
        }
        let co2 = try #require(try load("lcc-2021-22-q4").entry(id: "CO2"))
        #expect(!co2.consequences.contains { $0.text.contains("operations") }, "CO2 prints only \"opera\" (seed 004 line 1298)")
        // Words the extraction cut short are marked, never completed (docs/data.md, "Corrections after review").
        let co4 = try #require(try load("lcc-2016-17-q4").entry(id: "CO4"))
        #expect(co4.type == "Organisatio[…]", "seed 000 line 36 prints the type cell as \"Organisatio\"")
        let corp1 = try #require(try load("lcc-2021-22-q4").entry(id: "Corp 1"))
        #expect(corp1.target.likelihoodText == "Poss[…]" && corp1.target.likelihood == 3, "seed 004 line 783 prints \"Poss\"")
        #expect(!co2.notes.contains { $0.contains("read as \"operations\"") })
    }

    @Test func notesSayExactlyWhatWasDone() throws {
        let q4 = try load("lcc-2021-22-q4")
        let co1 = try #require(q4.entry(id: "CO1"))
        #expect(!co1.notes.contains { $0.contains("garbled duplicate lines") }, "only right-hand fragments of lines 1267, 1276, 1278 were dropped")
        #expect(co1.notes.contains { $0.contains("only the garbled right-hand fragments were dropped") })

        let corp5 = try #require(q4.entry(id: "Corp 5"))
        #expect(!corp5.notes.contains { $0.contains("Data and Core Systems:") }, "three owners are printed, one per heading")

        let cr10 = try #require(try load("lcc-2019-20-q1").entry(id: "CR10"))
        #expect(cr10.notes.contains { $0.contains("three bullets later") }, "seed 002: first bullet line 553, restated line 556")
        #expect(!cr10.notes.contains { $0.contains("two bullets later") })
    }

    @Test func everyEntryNamesItsSource() throws {
        for stem in Self.stems {
            let register = try load(stem)
            for entry in register.entries {
                let source = try #require(entry.source, "\(stem) \(entry.id) has no source")
                #expect(source.document == register.source.document)
                #expect(source.firstLine <= source.lastLine)
            }
        }
    }

    @Test func knownAnomaliesAreKeptAndReported() throws {
        func warnings(_ stem: String) throws -> [String] {
            Validator.validate(try load(stem)).filter { $0.severity == .warning }.map(\.description)
        }
        let q3 = try warnings("lcc-2021-22-q3")
        #expect(q3.contains("warning: entry Corp 4, field target.score: target score 20 is above the current score 6 for a risk"))
        let q4 = try warnings("lcc-2021-22-q4")
        #expect(q4.contains { $0.hasPrefix("warning: entry Corp 4, field current.score: printed score 20 is not likelihood × impact") })
        #expect(q4.contains { $0.hasPrefix("warning: entry Corp 4, field target.score: printed score 6 is not likelihood × impact") })

        let corp1 = try #require(try load("lcc-2021-22-q3").entry(id: "Corp 1"))
        #expect(corp1.current.likelihoodText == "Major (4)")
        #expect(corp1.notes.contains { $0.contains("Major (4)") })

        let q4Register = try load("lcc-2021-22-q4")
        let corp7 = try #require(q4Register.entry(id: "Corp 7"))
        #expect(corp7.title == "Demand Impact on Community & Services")
        #expect(corp7.targetDate == "December 2022")
        #expect(corp7.profile?.description == "Impact on Community & Services")
        #expect(corp7.profile?.targetDate == "March 2022")
        let corp2 = try #require(q4Register.entry(id: "Corp 2"))
        #expect(corp2.confidence.quarters == [nil, nil, .green, .amber])
        #expect(q4Register.entries.allSatisfy { $0.profile?.direction == "+ve" })

        let q4Old = try load("lcc-2016-17-q4")
        for id in ["CR16", "CR20", "CO2"] {
            let entry = try #require(q4Old.entry(id: id))
            #expect(entry.residual.score == nil, "\(id) prints no residual score")
            #expect(!entry.notes.isEmpty, "\(id) says why in a note")
        }
        #expect(q4Old.entry(id: "CR6")?.type == "Legal/ Political")

        let q1 = try load("lcc-2019-20-q1")
        #expect(q1.entry(id: "CR1")?.current.score == nil)
        #expect(q1.entry(id: "CO4")?.residual.likelihoodText?.contains("possible?") == true)
        #expect(q1.entry(id: "C01") != nil && q1.entry(id: "CO2") != nil)
    }

    @Test func shippedDataHasNoValidationErrors() throws {
        for stem in Self.stems {
            #expect(Validator.validate(try load(stem)).allSatisfy { $0.severity != .error })
        }
    }

    @Test func noExtractionDamageRemainsInTexts() throws {
        for stem in Self.stems {
            for entry in try load(stem).entries {
                let texts = [entry.title] + (entry.description + entry.consequences + entry.controls + entry.actions + entry.progress).map(\.text)
                for text in texts {
                    #expect(!text.contains("<li>") && !text.contains("<p>") && !text.contains("</"), "\(stem) \(entry.id): HTML in \(text)")
                    #expect(!text.contains("[bookmark"), "\(stem) \(entry.id): bookmark tag in \(text)")
                    #expect(!text.hasPrefix("•") && !text.hasPrefix("·") && !text.hasPrefix("\u{F0B7}"), "\(stem) \(entry.id): bullet kept in \(text)")
                    #expect(text == text.trimmingWhitespace() && !text.contains("  "), "\(stem) \(entry.id): stray spaces in \(text)")
                    #expect(!text.contains("Organisatio nal"), "\(stem) \(entry.id): split word in \(text)")
                }
            }
        }
    }

    private func items(of entry: Entry, _ field: String) -> [Item]? {
        switch field {
        case "description": entry.description
        case "consequences": entry.consequences
        case "controls": entry.controls
        case "actions": entry.actions
        case "progress": entry.progress
        default: nil
        }
    }

    private func normalise(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
