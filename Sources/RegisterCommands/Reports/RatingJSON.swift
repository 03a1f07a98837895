import RiskRegister

/// A rating for the commands' JSON: `{"likelihood", "impact", "score"}` as in the file (null
/// where nothing was printed).
public enum RatingJSON {
    /// The rating's object.
    public static func value(_ rating: Rating) -> JSONValue {
        .object(["likelihood": number(rating.likelihood), "impact": number(rating.impact), "score": number(rating.score)])
    }

    private static func number(_ value: Int?) -> JSONValue {
        value.map(JSONValue.int) ?? .null
    }
}
