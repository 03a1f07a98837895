import Foundation

/// A data directory the scale benchmark opens: where it is, how big, and the ids to look for.
struct ScaleDataset {
    /// Its name in the output: "Data/", "10,000 entries", "1,000×100".
    let name: String
    /// The directory.
    let directory: URL
    /// Total bytes of its register files.
    let bytes: Int
    /// How many register files it holds.
    let fileCount: Int
    /// The first entry of the register the browser opens, whose id shows that entries are drawn.
    let firstEntryID: String
    /// A register file in it (the one that sorts last), for single files and `list --register`.
    let lastFile: URL
    /// The entry that holds the search token, when the directory was generated.
    let tokenEntryID: String?

    /// Generates `registers` × `entries` into `directory`.
    static func generate(name: String, entries: Int, registers: Int, into directory: URL) throws -> ScaleDataset {
        let generator = DatasetGenerator(entries: entries, registers: registers, seed: 10)
        let bytes = try generator.write(to: directory)
        let plan = generator.plan
        let opened = plan.opened ?? plan.sheets[0]
        let last = plan.tokenSheet ?? plan.sheets[0]
        return ScaleDataset(name: name, directory: directory, bytes: bytes, fileCount: registers,
                            firstEntryID: RegisterPlan.entryID(code: opened.code, index: 0),
                            lastFile: directory.appendingPathComponent("\(last.stem).json"),
                            tokenEntryID: RegisterPlan.entryID(code: last.code, index: RegisterPlan.tokenEntryIndex(entries: entries)))
    }

    /// A copy of the shipped registers (Data/), whose newest register starts with `firstEntryID`.
    static func shipped(_ source: URL, copyTo directory: URL, firstEntryID: String) throws -> ScaleDataset {
        try FileManager.default.copyItem(at: source, to: directory)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        let bytes = files.reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(file).path)[.size] as? Int) ?? 0)
        }
        return ScaleDataset(name: "Data/", directory: directory, bytes: bytes, fileCount: files.count, firstEntryID: firstEntryID,
                            lastFile: directory.appendingPathComponent(files.last ?? ""), tokenEntryID: nil)
    }

    /// A copy of this directory under `directory`, for runs that edit (saving writes recovery
    /// files and the register itself).
    func copy(to directory: URL) throws -> ScaleDataset {
        try FileManager.default.copyItem(at: self.directory, to: directory)
        return ScaleDataset(name: name, directory: directory, bytes: bytes, fileCount: fileCount, firstEntryID: firstEntryID,
                            lastFile: directory.appendingPathComponent(lastFile.lastPathComponent), tokenEntryID: tokenEntryID)
    }

    /// True when the screen shows `id` as a whole id (not the start of a longer number).
    static func shows(_ id: String, on screen: ScreenEmulator) -> Bool {
        (0..<screen.height).contains { index in
            let line = screen.line(index)
            var rest = line[...]
            while let range = rest.range(of: id) {
                if range.upperBound == line.endIndex || !line[range.upperBound].isNumber { return true }
                rest = line[range.upperBound...]
            }
            return false
        }
    }
}
