/// A financial-year quarter parsed from a register's period ("2021/22 Q4"), for ordering registers.
public struct Period: Comparable, Hashable, Sendable {
    /// The first calendar year of the financial year (2021 for 2021/22).
    public let startYear: Int
    /// The quarter, 1–4.
    public let quarter: Int

    /// Parses "2021/22 Q4" (also "2021/2022 Q4"); nil when the text has no such shape, or its year
    /// is not one of 1 to 9999 (a larger one would overflow the next year's number).
    public init?(_ text: String) {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let year = Int(parts[0].split(separator: "/").first ?? ""), (1...9999).contains(year),
              parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else {
            return nil
        }
        self.startYear = year
        self.quarter = quarter
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.startYear, lhs.quarter) < (rhs.startYear, rhs.quarter)
    }
}
