import RegisterUI
import RiskRegister

/// An entry's detail as plain text for `riskreg show`.
enum EntryReport {
    static func text(_ entry: Entry, scale: Scale) -> String {
        var output = ""
        for line in EntryDetail.lines(for: entry, scale: scale) {
            switch line.role {
            case .section: output += "\n\(line.text.uppercased())\n"
            case .subheading: output += "  \(line.text)\n"
            case .field, .text: output += "\(line.text)\n"
            case .bullet(let level): output += String(repeating: "  ", count: level + 1) + "• \(line.text)\n"
            case .note: output += "  ! \(line.text)\n"
            }
        }
        return output
    }
}
