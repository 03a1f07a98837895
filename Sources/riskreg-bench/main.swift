import Foundation

// Benchmarks for docs/benchmarks.md. Build first: swift build -c release
//   riskreg-bench [DATA_DIR] [--index | --large-only]         decoding, saving, the browser, input (issues 2–8);
//                                                             --index: headers, search, the directory index;
//                                                             --large-only: the 10,000-entry register (issue 10)
//   riskreg-bench generate DIR --entries N [--registers M] [--seed S]   write generated registers
//   riskreg-bench scale [--quick]                             many registers, big registers (issue 10)
//   riskreg-bench --index-memory build|open|search DATA_DIR CACHE_DIR   the peak memory of one index step
//   riskreg-bench --index-targets DATA_DIR                    issue 24: the index database on a copy of DATA_DIR

let usage = """
    usage: riskreg-bench [DATA_DIR] [--index | --large-only]
           riskreg-bench generate DIR --entries N [--registers M] [--seed S]
           riskreg-bench scale [--quick]
           riskreg-bench --index-memory build|open|search DATA_DIR CACHE_DIR
           riskreg-bench --index-targets DATA_DIR
    """

do {
    var arguments = Array(CommandLine.arguments.dropFirst())
    switch arguments.first {
    case "generate":
        arguments.removeFirst()
        try GenerateCommand(arguments: arguments).run()
    case "--index-memory":
        arguments.removeFirst()
        try IndexMemory.run(arguments)
    case "--index-targets":
        arguments.removeFirst()
        try IndexTargets.run(arguments)
    case "scale":
        arguments.removeFirst()
        guard arguments.allSatisfy({ $0 == "--quick" }) else { throw UsageError(usage) }
        try ScaleBenchmark(quick: arguments.contains("--quick")).run()
    case "-h", "--help":
        print(usage)
    default:
        let flags = arguments.filter { $0.hasPrefix("--") }
        let data = arguments.filter { !$0.hasPrefix("--") }
        guard data.count <= 1, flags.allSatisfy(["--index", "--large-only"].contains) else { throw UsageError(usage) }
        try CoreBenchmarks.run(dataArgument: data.first, indexOnly: flags.contains("--index"),
                               largeOnly: flags.contains("--large-only"))
    }
} catch let error as ExitCode {
    exit(error.status)
} catch let error as UsageError {
    FileHandle.standardError.write(Data((error.message + "\n").utf8))
    exit(64)
} catch {
    FileHandle.standardError.write(Data("riskreg-bench: \(error)\n".utf8))
    exit(1)
}
