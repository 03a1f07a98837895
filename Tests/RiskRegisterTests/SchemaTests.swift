import Foundation
import Testing

/// Every shipped file passes docs/register.schema.json under a real JSON Schema validator
/// (Python's jsonschema, installed with pip when missing).
@Suite struct SchemaTests {
    @Test func everyShippedFilePassesTheSchema() throws {
        let script = """
        import json, subprocess, sys
        try:
            import jsonschema
        except ImportError:
            subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "jsonschema"])
            import jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        bad = 0
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
                bad += 1
                print(f"{path}: {'/'.join(map(str, error.path))}: {error.message}")
        print(f"checked {len(sys.argv) - 2} files, {bad} errors")
        sys.exit(1 if bad else 0)
        """
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.dataDirectory.path)
            .filter { $0.hasSuffix(".json") }.sorted()
            .map { Fixtures.dataDirectory.appendingPathComponent($0).path }
        #expect(files.count == 5)
        let result = try run("/usr/bin/env", ["python3", "-c", script, Fixtures.docsDirectory.appendingPathComponent("register.schema.json").path] + files)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("checked 5 files, 0 errors"))
    }

    @Test func theSchemaRejectsABrokenRegister() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bad.json")
        try Data(#"{"format": "riskreg-register", "version": 1, "entries": [{"id": "X", "kind": "threat"}]}"#.utf8).write(to: file)
        let script = """
        import json, sys, jsonschema
        v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
        sys.exit(1 if list(v.iter_errors(json.load(open(sys.argv[2])))) else 0)
        """
        let result = try run("/usr/bin/env", ["python3", "-c", script, Fixtures.docsDirectory.appendingPathComponent("register.schema.json").path, file.path])
        #expect(result.status == 1)
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
