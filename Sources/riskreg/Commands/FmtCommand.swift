import ArgumentParser
import Foundation
import RiskRegister

/// `riskreg fmt`: rewrite register files canonically.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite register files in canonical form (key order, indentation, escapes).",
        discussion: "With --check, list the files that are not canonical and exit 1 if there are any; nothing is written."
    )

    @OptionGroup var data: DataOptions

    @Flag(name: .long, help: "Only list files that are not canonical; exit 1 if any.")
    var check = false

    func run() throws {
        let urls = try data.registerFiles()
        var failed = false
        var unformatted = 0
        for url in urls {
            switch RegisterStore.load(url, maximumBytes: data.maximumBytes) {
            case .failure(let failure):
                failure.messages.forEach { StandardError.print($0) }
                failed = true
            case .success(let loaded):
                let canonical = RegisterFile.encode(loaded.register)
                guard canonical != loaded.diskBytes else { continue }
                unformatted += 1
                if check {
                    Output.print(url.path)
                    continue
                }
                do {
                    try RegisterStore.write(canonical, to: url, expecting: loaded.diskBytes)
                    Output.print("formatted \(url.path)")
                } catch {
                    StandardError.print("error: \(error)")
                    failed = true
                }
            }
        }
        if failed || (check && unformatted > 0) { throw ExitCode.failure }
    }
}
