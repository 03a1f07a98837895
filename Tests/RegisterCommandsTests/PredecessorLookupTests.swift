import RegisterCommands
import RiskRegister
import Testing

/// The register a register follows among those of its data directory.
@Suite(.timeLimit(.minutes(15)))
struct PredecessorLookupTests {
    @Test func eachShippedRegisterFollowsTheOneBeforeIt() throws {
        let all = try ShippedData.all()
        func predecessor(_ stem: String) throws -> String? {
            PredecessorLookup.register(before: try ShippedData.register(stem), among: all)?.stem
        }
        #expect(try predecessor("lcc-2021-22-q4") == "lcc-2021-22-q3")
        #expect(try predecessor("lcc-2021-22-q3") == "lcc-2019-20-q1")
        #expect(try predecessor("lcc-2016-17-q4") == "lcc-2016-17-q3")
        #expect(try predecessor("lcc-2016-17-q3") == nil)
    }

    @Test func noRegistersNoPredecessor() throws {
        #expect(PredecessorLookup.register(before: try ShippedData.register("lcc-2021-22-q4"), among: []) == nil)
    }
}
