import CNcursesw
import RegisterUI

/// Maps semantic style roles to curses attributes and colour pairs. With colours, bands are
/// coloured backgrounds; without (NO_COLOR, vt100), roles become attributes only, and the view
/// already draws band letters, so nothing depends on colour alone.
struct StylePalette {
    /// The colour pairs the styles use, pair 1 first; none without colours.
    let colourPairs: [ColourPair]
    private var attributes: [Style: attr_t] = [:]

    /// The palette for a terminal with or without `colours`; `colourCount` is how many it has
    /// (256 or more gives the bands their richer shades).
    init(colours: Bool, colourCount: Int) {
        colourPairs = colours ? Self.colourPairs(richColours: colourCount >= 256) : []
        var pairs: [StyleRole: Int16] = [:]
        for (index, pair) in colourPairs.enumerated() {
            pairs[pair.role] = Int16(index + 1)
        }
        for role in StyleRole.allCases {
            var base = Self.attributes(for: role, colours: colours)
            if let pair = pairs[role] { base |= rr_color_pair(Int32(pair)) }
            attributes[Style(role)] = base
            attributes[Style(role, highlighted: true)] = base | rr_a_reverse()
        }
    }

    /// Tells curses the colour pairs (after `start_color`).
    func defineColourPairs() {
        for (index, pair) in colourPairs.enumerated() {
            init_pair(Int16(index + 1), pair.foreground, pair.background)
        }
    }

    /// The attributes for a style.
    func attributes(for style: Style) -> attr_t {
        attributes[style] ?? rr_a_normal()
    }

    /// Foreground/background per role; -1 is the terminal's default.
    private static func colourPairs(richColours: Bool) -> [ColourPair] {
        [
            ColourPair(role: .bandGreen, foreground: Int16(COLOR_BLACK), background: richColours ? 71 : Int16(COLOR_GREEN)),
            ColourPair(role: .bandYellow, foreground: Int16(COLOR_BLACK), background: richColours ? 185 : 11),
            ColourPair(role: .bandAmber, foreground: Int16(COLOR_BLACK), background: richColours ? 208 : Int16(COLOR_YELLOW)),
            ColourPair(role: .bandRed, foreground: richColours ? 231 : Int16(COLOR_WHITE), background: richColours ? 160 : Int16(COLOR_RED)),
            ColourPair(role: .focusedTitle, foreground: Int16(COLOR_CYAN), background: -1),
            ColourPair(role: .focusedBorder, foreground: Int16(COLOR_CYAN), background: -1),
            ColourPair(role: .warning, foreground: Int16(COLOR_YELLOW), background: -1),
            ColourPair(role: .heading, foreground: Int16(COLOR_CYAN), background: -1),
            ColourPair(role: .hintKey, foreground: Int16(COLOR_BLACK), background: Int16(COLOR_CYAN)),
            ColourPair(role: .match, foreground: Int16(COLOR_BLACK), background: richColours ? 226 : Int16(COLOR_YELLOW)),
        ]
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
