import CNcursesw
import RegisterUI

/// Maps semantic style roles to curses attributes and colour pairs. With colours, bands are
/// coloured backgrounds; without (NO_COLOR, vt100), roles become attributes only, and the view
/// already draws band letters, so nothing depends on colour alone.
struct StylePalette {
    private var attributes: [Style: attr_t] = [:]

    init(colours: Bool) {
        let richColours = colours && rr_colors() >= 256
        var pairs: [StyleRole: Int16] = [:]
        if colours {
            // Foreground/background per role; -1 is the terminal's default.
            let table: [(StyleRole, Int16, Int16)] = [
                (.bandGreen, Int16(COLOR_BLACK), richColours ? 71 : Int16(COLOR_GREEN)),
                (.bandYellow, Int16(COLOR_BLACK), richColours ? 185 : 11),
                (.bandAmber, Int16(COLOR_BLACK), richColours ? 208 : Int16(COLOR_YELLOW)),
                (.bandRed, richColours ? 231 : Int16(COLOR_WHITE), richColours ? 160 : Int16(COLOR_RED)),
                (.focusedTitle, Int16(COLOR_CYAN), -1),
                (.focusedBorder, Int16(COLOR_CYAN), -1),
                (.warning, Int16(COLOR_YELLOW), -1),
                (.heading, Int16(COLOR_CYAN), -1),
                (.hintKey, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
                (.match, Int16(COLOR_BLACK), richColours ? 226 : Int16(COLOR_YELLOW)),
            ]
            for (index, entry) in table.enumerated() {
                let number = Int16(index + 1)
                init_pair(number, entry.1, entry.2)
                pairs[entry.0] = number
            }
        }
        for role in StyleRole.allCases {
            var base = Self.attributes(for: role, colours: colours)
            if let pair = pairs[role] { base |= rr_color_pair(Int32(pair)) }
            attributes[Style(role)] = base
            attributes[Style(role, highlighted: true)] = base | rr_a_reverse()
        }
    }

    /// The attributes for a style.
    func attributes(for style: Style) -> attr_t {
        attributes[style] ?? rr_a_normal()
    }

    private static func attributes(for role: StyleRole, colours: Bool) -> attr_t {
        switch role {
        case .normal, .hint, .title: rr_a_normal()
        case .dim, .border: rr_a_dim()
        case .label, .heading, .focusedTitle, .focusedBorder, .hintKey: rr_a_bold()
        case .subheading: rr_a_underline()
        case .cursor, .status: rr_a_reverse()
        case .warning: rr_a_bold()
        case .match: rr_a_bold() | rr_a_underline()
        case .bandGreen: rr_a_normal()
        case .bandYellow: colours ? rr_a_normal() : rr_a_underline()
        case .bandAmber: colours ? rr_a_normal() : rr_a_bold()
        case .bandRed: colours ? rr_a_bold() : rr_a_bold() | rr_a_underline()
        }
    }
}
