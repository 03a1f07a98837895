import ArgumentParser
import Foundation
import RiskRegister

/// `riskreg search TEXT`: every entry of every register of the data directory that contains the
/// text, found through the directory's index (refreshed first, so it is never out of date).
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every register of the data directory for entries containing TEXT.",
        discussion: """
        Matches as the browser's / search does: any field of an entry, ignoring case, an accented \
        letter typed one way finding it stored the other. Reads only the register files that changed \
        since the last run (the index is kept in $XDG_CACHE_HOME/riskreg or ~/.cache/riskreg; deleting \
        it is safe). Files that do not load are reported on stderr and the others searched. Exit 0 \
        when something matched, 1 when nothing did (as grep), 2 when the data directory cannot be read.
        """
    )

    @OptionGroup var data: DataOptions

    @Flag(name: .long, help: "Print a JSON array of the hits: register, file, period, id, title.")
    var json = false

    @Argument(help: "The text to look for.")
    var text: String

    func run() throws {
        let index = DirectoryIndex.open(for: data.directory, cacheDirectory: IndexCacheLocation.directory())
        let refresh = try data.refresh(index)
        for failure in refresh.failures {
            failure.messages.forEach(StandardError.print)
        }
        if index.isModified { index.save() }
        let hits = index.search(text)
        if json {
            Output.printJSON(.array(hits.map { hit in
                .object(["register": .string(hit.stem), "file": .string(hit.file.lastPathComponent),
                         "period": .string(hit.period), "id": .string(hit.id), "title": .string(hit.title)])
            }))
        } else if !hits.isEmpty {
            let rows = [["REGISTER", "PERIOD", "ID", "TITLE"]]
                + hits.map { hit in
                    [hit.stem, hit.period, hit.id, hit.title].map { SafeText.cut(SafeText.visible($0), limit: 200) }
                }
            Output.print(TextTable.render(rows), terminator: "")
        }
        if hits.isEmpty { throw ExitCode(1) }
    }
}
