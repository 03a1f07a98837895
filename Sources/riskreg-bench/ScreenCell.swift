/// One character cell of an emulated terminal screen: what is drawn there and how.
struct ScreenCell: Equatable {
    /// The character (with any combining marks), " " when blank, "" for the right half of a wide character.
    var text: String
    /// The drawing attributes (SGR) the cell was written with.
    var style: ScreenStyle

    /// A blank cell in `style` (an erase fills with the current background).
    static func blank(_ style: ScreenStyle = ScreenStyle()) -> ScreenCell {
        ScreenCell(text: " ", style: style)
    }
}
