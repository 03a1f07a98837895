import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct JSONParserTests {
    @Test func keepsKeyOrderAndNumberLiterals() throws {
        let value = try JSONParser.parse(Fixtures.utf8(#"{"b": 1.50, "a": [true, null, -0, 2e3], "c": "x"}"#))
        guard case .object(let members) = value else {
            Issue.record("expected object")
            return
        }
        #expect(Array(members.keys) == ["b", "a", "c"])
        #expect(members["b"] == .number("1.50"))
        #expect(members["a"] == .array([.bool(true), .null, .number("-0"), .number("2e3")]))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(Fixtures.utf8(#""a\"b\\c\/\n\u00e9\ud83d\ude00£""#))
        #expect(value == .string("a\"b\\c/\né😀£"))
    }

    @Test(arguments: [
        ("{\"a\": 1,\n  \"b\": }", 2, 8, "expected a value"),
        ("{\"a\": 1", 1, 8, "expected ',' or '}'"),
        ("", 1, 1, "empty"),
        ("   \n  ", 2, 3, "empty"),
        ("[1, 2,]", 1, 7, "expected a value"),
        ("{\"a\": tru}", 1, 10, "expected 'true'"),
        ("{\"a\": \"x\ny\"}", 1, 9, "control character"),
        ("{\"a\": 01}", 1, 8, "leading zero"),
        ("{\"a\": 1} x", 1, 10, "after the end"),
        ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key"),
        ("\"\\x\"", 1, 3, "invalid escape"),
        ("{\"é\": [1,, 2]}", 1, 10, "expected a value"),
    ])
    func reportsLineAndColumn(text: String, line: Int, column: Int, message: String) {
        #expect {
            try JSONParser.parse(Fixtures.utf8(text))
        } throws: { error in
            guard let error = error as? JSONSyntaxError else { return false }
            return error.line == line && error.column == column && error.message.contains(message)
        }
    }

    @Test func rejectsInvalidUTF8WithPosition() {
        let bytes: [UInt8] = Array("{\n  \"a\": \"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        #expect(throws: JSONSyntaxError(line: 2, column: 9, message: "invalid UTF-8 byte 0xC3")) {
            try JSONParser.parse(bytes)
        }
    }

    @Test func rejectsDeepNestingWithoutCrashing() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Fixtures.utf8(text)) }
    }

    @Test func parsesATenMegabyteString() throws {
        let big = String(repeating: "risk ", count: 2_000_000)
        let value = try JSONParser.parse(Fixtures.utf8("{\"s\": \"\(big)\"}"))
        guard case .object(let members) = value, case .string(let text)? = members["s"] else {
            Issue.record("expected a string member")
            return
        }
        #expect(text.utf8.count == 10_000_000)
    }

    @Test func skipsByteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Fixtures.utf8("[]")) == .array([]))
    }
}
