import Foundation
import RiskRegister

/// A register whose text tries everything that breaks terminal layouts: wide and combining
/// characters, emoji, typographic punctuation, control characters and escape sequences, tabs,
/// line breaks, bidirectional overrides and a word longer than any pane.
enum AwkwardRegister {
    static let loaded = LoadedRegister(url: URL(fileURLWithPath: "/data/awkward.json"), register: register, diskBytes: [])

    static let register = Register(
        organisation: "Test Council",
        title: "Awkward Register",
        period: "2030/31 Q1",
        source: RegisterSource(document: "awkward.txt"),
        entries: [
            Entry(id: "W1", kind: .risk, title: "東京の洪水リスク flood risk in 大阪", type: "Économique",
                  controls: [
                      Item(text: "Escape \u{1B}[31mred\u{1B}[0m, a bell \u{07}, a tab\there and DEL \u{7F}."),
                      Item(text: "Café, cafe\u{301} and naïve; emoji 👍🏽 ❤️ 🇬🇧; zero\u{200B}width; £50m – ’quoted’ • ↑", heading: "Text"),
                      Item(text: "Averyveryverylongwordthatmustbebrokenacrosslinesbecauseitislongerthanthepane", heading: "Text"),
                  ],
                  controlOwner: "田中さん", owner: "田中 £–’•↑",
                  current: Rating(likelihood: 4, impact: 5, score: 20),
                  target: Rating(likelihood: 2, impact: 3, score: 6),
                  direction: Direction(trend: .down, text: "↓ down\r\nsecond line"),
                  notes: ["Line one\nLine two\r\nLine three", "Right-to-left \u{202E}override\u{202C} kept out"]),
            Entry(id: "W2", kind: .opportunity, title: "Ünïcödé ✓ ✗ \u{1B}]0;title\u{07} owner",
                  owner: "\u{1B}[2J clear-screen owner",
                  current: Rating(likelihood: 5, impact: 5, score: 25),
                  target: Rating(likelihood: 5, impact: 4, score: 20)),
            Entry(id: "全角ＩＤ", kind: .risk, title: "ＦＵＬＬＷＩＤＴＨ ｔｉｔｌｅ ｗｉｄｅｒ ｔｈａｎ ｔｈｅ ｃｏｌｕｍｎ",
                  owner: "ＷＩＤＥ", current: Rating(score: 12), target: Rating(score: 4)),
        ]
    )
}
