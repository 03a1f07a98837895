import Testing

/// Python modules the end-to-end tests need beyond the standard library, installed with pip when
/// missing. A module that cannot be installed fails the test; nothing skips.
enum PythonModule {
    /// Makes sure `python3 -c 'import NAME'` works, installing `package` with pip if not.
    static func require(_ name: String, package: String) throws {
        if try Spawn.run(["python3", "-c", "import \(name)"]).status == 0 { return }
        let install = try Spawn.run(["python3", "-m", "pip", "install", "--quiet", package])
        try #require(install.status == 0, "pip install \(package) failed: \(install.output)")
        let check = try Spawn.run(["python3", "-c", "import \(name)"])
        try #require(check.status == 0, "python3 cannot import \(name) after pip installed \(package): \(check.output)")
    }

    /// Runs a Python script with arguments; its output, or a failure with what it printed.
    static func run(_ script: String, _ arguments: [String]) throws -> String {
        let result = try Spawn.run(["python3", "-c", script] + arguments)
        try #require(result.status == 0, "python3 failed: \(result.output)")
        return result.output
    }
}
