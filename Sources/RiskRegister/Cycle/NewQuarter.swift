/// Starting next quarter's register from this one: every open entry carried with its identity,
/// texts, owners, ratings, confidence and links to other registers; the register's own settings
/// (scale, appetite, level, escalation threshold) carried too; the new register names this one as
/// `previous`. What belonged to last quarter's paper is not carried: reviews, the change history
/// (it stays in the previous file), `previousIds` (the identity says what continues), the printed
/// profile row, where it was printed, and the printed direction of travel (the new quarter's is
/// computed from the previous one). A quarter that starts a new financial year starts its
/// confidence columns (Q1 to Q4 of that year) empty. Target dates are carried as printed;
/// `passedTargetDates` names those already passed when the new quarter begins.
public enum NewQuarter {
    /// Why a new quarter cannot be made.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The register's period is not of the form "2021/22 Q4", so the next one is unknown.
        case periodNotUnderstood(String)
        /// The period asked for is not after the register's.
        case notLater(String, than: String)

        public var description: String {
            switch self {
            case .periodNotUnderstood(let period):
                "the period \"\(period)\" is not of the form \"2021/22 Q4\"; give the new one with --period"
            case .notLater(let period, let than):
                "the new period \(period) is not after \(than)"
            }
        }
    }

    /// The new register and its file stem.
    ///
    /// - Parameters:
    ///   - register: the register to carry forward; `stem` its file stem.
    ///   - period: the new period; nil for the quarter after the register's.
    ///   - now: the time the quarter is started (ISO 8601 UTC), written as `started`.
    public static func make(from register: Register, stem: String, period: Period?, now: String)
        -> Result<(stem: String, register: Register), Failure> {
        let current = Period(register.period)
        guard let newPeriod = period ?? current?.next else { return .failure(.periodNotUnderstood(register.period)) }
        if let current, newPeriod <= current { return .failure(.notLater(newPeriod.text, than: current.text)) }
        let newYear = current.map { $0.startYear != newPeriod.startYear } ?? true
        let entries = register.entries.filter { !$0.isClosed }.map { entry -> Entry in
            var carried = entry
            carried.previousIds = nil
            carried.reviews = []
            carried.history = []
            carried.profile = nil
            carried.source = nil
            carried.direction = Direction()
            if newYear { carried.confidence = Confidence(unknownKeys: entry.confidence.unknownKeys) }
            return carried
        }
        let source = RegisterSource(document: "\(stem).json",
                                    heading: nil,
                                    periodEvidence: "started with riskreg new-quarter from \(stem) at \(now)")
        var next = Register(organisation: register.organisation, title: register.title, period: newPeriod.text,
                            previous: stem, started: now, source: source, scale: register.scale, appetite: register.appetite,
                            entries: entries)
        next.level = register.level
        next.escalationThreshold = register.escalationThreshold
        return .success((RegisterSuccession.organisationStem(of: stem) + "-" + newPeriod.stemSuffix, next))
    }

    /// The open entries of `register` whose target date passed before its period began, with
    /// the date as printed: for the officer to set new ones when the quarter starts.
    public static func passedTargetDates(in register: Register) -> [(id: String, date: String)] {
        guard let period = Period(register.period) else { return [] }
        return register.entries.compactMap { entry in
            guard !entry.isClosed, let date = entry.targetDate, TargetDate.hasPassed(date, before: period) else { return nil }
            return (entry.id, date)
        }
    }
}
