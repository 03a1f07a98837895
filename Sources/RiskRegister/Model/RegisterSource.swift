import OrderedCollections

/// The document a register was transcribed from.
public struct RegisterSource: Equatable, Sendable {
    /// The document's file name.
    public var document: String
    /// The register's printed title, if it has one.
    public var heading: String?
    /// How the period is known (printed, or inferred from what).
    public var periodEvidence: String?
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// Creates a source description.
    public init(document: String, heading: String? = nil, periodEvidence: String? = nil, unknownKeys: UnknownKeys = [:]) {
        self.document = document
        self.heading = heading
        self.periodEvidence = periodEvidence
        self.unknownKeys = unknownKeys
    }
}
