import RiskRegister

/// One register file of the data directory as the browser knows it, loaded or not: enough to
/// list it in the picker and order it by period before its entries are read.
public struct RegisterSlot: Equatable, Sendable {
    /// The register's identity (its file).
    public let id: RegisterID
    /// The period, such as "2021/22 Q4", once known (from the file's header, the index or a load).
    public var period: String? {
        didSet { quarter = period.flatMap(Period.init) }
    }
    /// The period parsed, for ordering.
    private var quarter: Period?
    /// The register's title, once known.
    public var title: String?
    /// How many entries it has, once known.
    public var entryCount: Int?
    /// True while the backend is loading it.
    public var isLoading = false

    /// A listed register file, with what is known of it so far.
    public init(id: RegisterID, period: String? = nil, title: String? = nil, entryCount: Int? = nil) {
        self.id = id
        self.period = period
        quarter = period.flatMap(Period.init)
        self.title = title
        self.entryCount = entryCount
    }

    /// True when `name` is this register's stem, file name or period (ignoring case).
    func matches(_ name: String) -> Bool {
        let wanted = name.lowercased()
        return id.stem.lowercased() == wanted || id.fileName.lowercased() == wanted || period?.lowercased() == wanted
    }

    /// Registers ordered by period (oldest first, unknown periods before known), then file name.
    static func precedes(_ lhs: RegisterSlot, _ rhs: RegisterSlot) -> Bool {
        let left = lhs.quarter
        let right = rhs.quarter
        if left != right {
            switch (left, right) {
            case let (left?, right?): return left < right
            case (nil, .some): return true
            case (.some, nil): return false
            default: break
            }
        }
        return lhs.id.fileName < rhs.id.fileName
    }
}
