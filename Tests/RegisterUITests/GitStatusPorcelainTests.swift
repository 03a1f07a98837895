import Testing
@testable import RegisterUI

/// `git status --porcelain=v2 --branch -z` read into the status line's git status.
@Suite(.timeLimit(.minutes(15))) struct GitStatusPorcelainTests {
    @Test func branchAheadBehindAndEveryKindOfChangedRegister() {
        let output = [
            "# branch.oid 1234", "# branch.head main", "# branch.upstream origin/main", "# branch.ab +1 -2",
            "1 .M N... 100644 100644 100644 abc abc data/lcc-2021-22-q4.json",
            "2 R. N... 100644 100644 100644 abc abc R100 data/new name.json", "data/old name.json",
            "u UU N... 100644 100644 100644 100644 a b c data/lcc-2021-22-q3.json",
            "? data/lcc-2022-23-q1.json",
            "? data/.lcc-2021-22-q4.ann.recovery.json",
            "? data/notes.txt",
        ].joined(separator: "\0") + "\0"
        #expect(GitStatus(porcelain: output) == GitStatus(branch: "main", ahead: 1, behind: 2, uncommitted: 4))
    }

    @Test func detachedWithoutUpstreamAndClean() {
        let output = "# branch.oid 1234\0# branch.head (detached)\0"
        #expect(GitStatus(porcelain: output) == GitStatus(branch: nil, ahead: nil, behind: nil, uncommitted: 0))
    }
}
