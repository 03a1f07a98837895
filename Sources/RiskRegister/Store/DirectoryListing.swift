import Foundation

/// A data directory as listed, without reading any register: its register files, the `*.json`
/// names no path can name (not valid UTF-8), and the names of its hidden files (where recovery
/// files are found).
public struct DirectoryListing: Sendable {
    /// Every `*.json` file not hidden, sorted by name.
    public var files: [URL]
    /// A failure for each `*.json` name that is not valid UTF-8 and so cannot be read.
    public var unnamable: [LoadFailure]
    /// The names of hidden files (riskreg's recovery, temporary and lock files among them).
    public var hiddenNames: Set<String>

    /// Lists a directory. Throws only when the directory itself cannot be read.
    public static func of(_ directory: URL) throws -> DirectoryListing {
        let names: [(name: String?, shown: String)]
        do {
            names = try FileIO.names(in: directory.path)
        } catch {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: error.reason])
        }
        let wanted = names.filter { $0.shown.hasSuffix(".json") && !$0.shown.hasPrefix(".") }
        let unnamable = wanted.filter { $0.name == nil }.map(\.shown).sorted().map { shown in
            LoadFailure(url: directory.appendingPathComponent(shown),
                        messages: ["\(directory.path)/\(shown): error: the file name is not valid UTF-8; rename the file to read it"])
        }
        return DirectoryListing(files: wanted.compactMap(\.name).sorted().map { directory.appendingPathComponent($0) },
                                unnamable: unnamable,
                                hiddenNames: Set(names.compactMap(\.name).filter { $0.hasPrefix(".") }))
    }
}
