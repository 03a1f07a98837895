import Foundation

/// VisiData (`vd`) on the same files and the same 120×40 terminal, for comparison: spawn to its
/// first frame (the status line's row count drawn), to its first row (loading done), and peak
/// memory after `gq`. Installed with pip into a venv under ~/.cache/riskreg-bench.
struct VisiDataProbe {
    /// The `vd` script of the venv.
    let executable: String
    let environment: [String: String]

    /// Spawn to the first frame and to the first row shown, with peak memory.
    struct Launch {
        var firstFrame: [Duration] = []
        var loaded: [Duration] = []
        var peakMemory: [Int] = []
        var problems: [String] = []
    }

    /// The venv's `vd`, creating the venv and installing visidata when missing; nil (with the
    /// reason printed) when that fails.
    static func prepare(home: URL, environment: [String: String]) -> VisiDataProbe? {
        let venv = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/riskreg-bench/venv")
        let vd = venv.appendingPathComponent("bin/vd").path
        if !FileManager.default.isExecutableFile(atPath: vd) {
            print("installing visidata into \(venv.path) (python3 -m venv, pip install visidata)…")
            let path = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": FileManager.default.homeDirectoryForCurrentUser.path]
            let made = ChildRun("python3", ["-m", "venv", venv.path], environment: path, timeout: 300)
            let installed = ChildRun(venv.appendingPathComponent("bin/pip").path, ["install", "--quiet", "visidata"],
                                     environment: path, timeout: 600)
            guard made.status == 0, installed.status == 0, FileManager.default.isExecutableFile(atPath: vd) else {
                print("visidata could not be installed: skipping the visidata column")
                return nil
            }
        }
        var vdEnvironment = environment
        vdEnvironment["HOME"] = home.path // a fresh home: no ~/.visidatarc, nothing written to the user's
        try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return VisiDataProbe(executable: vd, environment: vdEnvironment)
    }

    /// The version line of `vd --version`.
    var version: String {
        ChildRun(executable, ["--version"], environment: environment, keepOutput: true).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Opens `path` (a file or a directory) `count` times. The first frame is the status line
    /// with its row count ("1 rows", "1000 files"); loading is done when `loadedText` is on the
    /// screen (the first row of a file, the final count of a directory).
    func launches(_ path: String, loadedText: String, count: Int) -> Launch {
        var result = Launch()
        for _ in 0..<count {
            guard let session = try? TerminalSession(executable: executable, arguments: [path], environment: environment) else {
                result.problems.append("could not start vd")
                return result
            }
            guard let frame = session.wait(timeout: RiskregProbe.launchTimeout, until: { Self.showsCount($0) }) else {
                result.problems.append("no first frame within \(Int(RiskregProbe.launchTimeout)) s")
                return result
            }
            result.firstFrame.append(frame)
            let loaded = session.wait(for: loadedText, timeout: RiskregProbe.launchTimeout)
            if let loaded {
                result.loaded.append(loaded)
            } else {
                result.problems.append("not loaded within \(Int(RiskregProbe.launchTimeout)) s")
            }
            session.settle(quietMilliseconds: 100)
            if let peak = session.quit(keys: "gq") { result.peakMemory.append(peak) } else {
                result.problems.append("did not exit after gq within 30 s (killed; no peak memory)")
            }
        }
        return result
    }

    /// True when the bottom line, where vd shows the sheet's name, has its row count.
    private static func showsCount(_ screen: ScreenEmulator) -> Bool {
        let status = screen.line(screen.height - 1)
        return status.contains(" rows") || status.contains(" files")
    }
}
