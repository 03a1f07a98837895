import Foundation

/// A register's identity while a program runs: the path of its file. Registers are found by it,
/// never by a position in a list, so a register can be added, reloaded or removed without
/// confusing undo steps, questions or selections that name another.
public struct RegisterID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file's standardized path.
    public let path: String

    /// The identity of the register in this file.
    public init(_ url: URL) {
        path = url.standardizedFileURL.path
    }

    /// The file.
    public var url: URL { URL(fileURLWithPath: path) }

    /// The file's name, such as "lcc-2021-22-q4.json".
    public var fileName: String { String(path[(path.lastIndex(of: "/").map(path.index(after:)) ?? path.startIndex)...]) }

    /// The file name without its extension, such as "lcc-2021-22-q4".
    public var stem: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    public var description: String { path }

    public static func < (lhs: RegisterID, rhs: RegisterID) -> Bool { lhs.path < rhs.path }
}
