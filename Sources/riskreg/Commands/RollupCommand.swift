import ArgumentParser
import RegisterCommands
import RiskRegister

/// `riskreg rollup`: every register of one period together (`RollUp`, `RollupReport`).
struct RollupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup",
        abstract: "Roll up every register of a period: one heat map, and the risks not yet escalated.",
        discussion: """
        Counts the open entries of every register of the period (the corporate register and each \
        directorate's) by current likelihood and impact, lists how many each register brings, and \
        lists the open directorate risks whose current score is at or above their register's \
        escalationThreshold (default \(Register.defaultEscalationThreshold)) and that link to no entry \
        of a corporate register (escalated-to or rolls-up-into: `riskreg link`). Exit 0, 1 when any \
        risk awaits escalation, 2 when no register has that period or the data directory cannot be read.
        """
    )

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: "The period (\"2021/22 Q4\"); default the latest any register has.")
    var period: String?

    @Flag(name: .long, help: "Print a JSON object: period, registers, cells, unescalated.")
    var json = false

    func run() throws {
        let scan = try CommandFailure.asBadInput { try data.load() }
        scan.failures.forEach { $0.messages.forEach(StandardError.print) }
        let registers = scan.registers.map { (stem: $0.stem, register: $0.register) }
        guard let rollUp = RollUp(period: period, all: registers) else {
            throw RollupReport.noRegister(of: period, among: registers, in: data.directory)
        }
        if json {
            Output.printJSON(RollupReport.json(rollUp))
        } else {
            RollupReport.lines(rollUp).forEach(Output.line)
        }
        if !rollUp.unescalated.isEmpty { throw ExitCode.failure }
    }
}
