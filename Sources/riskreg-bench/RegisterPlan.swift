/// Names, titles and periods of the registers of a generated data directory, worked out before
/// any file is written so that a benchmark knows which register the browser opens (the newest
/// period) and which one holds the search token (the file that sorts last) without reading them.
///
/// Directorates take turns: each covers a run of consecutive quarters, the directorate that sorts
/// first by name the latest run, so the register whose file sorts last is never the newest one and
/// the token is not in the register the browser opens when there are two or more directorates.
struct RegisterPlan {
    /// One register to write.
    struct Sheet {
        /// The file name without ".json": "adult-services-2019-20-q3".
        let stem: String
        /// The register's title.
        let title: String
        /// The directorate code that starts every entry id: "ASC" gives "ASC 1", "ASC 2"…
        let code: String
        /// The period, "2019/20 Q3".
        let period: String
        /// The period as a quarter count, to find the newest.
        let quarterIndex: Int
    }

    /// The token searched for across registers; it is in exactly one entry.
    static let token = "zqxjlastregister"

    /// Directorates as (file name part, title, id code), in file-name order.
    private static let directorates: [(String, String, String)] = [
        ("adult-services", "Adult Services Risk & Opportunity Register", "ASC"),
        ("children-and-families", "Children & Family Wellbeing Risk Register", "CFW"),
        ("corporate", "Corporate Risk & Opportunity Register", "Corp"),
        ("education-and-skills", "Education & Skills Risk Register", "EDS"),
        ("environment-and-planning", "Environment & Planning Risk Register", "ENV"),
        ("finance", "Finance Risk & Opportunity Register", "FIN"),
        ("growth-and-transport", "Growth, Environment & Transport Risk Register", "GET"),
        ("highways", "Highways Risk Register", "HWY"),
        ("public-health", "Public Health & Wellbeing Risk Register", "PHW"),
        ("resources", "Resources Risk & Opportunity Register", "RES"),
    ]

    /// The registers, in file-name order.
    let sheets: [Sheet]

    /// Plans `count` registers; a single register is the corporate one.
    init(count: Int) {
        guard count > 1 else {
            sheets = [Self.sheet(directorate: ("corporate", "Corporate Risk & Opportunity Register", "Corp"), quarter: 4 * 2021 + 3)]
            return
        }
        let directorateCount = min(count, Self.directorates.count)
        let perDirectorate = (count + directorateCount - 1) / directorateCount
        sheets = (0..<count).map { index in
            let directorate = index / perDirectorate
            let quarter = (directorateCount - 1 - directorate) + index % perDirectorate
            return Self.sheet(directorate: Self.directorates[directorate], quarter: 4 * 2000 + quarter)
        }
    }

    /// The register the browser opens first: the latest period, then the last file name.
    var opened: Sheet? {
        sheets.enumerated().max { ($0.element.quarterIndex, $0.offset) < ($1.element.quarterIndex, $1.offset) }?.element
    }

    /// The register holding the token: the one whose file sorts last.
    var tokenSheet: Sheet? { sheets.last }

    /// The index of the entry that holds the token in a register of `entries` entries.
    static func tokenEntryIndex(entries: Int) -> Int { entries / 2 }

    /// The id of an entry: "Corp 12" for the twelfth entry of a corporate register.
    static func entryID(code: String, index: Int) -> String { "\(code) \(index + 1)" }

    /// A register of a directorate for the quarter counted from year 0 (4 × year + quarter − 1).
    private static func sheet(directorate: (String, String, String), quarter: Int) -> Sheet {
        let year = quarter / 4
        let yearPart = "\(year)-\(String(year + 1).suffix(2))"
        let number = quarter % 4 + 1
        return Sheet(stem: "\(directorate.0)-\(yearPart)-q\(number)", title: directorate.1, code: directorate.2,
                     period: "\(year)/\(String(year + 1).suffix(2)) Q\(number)", quarterIndex: quarter)
    }
}
