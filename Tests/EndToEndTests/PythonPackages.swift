import Foundation

/// Python packages the end-to-end readers import, installed with pip when missing (once per test
/// process). A package that cannot be installed fails the test that needs it; nothing skips.
enum PythonPackages {
    /// Why a package is not there.
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    /// Makes sure openpyxl, the reader of the XLSX export, imports: installed by pip if not.
    static func openpyxl() throws {
        try openpyxlInstalled.get()
    }

    /// The one install per test process; a `static let` is initialised once.
    private static let openpyxlInstalled = install(module: "openpyxl", package: "openpyxl")

    /// Imports `module`, else installs `package` with `python3 -m pip install` and imports again.
    private static func install(module: String, package: String) -> Swift.Result<Void, Missing> {
        do {
            if try Spawn.run(["python3", "-c", "import \(module)"]).status == 0 { return .success(()) }
            let pip = try Spawn.run(["python3", "-m", "pip", "install", "--quiet", package])
            guard pip.status == 0 else {
                return .failure(Missing(description: "python3 -m pip install \(package) failed (status \(pip.status)): \(pip.output)"))
            }
            let again = try Spawn.run(["python3", "-c", "import \(module)"])
            return again.status == 0 ? .success(()) : .failure(Missing(description: "\(module) does not import after pip installed \(package): \(again.output)"))
        } catch {
            return .failure(Missing(description: "cannot run python3 to install \(package): \(error)"))
        }
    }
}
