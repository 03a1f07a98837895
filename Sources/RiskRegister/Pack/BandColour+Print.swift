/// The colours of the bands on paper and in spreadsheets: the HTML pack's cells and the XLSX
/// workbook's fills are the same four.
extension BandColour {
    /// The fill as 0xRRGGBB.
    public var printRGB: UInt32 {
        switch self {
        case .green: 0x8FD19E
        case .yellow: 0xFBE77C
        case .amber: 0xF7B955
        case .red: 0xEC7063
        }
    }

    /// The fill as a CSS colour, "#8fd19e".
    public var cssHex: String {
        let digits = String(printRGB, radix: 16)
        return "#" + String(repeating: "0", count: 6 - digits.count) + digits
    }
}
