extension Period {
    /// Creates a period from its year and quarter.
    public init(startYear: Int, quarter: Int) {
        self.startYear = startYear
        self.quarter = min(max(quarter, 1), 4)
    }

    /// The quarter after this one: Q4 is followed by the next financial year's Q1.
    public var next: Period {
        quarter == 4 ? Period(startYear: startYear + 1, quarter: 1) : Period(startYear: startYear, quarter: quarter + 1)
    }

    /// As registers print it: "2022/23 Q1".
    public var text: String { "\(startYear)/\(twoDigitEndYear) Q\(quarter)" }

    /// As file stems write it: "2022-23-q1".
    public var stemSuffix: String { "\(startYear)-\(twoDigitEndYear)-q\(quarter)" }

    private var twoDigitEndYear: String {
        let end = (startYear + 1) % 100
        return end < 10 ? "0\(end)" : "\(end)"
    }
}
