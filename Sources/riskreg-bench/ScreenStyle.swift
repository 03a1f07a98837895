/// The SGR attributes of a cell: flags (bold, reverse…) and colours, enough to tell whether a
/// redraw changed what a cell looks like.
struct ScreenStyle: Equatable {
    /// Attribute bits: 1 bold, 2 dim, 4 italic, 8 underline, 16 blink, 32 reverse, 64 invisible, 128 strike.
    var flags: UInt16 = 0
    /// Foreground: -1 default, 0–255 indexed, 0x1000000 + rgb for direct colour.
    var foreground: Int32 = -1
    /// Background, coded like the foreground.
    var background: Int32 = -1

    /// Applies the parameters of one SGR sequence (`ESC [ … m`); sub-parameters given with ':'
    /// arrive as separate numbers, which reads them the same way.
    mutating func apply(_ parameters: [Int]) {
        var rest = (parameters.isEmpty ? [0] : parameters)[...]
        while let code = rest.popFirst() {
            switch code {
            case 0: self = ScreenStyle()
            case 1...9: flags |= Self.bit(code)
            case 21: flags &= ~Self.bit(1)
            case 22: flags &= ~(Self.bit(1) | Self.bit(2))
            case 23...29: flags &= ~Self.bit(code - 20)
            case 30...37: foreground = Int32(code - 30)
            case 40...47: background = Int32(code - 40)
            case 90...97: foreground = Int32(code - 90 + 8)
            case 100...107: background = Int32(code - 100 + 8)
            case 39: foreground = -1
            case 49: background = -1
            case 38, 48:
                let colour = Self.extendedColour(&rest)
                if code == 38 { foreground = colour } else { background = colour }
            default: break
            }
        }
    }

    /// The bit of an SGR attribute code 1–9 (1 bold … 9 strike; 6 is unused).
    private static func bit(_ code: Int) -> UInt16 {
        code >= 1 && code <= 9 ? UInt16(1) << UInt16(code - 1) : 0
    }

    /// Reads "5;n" or "2;r;g;b" after 38 or 48.
    private static func extendedColour(_ rest: inout ArraySlice<Int>) -> Int32 {
        switch rest.popFirst() {
        case 5: return Int32(rest.popFirst() ?? 0)
        case 2:
            let red = rest.popFirst() ?? 0, green = rest.popFirst() ?? 0, blue = rest.popFirst() ?? 0
            return 0x100_0000 + Int32((red & 255) << 16 | (green & 255) << 8 | (blue & 255))
        default: return -1
        }
    }
}
