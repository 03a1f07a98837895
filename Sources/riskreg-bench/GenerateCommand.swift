import Foundation

/// `riskreg-bench generate DIR --entries N [--registers M] [--seed S]`: writes generated registers.
struct GenerateCommand {
    let generator: DatasetGenerator
    let directory: URL

    /// Reads the command line after "generate".
    init(arguments: [String]) throws {
        let usage = "usage: riskreg-bench generate DIR --entries N [--registers M] [--seed S]"
        var directory: String?
        var entries: Int?
        var registers = 1
        var seed: UInt64 = 1
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--entries", "--registers", "--seed":
                guard let value = rest.popFirst(), let number = UInt64(value), number > 0 || argument == "--seed" else {
                    throw UsageError("\(argument) needs a positive whole number\n\(usage)")
                }
                switch argument {
                case "--entries": entries = Int(number)
                case "--registers": registers = Int(number)
                default: seed = number
                }
            default:
                guard directory == nil, !argument.hasPrefix("-") else { throw UsageError(usage) }
                directory = argument
            }
        }
        guard let directory, let entries else { throw UsageError(usage) }
        self.generator = DatasetGenerator(entries: entries, registers: registers, seed: seed)
        self.directory = URL(fileURLWithPath: directory)
    }

    func run() throws {
        let bytes = try generator.write(to: directory)
        print("wrote \(generator.registers) register(s) of \(generator.entries) entries, \(bytes) bytes, to \(directory.path)")
        if let sheet = generator.plan.tokenSheet {
            let id = RegisterPlan.entryID(code: sheet.code, index: RegisterPlan.tokenEntryIndex(entries: generator.entries))
            print("search token \"\(RegisterPlan.token)\" is in \(id) of \(sheet.stem).json")
        }
    }
}
