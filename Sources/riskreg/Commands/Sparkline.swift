/// A one-line chart of scores 1–25 in block characters, "·" where a score is unknown.
enum Sparkline {
    private static let blocks = Array("▁▂▃▄▅▆▇█")

    static func render(_ scores: [Int?]) -> String {
        String(scores.map { score -> Character in
            guard let score else { return "·" }
            let step = (score.clamped(to: 1...25) - 1) * (blocks.count - 1) / 24
            return blocks[step]
        })
    }
}
