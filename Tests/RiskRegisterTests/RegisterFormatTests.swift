import Foundation
import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct RegisterFormatTests {
    @Test func encodeThenDecodeGivesTheSameRegister() throws {
        let register = Fixtures.register()
        #expect(try Fixtures.decode(Fixtures.bytes(register)) == register)
    }

    @Test func writesKeysInCanonicalOrder() throws {
        let text = String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self)
        let order = ["\"format\"", "\"version\"", "\"organisation\"", "\"title\"", "\"period\"", "\"source\"", "\"scale\"", "\"entries\""]
        let positions = try order.map { key in try #require(text.range(of: key)).lowerBound }
        #expect(positions == positions.sorted())
        let entryKeys = ["\"id\"", "\"kind\"", "\"description\"", "\"controls\"", "\"owner\"", "\"current\"", "\"target\"",
                         "\"residual\"", "\"targetDate\"", "\"direction\"", "\"confidence\"", "\"notes\"", "\"history\""]
        let entryStart = try #require(text.range(of: "\"entries\"")).upperBound
        let entryPositions = try entryKeys.map { key in try #require(text.range(of: key, range: entryStart..<text.endIndex)).lowerBound }
        #expect(entryPositions == entryPositions.sorted())
        #expect(text.hasSuffix("}\n"))
    }

    @Test(arguments: ["lcc-2016-17-q3", "lcc-2016-17-q4", "lcc-2019-20-q1", "lcc-2021-22-q3", "lcc-2021-22-q4"])
    func shippedFilesRoundTripByteForByte(stem: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Fixtures.dataDirectory.appendingPathComponent("\(stem).json")))
        let register = try Fixtures.decode(bytes)
        #expect(RegisterFile.encode(register) == bytes, "\(stem).json is not canonical: run riskreg fmt")
    }

    @Test func unknownKeysSurviveARoundTripInPlace() throws {
        var text = String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"version\": 1,", with: "\"version\": 1,\n  \"zeta\": {\"keep\": [1.50, true]},")
        text = text.replacingOccurrences(of: "\"id\": \"R1\",", with: "\"id\": \"R1\",\n      \"committeeRef\": \"ARG-7\",")
        text = text.replacingOccurrences(of: "\"text\": \"Monthly monitoring\",", with: "\"text\": \"Monthly monitoring\",\n          \"rag\": \"amber\",")
        let register = try Fixtures.decode(Fixtures.utf8(text))
        #expect(register.unknownKeys["zeta"] == .object(["keep": .array([.number("1.50"), .bool(true)])]))
        #expect(register.entries[0].unknownKeys["committeeRef"] == .string("ARG-7"))
        #expect(register.entries[0].controls[0].unknownKeys["rag"] == .string("amber"))
        let written = String(decoding: RegisterFile.encode(register), as: UTF8.self)
        #expect(written.contains("\"committeeRef\": \"ARG-7\""))
        #expect(written.contains("\"rag\": \"amber\""))
        #expect(written.contains("\"keep\": [\n      1.50,\n      true\n    ]"))
        #expect(try Fixtures.decode(RegisterFile.encode(register)) == register)
    }

    @Test func unknownKeysSurviveWhenAKnownOptionalKeyIsAbsent() throws {
        var text = String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"text\": \"Monthly monitoring\",\n          \"heading\": \"Finance\"",
                                         with: "\"text\": \"Monthly monitoring\", \"rag\": \"amber\", \"a\": 1, \"b\": 2, \"c\": 3")
        let register = try Fixtures.decode(Fixtures.utf8(text))
        #expect(register.entries[0].controls[0].heading == nil)
        // As many unknown keys as absent known ones (heading, level, date, author): all must survive.
        #expect(register.entries[0].controls[0].unknownKeys == ["rag": .string("amber"), "a": .int(1), "b": .int(2), "c": .int(3)])
    }

    @Test func formatProblemsNameEntryAndField() {
        var text = String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"likelihood\": 4,", with: "\"likelihood\": \"4\",")
        text = text.replacingOccurrences(of: "\"kind\": \"opportunity\"", with: "\"kind\": \"chance\"")
        let problems = formatProblems(text)
        #expect(problems.contains(FormatProblem(entryID: "R1", field: "current.likelihood", message: "expected an integer, found string \"4\"")))
        #expect(problems.contains(FormatProblem(entryID: "O1", field: "kind", message: "\"chance\" is not one of \"risk\", \"opportunity\"")))
    }

    @Test func missingRequiredKeysAreReported() {
        var text = String(decoding: Fixtures.bytes(Fixtures.register()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"owner\": \"Director\",", with: "")
        text = text.replacingOccurrences(of: "\"organisation\": \"Test Council\",", with: "")
        let problems = formatProblems(text)
        #expect(problems.map(\.description).contains("field organisation: missing"))
        #expect(problems.contains { $0.entryID == "O1" && $0.field == "owner" })
    }

    @Test(arguments: [
        ("[]", "field (top level): expected an object, found array"),
        ("{\"format\": \"riskreg-register\", \"version\": 2}", "field version: version 2 is not supported"),
        ("{\"format\": \"other\"}", "field format: \"other\" is not \"riskreg-register\""),
    ])
    func wrongShapesGetClearMessages(text: String, expected: String) {
        let problems = formatProblems(text)
        #expect(problems.contains { $0.description.hasPrefix(expected) }, "\(problems)")
    }

    @Test func syntaxErrorsCarryFileLineAndColumn() {
        let bytes = Array(Fixtures.bytes(Fixtures.register()).prefix(200))
        guard case .failure(let error) = RegisterFile.decode(bytes) else {
            Issue.record("truncated JSON must not decode")
            return
        }
        let message = error.messages(file: "Data/x.json")[0]
        #expect(message.hasPrefix("Data/x.json:"))
        #expect(message.contains(": error: unexpected end of file") || message.contains(": error: unterminated string"))
    }

    /// The format problems decoding `text` reports; an issue when it decodes or fails otherwise.
    private func formatProblems(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [FormatProblem] {
        guard case .failure(.format(let problems)) = RegisterFile.decode(Fixtures.utf8(text)) else {
            Issue.record("expected format problems", sourceLocation: sourceLocation)
            return []
        }
        return problems
    }
}

/// Entry identities in the file: stored, derived for files without them, kept unique.
@Suite(.timeLimit(.minutes(15))) struct EntryIdentityFormatTests {
    private func decode(_ entries: [String]) throws -> Register {
        var text = String(decoding: RegisterFile.encode(Fixtures.register(entries: [])), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"entries\": []", with: "\"entries\": [" + entries.joined(separator: ",") + "]")
        return try Fixtures.decode(Array(text.utf8))
    }

    private func entry(_ id: String, uid: String? = nil, title: String = "t", extra: String = "") -> String {
        let stored = uid.map { "\"uid\": \"\($0)\", " } ?? ""
        return """
        {"id": "\(id)", \(stored)"kind": "risk", "title": "\(title)", "type": null, "description": [], "consequences": [],
         "controls": [], "controlOwner": null, "actions": [], "actionOwner": null, "progress": [], "owner": null,
         "current": {"likelihood": null, "impact": null, "score": null}, "target": {"likelihood": null, "impact": null, "score": null},
         "residual": {"likelihood": null, "impact": null, "score": null}, "targetDate": null,
         "direction": {"trend": "unknown", "text": null}, "confidence": {"q1": null, "q2": null, "q3": null, "q4": null},
         "notes": [], "history": []\(extra)}
        """
    }

    @Test func aStoredIdentityIsReadAndWrittenAfterTheId() throws {
        let register = try decode([entry("Corp 4", uid: "3fa2b1c0d4e5")])
        #expect(register.entries[0].uid == "3fa2b1c0d4e5")
        let text = String(decoding: RegisterFile.encode(register), as: UTF8.self)
        #expect(text.contains("\"id\": \"Corp 4\",\n      \"uid\": \"3fa2b1c0d4e5\",\n      \"kind\": \"risk\""))
    }

    @Test func aFileWithoutIdentitiesDerivesTheSameOnesOnEveryLoad() throws {
        let first = try decode([entry("Corp 4"), entry("Corp 5"), entry("CORP4", title: "again")])
        let second = try decode([entry("Corp 4"), entry("Corp 5"), entry("CORP4", title: "again")])
        #expect(first.entries.map(\.uid) == second.entries.map(\.uid))
        #expect(Set(first.entries.map(\.uid)).count == 3, "a repeated printed id still gets an identity of its own")
        #expect(first.entries[0].uid == EntryUID.derived(id: "corp 4", previousIds: nil, ordinal: 0), "case and spaces are ignored")
    }

    @Test func aRepeatedStoredIdentityGivesTheLaterEntryOneOfItsOwn() throws {
        // A block of JSON copied to start a new risk: both entries load, the copy as a new risk.
        let register = try decode([entry("Corp 4", uid: "aaaaaaaaaaaa"), entry("Corp 8", uid: "aaaaaaaaaaaa", title: "copy")])
        #expect(register.entries.count == 2)
        #expect(register.entries[0].uid == "aaaaaaaaaaaa" && register.entries[1].uid != "aaaaaaaaaaaa")
        #expect(try decode([entry("Corp 4", uid: "aaaaaaaaaaaa"), entry("Corp 8", uid: "aaaaaaaaaaaa", title: "copy")]) == register)
    }

    @Test func aMalformedIdentityIsAProblemNamingEntryAndField() {
        #expect(throws: (any Error).self) { try decode([entry("Corp 4", uid: "has space")]) }
        let bytes = Array(String(decoding: RegisterFile.encode(Fixtures.register(entries: [])), as: UTF8.self)
            .replacingOccurrences(of: "\"entries\": []", with: "\"entries\": [" + entry("Corp 4", uid: "has space") + "]").utf8)
        guard case .failure(let failure) = RegisterFile.decode(bytes) else {
            Issue.record("a uid with a space decoded")
            return
        }
        #expect(failure.messages(file: "r.json").contains { $0.contains("entry Corp 4, field uid") })
    }

    @Test func linksAreReadAndWrittenWithTheirType() throws {
        let link = #", "links": [{"type": "escalated-to", "uid": "bbbbbbbbbbbb", "register": "lcc-2021-22-q4", "id": "Corp 4"}]"#
        let register = try decode([entry("D1", uid: "aaaaaaaaaaaa", extra: link)])
        #expect(register.entries[0].links == [EntryLink(kind: .escalatedTo, uid: "bbbbbbbbbbbb", register: "lcc-2021-22-q4", id: "Corp 4")])
        #expect(try Fixtures.decode(RegisterFile.encode(register)) == register)
        let bad = #", "links": [{"type": "sideways", "uid": "b"}]"#
        #expect(throws: (any Error).self) { try decode([entry("D1", extra: bad)]) }
    }
}
