import RegisterCommands
import RiskRegister
import Testing

/// `riskreg list`'s lines.
@Suite(.timeLimit(.minutes(15)))
struct EntryListTests {
    @Test func aHeadingThenATableOfTheOpenEntries() throws {
        let list = try EntryList(try ShippedData.register("lcc-2021-22-q4"), closed: false, outsideAppetite: false)
        let lines = list.lines(onTerminal: false)
        #expect(lines.count == 10)
        #expect(lines[0] == "Corporate Risk & Opportunity Register 2021/22 Q4 (lcc-2021-22-q4.json): 8 entries")
        #expect(lines[1].hasPrefix("ID      KIND         CURRENT   TARGET    RESIDUAL  DIR  OWNER"))
        #expect(lines[1].hasSuffix("  TITLE"))
        #expect(lines[4].hasPrefix("Corp 4  risk         20 (3×2)  6 (5×4)   -         +ve  Adult Social Care in conjunction with CMT and partners"))
        #expect(lines[4].hasSuffix("  Integration & Innovation"))
        #expect(lines[9].hasPrefix("CO2     opportunity  6 (3×2)   16 (4×4)  -         +ve  HoS P&IT"))
    }

    @Test func onATerminalLongValuesAreCutAndPipedTheyAreWhole() throws {
        let q3 = try ShippedData.register("lcc-2016-17-q3")
        let list = try EntryList(q3, closed: false, outsideAppetite: false)
        let piped = list.lines(onTerminal: false)
        let terminal = list.lines(onTerminal: true)
        #expect(piped[2].contains("As time progresses the risk to some extent reduces. However,"))
        #expect(terminal[2].contains("  As time pro…  "))
        #expect(!terminal[2].contains("However"))
        #expect(terminal[1].count < piped[1].count)
    }

    @Test func closedEntriesAreHiddenAndCountedUnlessAsked() throws {
        var register = SampleRegister.make()
        register.entries[1].status = EntryStatus(state: .closed, at: "2022-05-01T09:00:00Z", by: "A. Officer", reason: "achieved")
        let loaded = SampleRegister.loaded(register)
        let open = try EntryList(loaded, closed: false, outsideAppetite: false)
        #expect(open.entries.map(\.id) == ["R1"])
        #expect(open.lines(onTerminal: false)[0] == "Test Register 2022/23 Q1 (test-2022-23-q1.json): 1 entries (1 closed not shown; --closed shows them)")
        let all = try EntryList(loaded, closed: true, outsideAppetite: false)
        #expect(all.lines(onTerminal: false)[0] == "Test Register 2022/23 Q1 (test-2022-23-q1.json): 2 entries")
        #expect(all.lines(onTerminal: false)[3].hasSuffix("(closed) Green fleet"))
        #expect(all.json == .array(register.entries.map(RegisterEncoder.encode)))
    }

    @Test func outsideTheAppetiteNeedsAnAppetite() throws {
        let q4 = try ShippedData.register("lcc-2021-22-q4")
        let failure = #expect(throws: CommandFailure.self) { try EntryList(q4, closed: false, outsideAppetite: true) }
        #expect(failure?.message == "lcc-2021-22-q4.json states no risk appetite (see docs/register-format.md, Appetite)")
        #expect(failure?.code == 2)
    }

    @Test func risksOutsideTheAppetiteAreFlaggedAndCanBeListedAlone() throws {
        var register = SampleRegister.make()
        register.appetite = RiskAppetite(defaultLimit: .score(12))
        let loaded = SampleRegister.loaded(register)
        let lines = try EntryList(loaded, closed: false, outsideAppetite: false).lines(onTerminal: false)
        #expect(lines[1].contains("  DIR  APPETITE  OWNER"))
        #expect(lines[2].contains("  outside   "))
        let outside = try EntryList(loaded, closed: false, outsideAppetite: true)
        #expect(outside.entries.map(\.id) == ["R1"])
        #expect(outside.lines(onTerminal: false)[0] == "Test Register 2022/23 Q1 (test-2022-23-q1.json): 1 entries outside appetite (12)")
    }

    @Test func directionIsTheArrowOfAKnownTrendElseThePrintedWords() {
        #expect(EntryList.direction(Direction(trend: .up, text: "worse"), clipped: true) == "↑")
        #expect(EntryList.direction(Direction(trend: .unknown, text: "+ve"), clipped: true) == "+ve")
        #expect(EntryList.direction(Direction(trend: .unknown, text: "reducing slowly over time"), clipped: true) == "reducing sl…")
        #expect(EntryList.direction(Direction(trend: .unknown, text: "reducing slowly over time"), clipped: false) == "reducing slowly over time")
        #expect(EntryList.direction(Direction(), clipped: false) == "?")
    }

    @Test func everyCellIsMadeSafeForATerminal() throws {
        let register = SampleRegister.make(entries: [Entry(id: "R\u{1B}[31m1", kind: .risk, title: "Line\nbreak")])
        let lines = try EntryList(SampleRegister.loaded(register), closed: false, outsideAppetite: false).lines(onTerminal: false)
        #expect(lines[2].hasPrefix("R\\u{1B}[31m1"))
        #expect(lines[2].hasSuffix("Line\\u{A}break"))
    }
}
