import Foundation
import Testing
@testable import RegisterUI
@testable import RiskRegister

/// `/` then Tab searches every register of the data directory through the index; the results list
/// each entry's register, and Enter opens the register (loading it first) on that entry.
@Suite(.timeLimit(.minutes(15))) struct AllRegistersSearchTests {
    /// A state over Data/ with only the newest register loaded, as the browser starts.
    private func lazyState() throws -> (AppState, DirectoryScan) {
        let scan = try Fixtures.scan()
        var state = try Fixtures.listedState()
        let newest = try #require(scan.registers.last)
        _ = state.pendingLoads()
        _ = update(&state, .loaded(RegisterID(newest.url), .success(newest)))
        return (state, scan)
    }

    /// What the index would answer: every entry of the scan whose title holds the text.
    private func hits(for text: String, in scan: DirectoryScan) -> [SearchHit] {
        scan.registers.flatMap { loaded in
            loaded.register.entries.enumerated().filter { SearchText.contains($0.element.title, text) }.map { index, entry in
                SearchHit(file: loaded.url, period: loaded.register.period, entryIndex: index, id: entry.id, title: entry.title)
            }
        }
    }

    @Test func tabInTheSearchPromptSearchesEveryRegisterWithTheTextTyped() throws {
        var (state, _) = try lazyState()
        state.run(.press("/"), .type("cov"))
        let effects = state.run(.tab)
        #expect(effects == [.searchAll("cov")])
        #expect(state.allSearch != nil && !state.isSearching)
        #expect(state.run(.press("i")) == [.searchAll("covi")], "j, k, q and every other letter are typed")
        #expect(state.run(.key(.backspace)) == [.searchAll("cov")])
        #expect(view(state).text().contains("/ cov"))
    }

    @Test func onlyTheAnswerToTheTextTypedNowIsShown() throws {
        var (state, scan) = try lazyState()
        state.run(.press("/"), .type("co"), .tab, .type("vid"))
        _ = update(&state, .searchResults(query: "co", hits: hits(for: "co", in: scan)))
        #expect(state.allSearch?.hits.isEmpty == true, "an answer overtaken by typing is dropped")
        let found = hits(for: "covid", in: scan)
        try #require(found.count >= 2)
        _ = update(&state, .searchResults(query: "covid", hits: found))
        let screen = view(state).text()
        #expect(screen.contains("\(found.count) entries in \(Set(found.map(\.file)).count) register"))
        #expect(screen.contains(found[0].stem) && screen.contains(found[0].id), "each entry is listed beside its register")
    }

    @Test func enterOpensTheEntryInItsRegisterLoadingItFirst() throws {
        var (state, scan) = try lazyState()
        let older = try #require(scan.registers.first)
        let wanted = try #require(older.register.entries.last)
        state.run(.press("/"), .tab, .type(wanted.title))
        let found = hits(for: wanted.title, in: scan)
        _ = update(&state, .searchResults(query: wanted.title, hits: found))
        let listed = try #require(state.allSearch?.hits)
        #expect(listed.first?.file == scan.registers.last?.url || !found.contains { $0.file == scan.registers.last?.url },
                "the newest register's entries come first")
        let position = try #require(listed.firstIndex { $0.file == older.url && $0.id == wanted.id })
        for _ in 0..<position { state.run(.down) }
        #expect(state.run(.enter) == [.load(RegisterID(older.url))])
        #expect(state.overlay == nil && state.isLoadingOpenRegister)
        _ = update(&state, .loaded(RegisterID(older.url), .success(older)))
        #expect(state.openID == RegisterID(older.url))
        #expect(state.selectedEntry?.id == wanted.id && state.focus == .list)
    }

    @Test func theSearchIsAskedAgainOnceEveryRegisterIsIndexed() throws {
        var (state, _) = try lazyState()
        _ = update(&state, .indexProgress(indexed: 2, total: 5))
        state.run(.press("/"), .tab, .type("risk"))
        #expect(view(state).text().contains("indexed 2 of 5 registers so far"))
        #expect(update(&state, .indexProgress(indexed: 5, total: 5)) == [.searchAll("risk")])
        #expect(update(&state, .indexProgress(indexed: 5, total: 5)).isEmpty, "once")
    }

    @Test func tabAgainSearchesTheOpenRegisterWithTheSameText() throws {
        var (state, _) = try lazyState()
        state.run(.press("/"), .tab, .type("ICT"), .tab)
        #expect(state.overlay == nil && state.isSearching && state.searchText == "ICT")
        #expect(state.visibleEntries.allSatisfy { index in
            state.register.map { EntrySearch.matches($0.entries[index], "ICT") } ?? false
        })
    }

    @Test func aSearchIndexPreparedInTheBackgroundIsBroughtUpToDateWithEditsMadeMeanwhile() throws {
        var (state, _) = try lazyState()
        let id = try #require(state.openID)
        let before = try #require(state.register)
        // An edit made after the load, before the prepared index arrives.
        state.run(.press("3"), .press("p"), .type("zebracrossing"), .enter)
        _ = update(&state, .searchPrepared(id, SearchTexts(entries: before.entries)))
        state.run(.press("/"), .type("zebracrossing"))
        #expect(state.visibleEntries == [try #require(state.selection)], "the edited entry is found")
        state.run(.escape, .press("/"), .type(try #require(before.entries.last?.title)))
        #expect(state.visibleEntries.contains(before.entries.count - 1), "unchanged entries are found through the prepared texts")
    }
}
