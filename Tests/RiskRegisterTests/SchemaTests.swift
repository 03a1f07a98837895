import Foundation
import Testing
@testable import RiskRegister

/// Every shipped file passes docs/register.schema.json under a real JSON Schema validator
/// (Python's jsonschema, installed with pip when missing), and the schema rejects broken files.
/// A validator that cannot run is a failure, never a pass: every check below reads a report the
/// validator printed, so a Python that cannot import jsonschema (or is missing) fails the test.
@Suite(.timeLimit(.minutes(15))) struct SchemaTests {
    @Test func everyShippedFilePassesTheSchema() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.dataDirectory.path)
            .filter { $0.hasSuffix(".json") }.sorted()
            .map { Fixtures.dataDirectory.appendingPathComponent($0) }
        #expect(files.count == 5)
        let report = try SchemaValidator.validate(files)
        #expect(report.keys.sorted() == files.map(\.path).sorted(), "every file was checked")
        for file in files {
            #expect(report[file.path] == [], "\(file.lastPathComponent) breaks the schema")
        }
    }

    @Test func theSchemaRejectsABrokenRegister() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let skeleton = directory.appendingPathComponent("skeleton.json")
        try Data(#"{"format": "riskreg-register", "version": 1, "entries": [{"id": "X", "kind": "threat"}]}"#.utf8).write(to: skeleton)

        // A shipped file with two values broken: only those two are reported, at their paths.
        let shipped = Fixtures.dataDirectory.appendingPathComponent("lcc-2021-22-q4.json")
        var register = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: shipped)) as? [String: Any])
        var entries = try #require(register["entries"] as? [[String: Any]])
        var current = try #require(entries[0]["current"] as? [String: Any])
        current["likelihood"] = "four"
        entries[0]["current"] = current
        register["entries"] = entries
        var scale = try #require(register["scale"] as? [String: Any])
        var bands = try #require(scale["bands"] as? [[String: Any]])
        bands[0]["colour"] = "blue"
        scale["bands"] = bands
        register["scale"] = scale
        let edited = directory.appendingPathComponent("edited.json")
        try JSONSerialization.data(withJSONObject: register).write(to: edited)

        let report = try SchemaValidator.validate([skeleton, edited])
        let skeletonErrors = try #require(report[skeleton.path], "\(report)")
        for missing in ["organisation", "title", "period", "source", "scale"] {
            #expect(skeletonErrors.contains(": '\(missing)' is a required property"), "\(skeletonErrors)")
        }
        #expect(skeletonErrors.contains { $0.hasPrefix("entries/0/kind: 'threat' is not one of") }, "\(skeletonErrors)")
        let editedErrors = try #require(report[edited.path], "\(report)")
        #expect(editedErrors.map { String($0.prefix { $0 != ":" }) }.sorted() == ["entries/0/current/likelihood", "scale/bands/0/colour"],
                "\(editedErrors)")
    }

    @Test func theSchemaTakesAnAppetiteAsRiskregWritesItAndRejectsABadOne() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var register = Fixtures.register()
        register.appetite = RiskAppetite(defaultLimit: .level(.cautious), types: ["Financial": .score(6)])
        let good = directory.appendingPathComponent("good.json")
        try Data(Fixtures.bytes(register)).write(to: good)
        let bad = directory.appendingPathComponent("bad.json")
        let badText = String(decoding: Fixtures.bytes(register), as: UTF8.self)
            .replacingOccurrences(of: "\"Financial\": 6", with: "\"Financial\": 30")
            .replacingOccurrences(of: "\"default\": \"cautious\"", with: "\"default\": \"bold\"")
        try Data(badText.utf8).write(to: bad)
        let report = try SchemaValidator.validate([good, bad])
        #expect(report[good.path] == [], "\(report)")
        let errors = try #require(report[bad.path], "\(report)")
        #expect(errors.map { String($0.prefix { $0 != ":" }) }.sorted() == ["appetite/default", "appetite/types/Financial"], "\(errors)")
    }
}

/// Python's jsonschema (Draft 2020-12) over docs/register.schema.json.
enum SchemaValidator {
    /// The schema's errors in each file, by path ("instance/path: message"; an empty list when the
    /// file is valid). Throws, with what Python printed, when the validator itself cannot run.
    static func validate(_ files: [URL]) throws -> [String: [String]] {
        try available.get()
        let script = """
        import json, sys
        try:
            import jsonschema
        except Exception as error:
            sys.exit(f"cannot import jsonschema: {error!r}")
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        report = {}
        for path in sys.argv[2:]:
            instance = json.load(open(path, encoding="utf-8"))
            report[path] = sorted(f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
                                  for error in validator.iter_errors(instance))
        print(json.dumps({"validator": "jsonschema", "report": report}))
        """
        let schema = Fixtures.docsDirectory.appendingPathComponent("register.schema.json")
        let result = try python(["-c", script, schema.path] + files.map(\.path))
        guard result.status == 0 else {
            throw Failure(description: "the JSON Schema validator failed (python3 status \(result.status)):\n\(result.output)")
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
              object["validator"] as? String == "jsonschema",
              let report = object["report"] as? [String: [String]] else {
            throw Failure(description: "the JSON Schema validator printed no report:\n\(result.output)")
        }
        return report
    }

    /// Why the validator could not run.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Python 3 with jsonschema importable, checked once per test process: installed with
    /// `python3 -m pip install jsonschema` when the import fails, a failure when it still does.
    private static let available: Result<Void, Failure> = {
        let probe = "import jsonschema"
        do {
            let first = try python(["-c", probe])
            if first.status == 0 { return .success(()) }
            let install = try python(["-m", "pip", "install", "jsonschema"])
            let second = try python(["-c", probe])
            if second.status == 0 { return .success(()) }
            return .failure(Failure(description: """
                the schema tests need Python 3 with jsonschema and `import jsonschema` fails:
                \(second.output)
                `python3 -m pip install jsonschema` (status \(install.status)) said:
                \(install.output)
                Install it (.ci/run does) and run the tests again.
                """))
        } catch {
            return .failure(Failure(description: "the schema tests need Python 3 (python3 in PATH) with jsonschema: \(error)"))
        }
    }()

    /// Runs python3 (through /usr/bin/env, so found in PATH); its status, standard output and both
    /// streams together.
    private static func python(_ arguments: [String]) throws -> (status: Int32, stdout: String, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdout = Pipe()
        let stderrFile = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-python-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: stderrFile) }
        let stderr = try FileHandle(forWritingTo: stderrFile)
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try stderr.close()
        let err = String(decoding: try Data(contentsOf: stderrFile), as: UTF8.self)
        return (process.terminationStatus, out, out + err)
    }
}
