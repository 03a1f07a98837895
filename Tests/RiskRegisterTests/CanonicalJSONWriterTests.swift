import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct CanonicalJSONWriterTests {
    @Test func writesTwoSpaceIndentOneValuePerLineAndTrailingNewline() {
        let value = JSONValue.object(["a": .array([.int(1), .string("x")]), "b": .object([:]), "c": .array([])])
        #expect(CanonicalJSONWriter.text(of: value) == """
        {
          "a": [
            1,
            "x"
          ],
          "b": {},
          "c": []
        }

        """)
    }

    @Test func escapesOnlyQuotesBackslashesAndControlCharacters() {
        let text = CanonicalJSONWriter.text(of: .string("£ – ’ • ↑ 日本 \"q\" \\ / \n\t\u{1B}[31m\u{7F}"))
        #expect(text == "\"£ – ’ • ↑ 日本 \\\"q\\\" \\\\ / \\n\\t\\u001b[31m\\u007f\"\n")
    }

    @Test func parseThenWriteIsIdentityOnCanonicalText() throws {
        let canonical = CanonicalJSONWriter.text(of: .object([
            "z": .number("1.50e3"), "a": .string("日本語 £"), "m": .array([.null, .bool(false), .object(["k": .int(-2)])]),
        ]))
        let reparsed = try JSONParser.parse(Fixtures.utf8(canonical))
        #expect(CanonicalJSONWriter.text(of: reparsed) == canonical)
    }
}
