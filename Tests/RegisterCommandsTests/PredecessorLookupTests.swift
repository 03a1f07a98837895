import Foundation
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

    /// From the headers of the listing, the same register as from every register decoded.
    @Test func fromHeadersTheSameRegisterAsFromEveryRegisterDecoded() throws {
        let all = try ShippedData.all()
        let files = try DirectoryListing.of(ShippedData.directory).files
        for loaded in all {
            #expect(PredecessorLookup.register(before: loaded, inFiles: files)?.stem
                    == PredecessorLookup.register(before: loaded, among: all)?.stem, "\(loaded.stem)")
        }
    }

    /// A file whose header names the right period but whose register does not load is passed
    /// over for the one before it, as decoding every register passes it over.
    @Test func aPredecessorThatDoesNotLoadIsPassedOver() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-predecessor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for loaded in try ShippedData.all() {
            try Data(loaded.diskBytes).write(to: directory.appendingPathComponent(loaded.fileName))
        }
        let q3 = directory.appendingPathComponent("lcc-2021-22-q3.json")
        var text = try String(contentsOf: q3, encoding: .utf8)
        let entries = try #require(text.range(of: "\"entries\": ["))
        text.replaceSubrange(entries, with: "\"entries\": [17, ")
        try text.write(to: q3, atomically: true, encoding: .utf8)
        #expect((try? RegisterStore.load(q3).get()) == nil, "the damaged file does not load")
        let files = try DirectoryListing.of(directory).files
        let q4 = try RegisterStore.load(directory.appendingPathComponent("lcc-2021-22-q4.json")).get()
        #expect(PredecessorLookup.register(before: q4, inFiles: files)?.stem == "lcc-2019-20-q1")
        #expect(PredecessorLookup.register(before: q4, among: try RegisterStore.scan(directory).registers)?.stem == "lcc-2019-20-q1")
    }
}
