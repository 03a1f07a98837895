import Foundation

/// What a register file says about itself before its entries: organisation, title, period and,
/// when asked, the number of entries. Read by `HeaderScanner` without decoding the entries, so
/// picking a register by period never decodes the others. A field the file lacks (or holds as
/// something other than a string) is nil; the full decoder reports such files.
public struct RegisterHeader: Equatable, Sendable {
    /// The organisation.
    public var organisation: String?
    /// The register's title.
    public var title: String?
    /// The period, such as "2021/22 Q4".
    public var period: String?
    /// The number of entries, when counted.
    public var entryCount: Int?

    /// Creates a header.
    public init(organisation: String? = nil, title: String? = nil, period: String? = nil, entryCount: Int? = nil) {
        self.organisation = organisation
        self.title = title
        self.period = period
        self.entryCount = entryCount
    }

    /// How many bytes a read takes first: canonical files put the header keys within the first few
    /// hundred bytes, before `source`, `scale` and `entries`.
    static let firstReadBytes = 16 * 1024

    /// The header in a file's bytes; nil when they do not start a JSON object or end too early.
    public static func scan(_ bytes: [UInt8], countingEntries: Bool = true) -> RegisterHeader? {
        guard case .header(let header) = HeaderScanner.scan(bytes, countingEntries: countingEntries) else { return nil }
        return header
    }

    /// Reads a file's header. Without `countingEntries` only the first 16 KiB are read when the
    /// header keys come first (as riskreg writes them); otherwise, or when they do not, the whole
    /// file (refused over `maximumBytes`, or when not a regular file, as `RegisterStore.load` does).
    /// Fails with the file named when it cannot be read or its header cannot be found.
    public static func read(_ url: URL, countingEntries: Bool = false,
                            maximumBytes: Int = FormatLimits.defaultMaximumFileBytes) -> Result<RegisterHeader, LoadFailure> {
        let path = url.path
        let shown = SafeText.visible(path)
        do {
            if !countingEntries {
                let prefix = try FileIO.read(path, maximumBytes: maximumBytes, prefix: firstReadBytes)
                switch HeaderScanner.scan(prefix.bytes, countingEntries: false) {
                case .header(let header): return .success(header)
                case .unreadable: return .failure(unreadable(url, shown))
                case .needsMore where prefix.isWhole: return .failure(unreadable(url, shown))
                case .needsMore: break
                }
            }
            let bytes = try FileIO.read(path, maximumBytes: maximumBytes)
            guard case .header(let header) = HeaderScanner.scan(bytes, countingEntries: countingEntries) else {
                return .failure(unreadable(url, shown))
            }
            return .success(header)
        } catch {
            return .failure(LoadFailure(url: url, reading: error))
        }
    }

    private static func unreadable(_ url: URL, _ path: String) -> LoadFailure {
        LoadFailure(url: url, messages: ["\(path): error: not a register: no JSON object with a header"])
    }
}
