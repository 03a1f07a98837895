import Foundation
import Testing

/// The risk appetite on the command line: `list --outside-appetite` and the summary's flag, on a
/// temporary copy of Data/ whose 2021/22 Q4 states an appetite.
@Suite(.timeLimit(.minutes(10))) struct AppetiteCommandTests {
    /// A copy of Data/ with `appetite` added to 2021/22 Q4 (key order is not kept; riskreg reads any).
    private func dataDirectory(appetite: [String: Any]?) throws -> URL {
        let data = try Binary.temporaryData()
        guard let appetite else { return data }
        let url = data.appendingPathComponent("lcc-2021-22-q4.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        object["appetite"] = appetite
        try JSONSerialization.data(withJSONObject: object).write(to: url)
        return data
    }

    @Test func listShowsOnlyTheRisksOutsideAppetiteAndFlagsThemOtherwise() throws {
        let data = try dataDirectory(appetite: ["default": 12, "types": ["Economic": "cautious"]])
        defer { try? FileManager.default.removeItem(at: data) }
        let outside = try Binary.run(["list", "--register", "lcc-2021-22-q4", "--outside-appetite", "--data", data.path])
        #expect(outside.status == 0, "\(outside.stderr)")
        let ids = outside.stdout.split(separator: "\n").dropFirst(2).map { String($0.prefix(8)).trimmingCharacters(in: .whitespaces) }
        #expect(ids == ["Corp 1", "Corp 4", "Corp 5", "Corp 6", "Corp 7"], "\(outside.stdout)")
        let all = try Binary.run(["list", "--register", "lcc-2021-22-q4", "--data", data.path])
        let lines = all.stdout.split(separator: "\n").map(String.init)
        #expect(lines[1].contains("APPETITE"))
        #expect(lines.filter { $0.contains(" outside ") }.count == 5, "\(all.stdout)")

        let summary = try Binary.run(["summary", "--register", "lcc-2021-22-q4", "--format", "json", "--data", data.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.filter { $0["outsideAppetite"] as? Bool == true }.map { $0["id"] as? String }
                == ["Corp1", "Corp4", "Corp5", "Corp6", "Corp7"])
        let text = try Binary.run(["summary", "--register", "lcc-2021-22-q4", "--data", data.path])
        #expect(text.stdout.contains("Appetite 12; Economic cautious (9): 5 risks outside"), "\(text.stdout)")
    }

    @Test func aRegisterWithoutAppetiteIsAnErrorForTheFilterAndPrintsNoColumn() throws {
        let data = try dataDirectory(appetite: nil)
        defer { try? FileManager.default.removeItem(at: data) }
        let outside = try Binary.run(["list", "--register", "lcc-2021-22-q4", "--outside-appetite", "--data", data.path])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("lcc-2021-22-q4.json states no risk appetite"), "\(outside.stderr)")
        #expect(outside.stdout.isEmpty)
        let all = try Binary.run(["list", "--register", "lcc-2021-22-q4", "--data", data.path])
        #expect(!all.stdout.contains("APPETITE"))
    }
}
