import ArgumentParser
import RegisterCommands
import RiskRegister

/// `riskreg rescore ID --likelihood L --impact I [--target|--residual]`: new factors for one of an
/// entry's ratings, as the browser's score editor writes them (`RescoreEdit`).
struct RescoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rescore",
        abstract: "Give one of an entry's ratings a new likelihood and impact; the score is their product.",
        discussion: """
        Likelihood and impact are 1–5, as numbers or the register's Key to Scores words ("Likely", \
        "Major"). The printed words of the old factors are cleared. The current rating unless \
        --target or --residual. Saved atomically with the change in the entry's history.
        """
    )

    @OptionGroup var options: ScriptEditOptions

    @Option(name: .long, help: "Likelihood 1–5, or its Key to Scores word.")
    var likelihood: String

    @Option(name: .long, help: "Impact 1–5, or its Key to Scores word.")
    var impact: String

    @Flag(name: .long, help: "Rescore the target rating.")
    var target = false

    @Flag(name: .long, help: "Rescore the residual rating.")
    var residual = false

    func validate() throws {
        if target && residual { throw ValidationError("--target and --residual cannot be given together") }
    }

    func run() throws {
        let kind: RatingKind = target ? .target : residual ? .residual : .current
        try options.edit.run(RescoreEdit(kind, likelihood: likelihood, impact: impact), json: options.json)
    }
}
