import Foundation
import RiskRegister

/// The register a picked register follows in its data directory (`RegisterSuccession`), for the
/// commands that show what moved since the previous quarter.
public enum PredecessorLookup {
    /// The predecessor of `loaded` among `registers` (those of the data directory that load), or
    /// nil when there is none.
    public static func register(before loaded: LoadedRegister, among registers: [LoadedRegister]) -> LoadedRegister? {
        let references = registers.map { RegisterReference(stem: $0.stem, register: $0.register) }
        let reference = RegisterReference(stem: loaded.stem, register: loaded.register)
        guard let stem = RegisterSuccession.predecessor(of: reference, among: references) else { return nil }
        return registers.first { $0.stem == stem }
    }

    /// The predecessor of `loaded` among the register files `files` (a data directory's listing),
    /// chosen from their headers (`RegisterHeader`: organisation, title and period, read without
    /// decoding the registers) and then loaded alone; the same register as
    /// `register(before:among:)` over every file that loads. A chosen file that does not load is
    /// passed over for the next one back. Over 1,000 registers that reads 1,000 headers and
    /// decodes one register, where decoding them all took 7.5 s and 1.35 GB (issue 24).
    public static func register(before loaded: LoadedRegister, inFiles files: [URL],
                                maximumBytes: Int = FormatLimits.defaultMaximumFileBytes) -> LoadedRegister? {
        let reference = RegisterReference(stem: loaded.stem, register: loaded.register)
        var candidates: [String: URL] = [:]
        for url in files where url.standardizedFileURL != loaded.url.standardizedFileURL {
            candidates[url.deletingPathExtension().lastPathComponent] = url
        }
        var references: [RegisterReference]
        if let previous = loaded.register.previous {
            // A register naming its predecessor needs no header but that file's.
            references = candidates[previous] == nil ? [] : [RegisterReference(stem: previous, organisation: "", title: "", period: "")]
        } else {
            references = candidates.compactMap { stem, url in
                guard case .success(let header) = RegisterHeader.read(url, maximumBytes: maximumBytes),
                      let organisation = header.organisation, let title = header.title, let period = header.period else { return nil }
                return RegisterReference(stem: stem, organisation: organisation, title: title, period: period)
            }
        }
        while let stem = RegisterSuccession.predecessor(of: reference, among: references), let url = candidates[stem] {
            if case .success(let predecessor) = RegisterStore.load(url, maximumBytes: maximumBytes) { return predecessor }
            references.removeAll { $0.stem == stem }
        }
        return nil
    }
}
