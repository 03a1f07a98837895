extension GitStatus {
    /// The status `git status --porcelain=v2 --branch -z -- .` printed: the branch headers, then
    /// one record per changed path (a rename's second record is its old path); register files are
    /// the `*.json` not hidden (a recovery file is `.name.user.recovery.json`).
    public init(porcelain output: String) {
        var branch: String?
        var ahead: Int?
        var behind: Int?
        var uncommitted = 0
        var records = output.split(separator: "\0", omittingEmptySubsequences: true)[...]
        while let record = records.popFirst() {
            let fields = record.split(separator: " ", omittingEmptySubsequences: false)
            guard let kind = fields.first else { continue }
            switch kind {
            case "#":
                if fields.count >= 3, fields[1] == "branch.head" {
                    branch = fields[2] == "(detached)" ? nil : fields[2...].joined(separator: " ")
                } else if fields.count >= 4, fields[1] == "branch.ab" {
                    ahead = Int(fields[2].dropFirst())
                    behind = Int(fields[3].dropFirst())
                }
            case "1", "2", "u", "?":
                // The path is everything after the record's fixed fields.
                let fixed = ["1": 8, "2": 9, "u": 10, "?": 1][String(kind)] ?? 1
                let path = fields.dropFirst(fixed).joined(separator: " ")
                if kind == "2" { _ = records.popFirst() }
                let name = path.split(separator: "/").last.map(String.init) ?? path
                if name.hasSuffix(".json"), !name.hasPrefix(".") { uncommitted += 1 }
            default:
                continue
            }
        }
        self.init(branch: branch, ahead: ahead, behind: behind, uncommitted: uncommitted)
    }
}
