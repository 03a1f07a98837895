/// A one-line chart of scores 1–25 in block characters, "·" where a score is unknown.
public enum Sparkline {
    private static let blocks = Array("▁▂▃▄▅▆▇█")

    /// One character per score, oldest first: the lowest block for 1, the full block for 25
    /// (scores beyond are taken as the nearest), "·" for nil.
    public static func render(_ scores: [Int?]) -> String {
        String(scores.map { score -> Character in
            guard let score else { return "·" }
            let step = (min(max(score, 1), 25) - 1) * (blocks.count - 1) / 24
            return blocks[step]
        })
    }
}
