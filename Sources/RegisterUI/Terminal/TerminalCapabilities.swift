/// What the terminal can show, which decides how `view` draws.
///
/// Without colours, bands stay readable: heat-map cells carry a band letter (L, M, H, V: the
/// first letter of the band's name) beside their count, as list scores always do. Without
/// Unicode, frames, arrows and marks are drawn in ASCII of the same width, and any other
/// non-ASCII character of the data becomes `?`.
public struct TerminalCapabilities: Hashable, Sendable {
    /// True when the terminal shows enough colours to tell the four band colours apart.
    public var colours: Bool
    /// True when the locale is UTF-8, so that any Unicode character can be written.
    public var unicode: Bool

    /// Creates capabilities.
    public init(colours: Bool, unicode: Bool) {
        self.colours = colours
        self.unicode = unicode
    }

    /// Colours and Unicode.
    public static let full = TerminalCapabilities(colours: true, unicode: true)

    /// Neither colours nor Unicode: a vt100 in the C locale.
    public static let plain = TerminalCapabilities(colours: false, unicode: false)

    /// The fewest colours that tell green, yellow, amber and red apart (16: amber is dark yellow).
    public static let minimumColourCount = 16

    /// The capabilities of a terminal.
    ///
    /// - Parameters:
    ///   - environment: the process environment. A non-empty `NO_COLOR` turns colours off
    ///     (no-color.org); without `codeset`, the first non-empty of `LC_ALL`, `LC_CTYPE` and
    ///     `LANG` decides Unicode: it must name UTF-8.
    ///   - colourCount: the colours the terminal reports (curses `COLORS` after `start_color`,
    ///     0 when `has_colors()` is false, as on a vt100).
    ///   - codeset: the locale's codeset after `setlocale(LC_ALL, "")` (`nl_langinfo(CODESET)`),
    ///     when known; it wins over the environment.
    public static func detect(environment: [String: String], colourCount: Int, codeset: String? = nil) -> TerminalCapabilities {
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        let locale = codeset ?? ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let normalized = locale.lowercased().filter { $0 != "-" }
        return TerminalCapabilities(colours: !noColour && colourCount >= minimumColourCount,
                                    unicode: normalized.contains("utf8"))
    }
}
