import Foundation
import RiskRegister

/// Picks the one register a command needs without decoding any other: a name that is a file's
/// stem or file name loads that file alone; a period, or no name (the newest), is looked up in the
/// index's catalogue for files whose records are fresh and in each other file's header
/// (`RegisterHeader`, read from the start of the file), and only the chosen file is decoded. A file
/// whose header cannot be read is loaded in full so that its error is reported as `load` reports it
/// (`file:line:column`); a chosen file that does not load is reported and the next candidate tried.
struct RegisterPicker {
    /// The data directory and file size limit.
    let data: DataOptions
    /// `--register`: a file stem or name, or a period; nil for the newest.
    let name: String?
    /// Where the index cache is looked for.
    var environment = ProcessInfo.processInfo.environment

    /// A register file with the period its header (or the index) gives.
    private struct Candidate {
        let url: URL
        let period: String
    }

    /// The chosen register, or a failure naming what is available.
    func pick() throws -> LoadedRegister {
        let files = try data.registerFiles()
        var failed: URL?
        if let name, let file = files.first(where: { Self.file($0, isNamed: name) }) {
            switch RegisterStore.load(file, maximumBytes: data.maximumBytes) {
            case .success(let loaded): return loaded
            case .failure(let failure):
                report(failure)
                failed = file
            }
        }
        let candidates = self.candidates(files.filter { $0 != failed })
        let wanted = name?.lowercased()
        let chosen = wanted.map { wanted in candidates.filter { $0.period.lowercased() == wanted } } ?? candidates.reversed()
        for candidate in chosen {
            switch RegisterStore.load(candidate.url, maximumBytes: data.maximumBytes) {
            case .success(let loaded): return loaded
            case .failure(let failure): report(failure)
            }
        }
        if let name {
            let available = candidates.map { "\($0.url.deletingPathExtension().lastPathComponent) (\($0.period))" }
                .joined(separator: ", ")
            throw CommandFailure("no register named \(SafeText.quoted(name, limit: 60)); available: \(available.isEmpty ? "none" : available)")
        }
        throw CommandFailure("no register could be loaded from the data directory")
    }

    /// True when `name` is the file's stem or name (ignoring case).
    private static func file(_ url: URL, isNamed name: String) -> Bool {
        let wanted = name.lowercased()
        return url.lastPathComponent.lowercased() == wanted || url.deletingPathExtension().lastPathComponent.lowercased() == wanted
    }

    /// The files with a period, ordered as `RegisterStore.scan` orders registers (by period, then
    /// file name). Files without a readable header are loaded: those that fail are reported.
    private func candidates(_ files: [URL]) -> [Candidate] {
        let index = DirectoryIndex.open(for: data.directory, cacheDirectory: IndexCacheLocation.directory(environment: environment),
                                        includingSearchText: false)
        var candidates: [Candidate] = []
        for url in files {
            if let period = index.freshRecord(for: url)?.header.period
                ?? (try? RegisterHeader.read(url, maximumBytes: data.maximumBytes).get())?.period {
                candidates.append(Candidate(url: url, period: period))
                continue
            }
            switch RegisterStore.load(url, maximumBytes: data.maximumBytes) {
            case .success(let loaded): candidates.append(Candidate(url: url, period: loaded.register.period))
            case .failure(let failure): report(failure)
            }
        }
        return candidates.sorted { lhs, rhs in
            let left = Period(lhs.period)
            let right = Period(rhs.period)
            if left != right, let left, let right { return left < right }
            return lhs.url.lastPathComponent < rhs.url.lastPathComponent
        }
    }

    private func report(_ failure: LoadFailure) {
        failure.messages.forEach(StandardError.print)
    }
}
