import RegisterUI
import RiskRegister

/// An entry's detail as plain text for `riskreg show`: the detail pane's paragraphs, with the
/// quarterly cycle's fields after its first line (its identity, the status of a closed entry, the
/// ids it continues, its links to other registers), its reviews at the end.
public enum EntryReport {
    /// The entry's report, each line ending in a line break; texts as they are in the file (the
    /// caller makes them safe to print).
    public static func text(_ entry: Entry, scale: Scale) -> String {
        var output = ""
        for (index, line) in EntryDetail.lines(for: entry, scale: scale).enumerated() {
            switch line.role {
            case .section: output += "\n\(line.text.uppercased())\n"
            case .subheading: output += "  \(line.text)\n"
            case .field, .text: output += "\(line.text)\n"
            case .bullet(let level): output += String(repeating: "  ", count: level + 1) + "• \(line.text)\n"
            case .note: output += "  ! \(line.text)\n"
            }
            if index == 0 { output += cycleFields(entry) }
        }
        if !entry.reviews.isEmpty {
            output += "\nREVIEWS\n"
            for review in entry.reviews {
                output += "  • \(review.at) \(review.by): \(review.outcome.rawValue)\(review.note.map { ": \($0)" } ?? "")\n"
            }
        }
        return output
    }

    /// "Status: closed 2022-05-01T09:00:00Z by A. Officer: merged into Corp 2"; "Continues: CR4" (or
    /// "Continues: no earlier entry" for an empty list); "Identity: 3fa2b1c0d4e5"; each link as made
    /// ("Escalated to: Corp 4 (lcc-2021-22-q4)"), where present.
    private static func cycleFields(_ entry: Entry) -> String {
        var output = ""
        if entry.isClosed {
            let parts = [entry.status.at, entry.status.by.map { "by \($0)" }].compactMap { $0 }
            let reason = entry.status.reason.map { ": \($0)" } ?? ""
            output += "Status: closed" + (parts.isEmpty ? "" : " " + parts.joined(separator: " ")) + reason + "\n"
        }
        if let previousIds = entry.previousIds {
            output += "Continues: \(previousIds.isEmpty ? "no earlier entry" : previousIds.joined(separator: ", "))\n"
        }
        output += "Identity: \(entry.uid)\n"
        for link in entry.links {
            let phrase = link.kind.phrase
            output += phrase.prefix(1).uppercased() + phrase.dropFirst() + ": \(link.id ?? link.uid)"
                + (link.register.map { " (\($0))" } ?? "") + "\n"
        }
        return output
    }
}
