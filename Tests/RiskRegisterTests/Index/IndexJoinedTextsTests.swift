import PropertyBased
import Testing
@testable import RiskRegister

/// An index row's ids and titles, each list one blob: read back exactly, and refused when the
/// blob does not hold the count stated beside it.
@Suite(.timeLimit(.minutes(15))) struct IndexJoinedTextsTests {
    private func readBack(_ texts: [String], count: Int) -> [String]? {
        JoinedTexts.bytes(of: texts).withUnsafeBufferPointer { JoinedTexts.texts($0, count: count) }
    }

    @Test func listsReadBackExactly() async {
        let pieces = ["", "CO1", "a b", "café", "e\u{301}", "\u{0}", "👍🏽", "\n"]
        await propertyCheck(count: 300, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...6).array(of: 0...8)) { picks in
            let texts = picks.map { $0.map { pieces[$0] }.joined() }
            #expect(readBack(texts, count: texts.count) == texts)
        }
    }

    @Test func aCountTheBlobDoesNotHoldIsRefused() {
        #expect(readBack([], count: 0) == [])
        #expect(readBack([""], count: 1) == [""])
        #expect(readBack(["", ""], count: 2) == ["", ""])
        #expect(readBack(["a", "b"], count: 1) == nil)
        #expect(readBack(["a", "b"], count: 3) == nil)
        #expect(readBack(["a"], count: 0) == nil)
        #expect(readBack([], count: 1 << 40) == nil, "no room is made for a count the bytes cannot hold")
    }
}
