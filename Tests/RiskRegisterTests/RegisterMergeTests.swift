import Foundation
import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct RegisterMergeTests {
    let base = Fixtures.register()

    private func note(_ id: String, _ text: String) -> Item {
        Item(id: id, text: text, date: "2026-11-27", author: "x")
    }

    @Test func changesToDifferentEntriesCombine() throws {
        var mine = base
        mine.entries[0].progress.insert(note("m1", "Mine"), at: 0)
        var theirs = base
        theirs.entries[1].progress.insert(note("t1", "Theirs"), at: 0)
        theirs.entries[1].history.append(Change(at: "t", author: "alice", field: "progress[t1]", before: nil, after: "Theirs"))
        let merge = RegisterMerge(base: base, mine: mine, theirs: theirs)
        #expect(merge.conflicts.isEmpty)
        let merged = try #require(merge.resolved(keepMine: []))
        #expect(merged.entries[0].progress.map(\.text) == ["Mine"])
        #expect(merged.entries[1].progress.map(\.text) == ["Theirs"])
        #expect(merged.entries[1].history == theirs.entries[1].history, "their history is kept")
    }

    @Test func bothAddingNotesToOneEntryKeepsBoth() throws {
        var mine = base
        mine.entries[0].progress.insert(note("m1", "Mine"), at: 0)
        var theirs = base
        theirs.entries[0].progress.insert(note("t1", "Theirs"), at: 0)
        let merge = RegisterMerge(base: base, mine: mine, theirs: theirs)
        #expect(merge.conflicts.isEmpty)
        let merged = try #require(merge.resolved(keepMine: []))
        #expect(Set(merged.entries[0].progress.map(\.text)) == ["Mine", "Theirs"])
    }

    @Test func differentFieldsOfOneEntryCombine() throws {
        var mine = base
        mine.entries[0].owner = "Mine owner"
        var theirs = base
        theirs.entries[0].targetDate = "March 2027"
        theirs.entries[0].controls[0].text = "Their control"
        let merged = try #require(RegisterMerge(base: base, mine: mine, theirs: theirs).resolved(keepMine: []))
        #expect(merged.entries[0].owner == "Mine owner")
        #expect(merged.entries[0].targetDate == "March 2027")
        #expect(merged.entries[0].controls[0].text == "Their control")
    }

    @Test func theSameFieldChangedDifferentlyIsAConflictWithBothValues() throws {
        var mine = base
        mine.entries[0].owner = "Mine owner"
        mine.entries[0].controls[0].text = "My control"
        var theirs = base
        theirs.entries[0].owner = "Their owner"
        theirs.entries[0].controls[0].text = "Their control"
        let merge = RegisterMerge(base: base, mine: mine, theirs: theirs)
        let uid = base.entries[0].uid
        #expect(merge.conflicts.map(\.location) == [.item(entry: uid, list: "controls", item: "c1"),
                                                    .field(entry: uid, key: "owner")])
        #expect(merge.conflicts[1].mine == .string("Mine owner") && merge.conflicts[1].theirs == .string("Their owner"))
        #expect(merge.conflicts[1].base == base.entries[0].owner.map(JSONValue.string), "the common ancestor's value is kept too")
        #expect(MergeConflict.describe(merge.conflicts[0].base) == base.entries[0].controls[0].text)
        #expect(merge.conflicts[1].label == "R1 · owner")
        #expect(MergeConflict.describe(merge.conflicts[0].mine) == "My control")
        let keepTheirs = try #require(merge.resolved(keepMine: [false, false]))
        #expect(keepTheirs.entries[0].owner == "Their owner" && keepTheirs.entries[0].controls[0].text == "Their control")
        let mixed = try #require(merge.resolved(keepMine: [false, true]))
        #expect(mixed.entries[0].owner == "Mine owner" && mixed.entries[0].controls[0].text == "Their control")
    }

    @Test func aRenumberingOnOneSideAndAnEditOnTheOtherIsOneEntry() throws {
        var mine = base
        mine.entries[0].id = "R9"
        var theirs = base
        theirs.entries[0].owner = "New owner"
        let merge = RegisterMerge(base: base, mine: mine, theirs: theirs)
        #expect(merge.conflicts.isEmpty)
        let merged = try #require(merge.resolved(keepMine: []))
        #expect(merged.entries.count == base.entries.count, "the same risk once, not R1 and R9")
        #expect(merged.entries[0].id == "R9" && merged.entries[0].owner == "New owner")
        #expect(merged.entries[0].uid == base.entries[0].uid)
    }

    @Test func twoRisksAddedOnBothSidesUnderOneIdAreBothKept() throws {
        var mine = base
        mine.entries.append(Entry(id: "R8", uid: EntryUID.new(), kind: .risk, title: "Cyber attack on schools"))
        var theirs = base
        theirs.entries.append(Entry(id: "R8", uid: EntryUID.new(), kind: .risk, title: "Flooding of county roads"))
        let merge = RegisterMerge(base: base, mine: mine, theirs: theirs)
        #expect(merge.conflicts.isEmpty)
        let merged = try #require(merge.resolved(keepMine: []))
        #expect(Set(merged.entries.filter { $0.id == "R8" }.map(\.title)) == ["Cyber attack on schools", "Flooding of county roads"])
        #expect(Validator.validate(merged).contains { $0.severity == .warning && $0.field == "id" && $0.message.contains("Cyber attack") })
    }

    @Test func twoRisksAddedWithoutIdentityUnderOneIdAreBothKept() throws {
        // Typed into the JSON by hand on both sides, with no uid: both derive the same one.
        var mine = base
        mine.entries.append(Entry(id: "R8", kind: .risk, title: "Cyber attack on schools"))
        var theirs = base
        theirs.entries.append(Entry(id: "R8", kind: .risk, title: "Flooding of county roads"))
        #expect(mine.entries.last?.uid == theirs.entries.last?.uid)
        let merge = RegisterMerge(base: base, mine: mine, theirs: theirs)
        #expect(merge.conflicts.isEmpty)
        let merged = try #require(merge.resolved(keepMine: []))
        let added = merged.entries.filter { $0.id == "R8" }
        #expect(Set(added.map(\.title)) == ["Cyber attack on schools", "Flooding of county roads"])
        #expect(Set(added.map(\.uid)).count == 2, "each keeps an identity of its own")
        let again = try #require(RegisterMerge(base: base, mine: mine, theirs: theirs).resolved(keepMine: []))
        #expect(again == merged, "every merge of the same files agrees")
    }

    @Test func theSameRiskAddedAlikeOnBothSidesIsOneEntry() throws {
        var added = base
        added.entries.append(Entry(id: "R8", kind: .risk, title: "Cyber attack on schools"))
        let merged = try #require(RegisterMerge(base: base, mine: added, theirs: added).resolved(keepMine: []))
        #expect(merged.entries.filter { $0.id == "R8" }.count == 1)
    }

    @Test func theSameChangeOnBothSidesIsNoConflict() {
        var mine = base
        mine.entries[0].owner = "Same"
        var theirs = base
        theirs.entries[0].owner = "Same"
        #expect(RegisterMerge(base: base, mine: mine, theirs: theirs).conflicts.isEmpty)
    }

    @Test func anItemRemovedByOneSideAndChangedByTheOtherIsAConflict() throws {
        var mine = base
        mine.entries[0].controls.removeAll()
        var theirs = base
        theirs.entries[0].controls[0].text = "Changed"
        let merge = RegisterMerge(base: base, mine: mine, theirs: theirs)
        #expect(merge.conflicts.count == 1 && merge.conflicts[0].mine == nil)
        #expect(try #require(merge.resolved(keepMine: [true])).entries[0].controls.isEmpty)
        #expect(try #require(merge.resolved(keepMine: [false])).entries[0].controls.map(\.text) == ["Changed"])
    }

    @Test func anItemRemovedByOneSideAndLeftAloneByTheOtherIsRemoved() throws {
        var mine = base
        mine.entries[0].controls.removeAll()
        var theirs = base
        theirs.entries[1].owner = "Other"
        let merged = try #require(RegisterMerge(base: base, mine: mine, theirs: theirs).resolved(keepMine: []))
        #expect(merged.entries[0].controls.isEmpty && merged.entries[1].owner == "Other")
    }

    @Test func myAddedItemKeepsItsPlaceAfterTheItemItFollows() throws {
        var mine = base
        mine.entries[0].controls.append(Item(id: "c9", text: "Mine after c1"))
        var theirs = base
        theirs.entries[0].controls.insert(Item(id: "c0", text: "Theirs first"), at: 0)
        let merged = try #require(RegisterMerge(base: base, mine: mine, theirs: theirs).resolved(keepMine: []))
        #expect(merged.entries[0].controls.map(\.id) == ["c0", "c1", "c9"])
    }
}

