import CNcursesw
import RegisterUI

/// The wide characters curses is given for one cell. Curses measures each code point with the
/// C library's `wcwidth`, while the screen measures a whole grapheme cluster: for an emoji with a
/// skin tone, a ZWJ family or a heart with a variation selector the two disagree, and curses would
/// then move everything after it on the row. Such a cell is written as its first code point,
/// padded with spaces to the cell's width, so every row stays exactly as wide as the screen.
enum CursesCellText {
    /// The code points to write for a cell of `width` columns (1 or 2).
    static func scalars(for character: String, width: Int) -> [wchar_t] {
        let scalars = character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        if scalars.count == 1, let only = scalars.first, only < 0x7F { return scalars }
        if columns(of: scalars) == width { return scalars }
        guard let first = scalars.first else { return Array(repeating: 0x20, count: width) }
        let firstWidth = Int(wcwidth(first))
        guard firstWidth >= 1, firstWidth <= width else { return Array(repeating: 0x3F, count: 1) + padding(width - 1) }
        return [first] + padding(width - firstWidth)
    }

    private static func columns(of scalars: [wchar_t]) -> Int {
        var total = 0
        for scalar in scalars {
            let width = wcwidth(scalar)
            if width < 0 { return -1 }
            total += Int(width)
        }
        return total
    }

    private static func padding(_ count: Int) -> [wchar_t] { Array(repeating: 0x20, count: max(0, count)) }
}
