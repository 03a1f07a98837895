import CNcursesw
@testable import RegisterTerminal
import RegisterUI
import Testing

/// Style roles as curses attributes and colour pairs, for 256 colours, 8 colours and none.
@Suite(.timeLimit(.minutes(15)))
struct StylePaletteTests {
    private func pair(_ role: StyleRole, in palette: StylePalette) -> ColourPair? {
        palette.colourPairs.first { $0.role == role }
    }

    @Test func twoHundredAndFiftySixColoursGiveTheBandsTheirRicherShades() throws {
        let palette = StylePalette(colours: true, colourCount: 256)
        #expect(palette.colourPairs.count == 10)
        #expect(pair(.bandGreen, in: palette) == ColourPair(role: .bandGreen, foreground: Int16(COLOR_BLACK), background: 71))
        #expect(pair(.bandYellow, in: palette)?.background == 185)
        #expect(pair(.bandAmber, in: palette)?.background == 208)
        #expect(pair(.bandRed, in: palette) == ColourPair(role: .bandRed, foreground: 231, background: 160))
        #expect(pair(.match, in: palette)?.background == 226)
        #expect(pair(.heading, in: palette) == ColourPair(role: .heading, foreground: Int16(COLOR_CYAN), background: -1))
        // The red band is pair 4 (the fourth defined), bold on its colour; highlighted, reversed too.
        let red = try #require(palette.colourPairs.firstIndex { $0.role == .bandRed })
        #expect(red == 3)
        #expect(palette.attributes(for: Style(.bandRed)) == rr_a_bold() | rr_color_pair(4))
        #expect(palette.attributes(for: Style(.bandRed, highlighted: true)) == rr_a_bold() | rr_color_pair(4) | rr_a_reverse())
    }

    @Test func eightColoursUseTheBasicColours() {
        let palette = StylePalette(colours: true, colourCount: 8)
        #expect(pair(.bandGreen, in: palette)?.background == Int16(COLOR_GREEN))
        #expect(pair(.bandYellow, in: palette)?.background == 11)
        #expect(pair(.bandAmber, in: palette)?.background == Int16(COLOR_YELLOW))
        #expect(pair(.bandRed, in: palette) == ColourPair(role: .bandRed, foreground: Int16(COLOR_WHITE), background: Int16(COLOR_RED)))
        #expect(pair(.match, in: palette)?.background == Int16(COLOR_YELLOW))
        #expect(palette.attributes(for: Style(.bandYellow)) == rr_a_normal() | rr_color_pair(2))
    }

    @Test func withoutColourTheBandsAreToldApartByAttributes() {
        let palette = StylePalette(colours: false, colourCount: 256)
        #expect(palette.colourPairs.isEmpty)
        #expect(palette.attributes(for: Style(.bandGreen)) == rr_a_normal())
        #expect(palette.attributes(for: Style(.bandYellow)) == rr_a_underline())
        #expect(palette.attributes(for: Style(.bandAmber)) == rr_a_bold())
        #expect(palette.attributes(for: Style(.bandRed)) == rr_a_bold() | rr_a_underline())
        let bands: [StyleRole] = [.bandGreen, .bandYellow, .bandAmber, .bandRed]
        #expect(Set(bands.map { palette.attributes(for: Style($0)) }).count == 4)
    }

    @Test func rolesKeepTheirAttributesWhateverTheColours() {
        for palette in [StylePalette(colours: false, colourCount: 0), StylePalette(colours: true, colourCount: 256)] {
            #expect(palette.attributes(for: Style(.normal)) == rr_a_normal())
            #expect(palette.attributes(for: Style(.dim)) == rr_a_dim())
            #expect(palette.attributes(for: Style(.subheading)) == rr_a_underline())
            #expect(palette.attributes(for: Style(.cursor)) == rr_a_reverse())
            #expect(palette.attributes(for: Style(.normal, highlighted: true)) == rr_a_reverse())
            #expect(palette.attributes(for: Style(.label)) & rr_a_bold() != 0)
        }
    }
}
