import Foundation
import Testing
@testable import RiskRegister

/// Files that are valid JSON but hostile: every number is range-checked and every size bounded at
/// the decoder, so nothing downstream (validator, list, show, the browser) can overflow or trap.
@Suite(.timeLimit(.minutes(15))) struct HostileFileTests {
    /// The fixture register as JSON text with one value of its first entry replaced.
    private func register(replacing key: String, in object: String, with literal: String) -> [UInt8] {
        var text = String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self)
        let marker = "\"\(object)\": {"
        guard let objectStart = text.range(of: marker),
              let keyRange = text.range(of: "\"\(key)\": ", range: objectStart.upperBound..<text.endIndex),
              let valueEnd = text[keyRange.upperBound...].firstIndex(where: { $0 == "," || $0 == "\n" }) else {
            Issue.record("no \(object).\(key) in the fixture")
            return []
        }
        text.replaceSubrange(keyRange.upperBound..<valueEnd, with: literal)
        return Array(text.utf8)
    }

    private func problems(_ bytes: [UInt8]) -> [String] {
        switch RegisterFile.decode(bytes) {
        case .success: return []
        case .failure(let error): return error.messages(file: "x.json")
        }
    }

    @Test(arguments: ["4611686018427387904", "9223372036854775807", "-1", "0", "6", "9"])
    func aFactorOutsideOneToFiveIsAnErrorByEntryAndField(literal: String) {
        let messages = problems(register(replacing: "likelihood", in: "current", with: literal))
        #expect(messages == ["x.json: error: entry R1, field current.likelihood: must be a whole number from 1 to 5, found number \(literal)"])
    }

    @Test(arguments: ["26", "-3", "0", "4611686018427387904"])
    func aScoreOutsideOneToTwentyFiveIsAnError(literal: String) {
        let messages = problems(register(replacing: "score", in: "current", with: literal))
        #expect(messages.count == 1 && messages[0].contains("field current.score: must be a whole number from 1 to 25"))
    }

    @Test(arguments: ["-1", "4", "9223372036854775807"])
    func anItemLevelOutsideZeroToThreeIsAnError(literal: String) {
        var text = String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"heading\": \"Finance\"", with: "\"heading\": \"Finance\",\n\"level\": \(literal)")
        let messages = problems(Array(text.utf8))
        #expect(messages.count == 1 && messages[0].contains("level: must be a whole number from 0 to 3"), "\(messages)")
    }

    @Test func aHundredThousandDigitNumberIsNotEchoedWhole() {
        let digits = String(repeating: "7", count: 100_000)
        let messages = problems(register(replacing: "impact", in: "current", with: digits))
        #expect(messages.count == 1)
        #expect(messages[0].count < 300, "the message cuts the number: \(messages[0].prefix(200))")
        #expect(messages[0].contains("(100000 characters)"))
    }

    @Test func aTextLongerThanTheLimitIsAnError() {
        let long = String(repeating: "a", count: FormatLimits.maximumTextBytes + 1)
        var text = String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"Monthly monitoring\"", with: "\"\(long)\"")
        let messages = problems(Array(text.utf8))
        #expect(messages.count == 1 && messages[0].contains("longer than the limit of \(FormatLimits.maximumTextBytes)"))
    }

    @Test func moreElementsThanTheLimitIsAnError() {
        let items = Array(repeating: "{\"text\": \"x\"}", count: FormatLimits.maximumElements + 1).joined(separator: ",")
        var text = String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"consequences\": []", with: "\"consequences\": [\(items)]")
        let messages = problems(Array(text.utf8))
        // Both entries of the fixture got the long list.
        #expect(messages.count == 2)
        #expect(messages.allSatisfy { $0.contains("field consequences: \(FormatLimits.maximumElements + 1) elements are more than the limit") })
    }

    @Test func whatTheDecoderAcceptsTheValidatorAndEveryRatingFunctionTakes() throws {
        let register = try Fixtures.decode(register(replacing: "likelihood", in: "current", with: "5"))
        _ = Validator.validate(register)
        #expect(register.entries[0].current.product == 20)
        // A rating built in code (not from a file) with absurd factors still never traps.
        let absurd = Rating(likelihood: Int.max, impact: 2, score: 20)
        #expect(absurd.product == nil && absurd.effectiveScore == 20 && !absurd.isAnomalous)
        _ = Validator.check(Entry(id: "X", kind: .risk, title: "t", current: absurd))
    }

    @Test func theSchemaAgreesOnTheRanges() throws {
        let schema = try String(contentsOf: Fixtures.docsDirectory.appendingPathComponent("register.schema.json"), encoding: .utf8)
        #expect(schema.contains("\"factor\": {\"type\": [\"integer\", \"null\"], \"minimum\": 1, \"maximum\": 5}"))
        #expect(schema.contains("\"score\": {\"type\": [\"integer\", \"null\"], \"minimum\": 1, \"maximum\": 25}"))
    }
}
