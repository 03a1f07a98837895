import ArgumentParser
import RiskRegister

/// `riskreg rescore ID --likelihood L --impact I [--target|--residual]`: new factors for one of an
/// entry's ratings, as the browser's score editor writes them (`Rescore`).
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
        let likelihoodText = likelihood
        let impactText = impact
        try options.edit.run(json: options.json) { entry, _, register throws(EditRefusal) in
            let scale = register.scale
            let impactLabels = entry.kind == .risk ? scale.impact : scale.opportunityImpact
            guard let likelihood = Rescore.factor(likelihoodText, labels: scale.likelihood) else {
                throw EditRefusal("likelihood \(SafeText.quoted(likelihoodText, limit: 40)) is not 1–5 or one of "
                                  + scale.likelihood.joined(separator: ", "))
            }
            guard let impact = Rescore.factor(impactText, labels: impactLabels) else {
                throw EditRefusal("impact \(SafeText.quoted(impactText, limit: 40)) is not 1–5 or one of "
                                  + impactLabels.joined(separator: ", "))
            }
            return try Rescore.entry(entry, kind, likelihood: likelihood, impact: impact)
        } describe: { before, after in
            "\(kind.rawValue) \(ScoreText.factors(before.rating(kind))) → \(ScoreText.factors(after.rating(kind)))"
        }
    }
}
