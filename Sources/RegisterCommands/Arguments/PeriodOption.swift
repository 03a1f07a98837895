import RiskRegister

/// A period given as an option (`--period`).
public enum PeriodOption {
    /// The period `text` names ("2022/23 Q1"), else a failure with status 2.
    public static func parse(_ text: String) throws(CommandFailure) -> Period {
        guard let period = Period(text) else {
            throw CommandFailure("--period \(SafeText.quoted(text, limit: 40)) is not of the form \"2022/23 Q1\"", code: CommandFailure.badInput)
        }
        return period
    }
}
