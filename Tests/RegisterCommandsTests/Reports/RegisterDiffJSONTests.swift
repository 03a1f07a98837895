import RegisterCommands
import RiskRegister
import Testing

/// `riskreg diff --json`.
@Suite(.timeLimit(.minutes(15)))
struct RegisterDiffJSONTests {
    @Test func eachChangeIsAnObjectWithNullsWhereItHasNoPart() throws {
        let diff = RegisterDiff(before: try ShippedData.register("lcc-2021-22-q3").register, after: try ShippedData.register("lcc-2021-22-q4").register)
        let json = RegisterDiffJSON.value(diff)
        #expect(json.elements.count == diff.changes.count)
        #expect(json.elements.allSatisfy { $0.keys == ["entry", "field", "change", "before", "after"] })
        #expect(json[0] == .object(["entry": .null, "field": .string("period"), "change": .string("changed"),
                                    "before": .string("“2021/22 Q3”"), "after": .string("“2021/22 Q4”")]))
        let removed = try #require(json.elements.first { $0["entry"] == .string("Corp 3") })
        #expect(removed["field"] == .null)
    }

    @Test func identicalRegistersHaveNoChanges() throws {
        let register = try ShippedData.register("lcc-2021-22-q4").register
        #expect(RegisterDiffJSON.value(RegisterDiff(before: register, after: register)) == .array([]))
    }
}
