import ArgumentParser
import Foundation
import OrderedCollections
import RiskRegister

/// `riskreg diff A B`: what differs between two register files, by entry and field, in words.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what differs between two register files, by entry and field, in words.",
        discussion: """
        Every key of the files is compared (notes, status, reviews and previousIds too, unlike \
        compare, which shows what moved between quarters); entries match by id, list items by \
        their item id; history records are counted. Identical registers print nothing. Exit 0, or \
        1 with --exit-code when they differ; 2 when a file cannot be read as a register.
        """
    )

    @Flag(name: .long, help: "Print a JSON array of changes: entry, field, change, before, after.")
    var json = false

    @Flag(name: .customLong("exit-code"), help: "Exit 1 when the registers differ, as git diff --exit-code does.")
    var exitCode = false

    @Argument(help: "The earlier register file (a path).") var before: String
    @Argument(help: "The later register file (a path).") var after: String

    func run() throws {
        let diff = RegisterDiff(before: try Self.load(before).register, after: try Self.load(after).register)
        if json {
            Output.printJSON(.array(diff.changes.map(Self.json)))
        } else {
            diff.changes.forEach { Output.line($0.line) }
        }
        if exitCode, !diff.isEmpty { throw ExitCode.failure }
    }

    /// A register file, or a failure (status 2) with the decoder's messages.
    static func load(_ path: String) throws -> LoadedRegister {
        switch RegisterStore.load(URL(fileURLWithPath: path)) {
        case .success(let loaded): return loaded
        case .failure(let failure):
            throw CommandFailure(failure.messages.joined(separator: "\n"), code: CommandFailure.badInput)
        }
    }

    private static func json(_ change: RegisterDiff.Change) -> JSONValue {
        var object: OrderedDictionary<String, JSONValue> = [:]
        object["entry"] = change.entry.map(JSONValue.string) ?? .null
        object["field"] = change.field.map(JSONValue.string) ?? .null
        object["change"] = .string(change.kind.rawValue)
        object["before"] = change.before.map(JSONValue.string) ?? .null
        object["after"] = change.after.map(JSONValue.string) ?? .null
        return .object(object)
    }
}
