/// A target date as councils print it, read for one question: has it passed by the time a quarter
/// begins? The month and year are found in "March 2022", "Mar 2022", "31/03/2022", "31.03.22",
/// "2022-03-31" or "03/2022"; where the text names several ("March 2022/March 2023"), the latest
/// counts. Text with no date ("Ongoing", "TBC") has none and never passes.
public enum TargetDate {
    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                 "october", "november", "december"]

    /// The latest year and month `text` names, if any.
    public static func month(of text: String) -> (year: Int, month: Int)? {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "/" && $0 != "-" && $0 != "." }.map(String.init)
        var found: [(year: Int, month: Int)] = []
        for (index, word) in words.enumerated() {
            if let month = months.firstIndex(where: { $0 == word || (word.count >= 3 && $0.hasPrefix(word)) }),
               index + 1 < words.count, let year = year(words[index + 1]) {
                found.append((year, month + 1))
            }
            let parts = word.split { $0 == "/" || $0 == "-" || $0 == "." }.map(String.init)
            if parts.count == 3, let first = Int(parts[0]), let second = Int(parts[1]) {
                if parts[0].count == 4, (1...12).contains(second) {
                    found.append((first, second))
                } else if (1...12).contains(second), let year = year(parts[2]) {
                    found.append((year, second))
                }
            } else if parts.count == 2, let month = Int(parts[0]), (1...12).contains(month), let year = year(parts[1]) {
                found.append((year, month))
            }
        }
        return found.max { ($0.year, $0.month) < ($1.year, $1.month) }
    }

    /// True when the month `text` names ended before `period` began (a financial year starts in
    /// April: Q1 begins in April, Q4 in January of the next calendar year).
    public static func hasPassed(_ text: String, before period: Period) -> Bool {
        guard let date = month(of: text) else { return false }
        let start = period.quarter == 4 ? (period.startYear + 1, 1) : (period.startYear, 1 + 3 * period.quarter)
        return (date.year, date.month) < start
    }

    /// A year of four digits, or of two (20xx).
    private static func year(_ text: String) -> Int? {
        guard text.allSatisfy(\.isNumber), let value = Int(text) else { return nil }
        switch text.count {
        case 4: return value
        case 2: return 2000 + value
        default: return nil
        }
    }
}
