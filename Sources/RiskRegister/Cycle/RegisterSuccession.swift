/// Which register follows which: a register's predecessor is the one its `previous` names; without
/// it, the register of the same organisation and title with the latest earlier period.
public enum RegisterSuccession {
    /// The stem of the predecessor of `register` among `all`, or nil when there is none (or the
    /// named one is not among them).
    public static func predecessor(of register: RegisterReference, among all: [RegisterReference]) -> String? {
        if let previous = register.previous {
            return all.contains { $0.stem == previous } ? previous : nil
        }
        guard let period = Period(register.period) else { return nil }
        let earlier = all.compactMap { candidate -> (stem: String, period: Period)? in
            guard candidate.stem != register.stem, candidate.organisation == register.organisation,
                  candidate.title == register.title, let candidatePeriod = Period(candidate.period),
                  candidatePeriod < period else { return nil }
            return (candidate.stem, candidatePeriod)
        }
        return earlier.max { ($0.period, $0.stem) < ($1.period, $1.stem) }?.stem
    }

    /// The stem of the organisation's part of a register stem: "lcc" for "lcc-2021-22-q4"; the
    /// whole stem when it does not end in a period.
    public static func organisationStem(of stem: String) -> String {
        let parts = stem.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 4, let last = parts.last, last.count == 2, last.lowercased().hasPrefix("q"),
              parts[parts.count - 3].count == 4, Int(parts[parts.count - 3]) != nil, Int(parts[parts.count - 2]) != nil else {
            return stem
        }
        return parts.dropLast(3).joined(separator: "-")
    }
}