/// Where a merge puts what only one side added, and how recorded conflicts combine.
@Suite(.timeLimit(.minutes(15))) struct RegisterMergeOrderTests {
    private func entry(_ id: String) -> Entry { Entry(id: id, uid: id.lowercased(), kind: .risk, title: id) }

    @Test func myAdditionsFollowTheEntryTheyFollowInMineInMyOrder() throws {
        let base = Fixtures.register(entries: ["A", "B", "C"].map(entry))
        let mine = Fixtures.register(entries: ["X", "A", "P", "Q", "B", "C", "Z"].map(entry))
        let theirs = Fixtures.register(entries: ["A", "T", "B", "C"].map(entry))
        let merged = try #require(RegisterMerge(base: base, mine: mine, theirs: theirs).resolved(keepMine: []))
        #expect(merged.entries.map(\.id) == ["X", "A", "P", "Q", "T", "B", "C", "Z"])
        // An addition after an entry they removed goes to the start, as do the ones that follow it.
        let removed = Fixtures.register(entries: ["B", "C"].map(entry))
        let afterRemoved = Fixtures.register(entries: ["A", "M", "N", "B", "C"].map(entry))
        let merged2 = try #require(RegisterMerge(base: base, mine: afterRemoved, theirs: removed).resolved(keepMine: []))
        #expect(merged2.entries.map(\.id) == ["M", "N", "B", "C"])
    }

    @Test func recordedConflictsAreUnitedOnceEachInOrder() {
        let a = MergeConflict(location: .field(entry: "u1", key: "owner"), mine: .string("a"), theirs: .string("b"))
        let b = MergeConflict(location: .field(entry: "u2", key: "owner"), mine: .string("c"), theirs: .string("d"))
        let c = MergeConflict(location: .register(key: "title"), base: .string("t"), mine: .string("e"), theirs: .string("f"))
        #expect(MergeConflict.union([a, b], [b, a, c], [c]) == [a, b, c])
        let many = (0..<5_000).map { MergeConflict(location: .field(entry: "u\($0)", key: "owner"), mine: .string("m"), theirs: .string("t")) }
        #expect(MergeConflict.union(many, many.reversed()) == many)
    }
}
