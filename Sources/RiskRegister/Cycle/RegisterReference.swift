/// What the succession of registers needs to know of one register file: its stem and header.
public struct RegisterReference: Equatable, Sendable {
    /// The file stem ("lcc-2021-22-q4").
    public var stem: String
    /// The organisation.
    public var organisation: String
    /// The register's title.
    public var title: String
    /// The period as written.
    public var period: String
    /// The stem of the register it names as its predecessor, if any.
    public var previous: String?

    /// Creates a reference.
    public init(stem: String, organisation: String, title: String, period: String, previous: String? = nil) {
        self.stem = stem
        self.organisation = organisation
        self.title = title
        self.period = period
        self.previous = previous
    }

    /// The reference of a register in the file `stem`.
    public init(stem: String, register: Register) {
        self.init(stem: stem, organisation: register.organisation, title: register.title, period: register.period,
                  previous: register.previous)
    }
}
