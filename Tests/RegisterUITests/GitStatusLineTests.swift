import Testing
@testable import RegisterUI
@testable import RiskRegister

/// The git status on the status line: branch, ahead/behind, register files not committed; the
/// word of a commit after a save.
@Suite(.timeLimit(.minutes(15))) struct GitStatusLineTests {
    private func statusLine(_ state: AppState) -> String {
        guard let y = state.layout?.status.y else { return "" }
        return view(state).row(y).map(\.character).joined()
    }

    @Test func theTextShowsOnlyWhatThereIs() {
        let glyphs = Glyphs.unicode
        #expect(GitStatus(branch: "main", ahead: 1, behind: 2, uncommitted: 2).text(glyphs: glyphs) == "main ↑1 ↓2 · 2 uncommitted")
        #expect(GitStatus(branch: "main", ahead: 0, behind: 0, uncommitted: 0).text(glyphs: glyphs) == "main")
        #expect(GitStatus(branch: nil, uncommitted: 1).text(glyphs: glyphs) == "detached · 1 uncommitted")
        #expect(GitStatus(branch: "main", ahead: 3, behind: 0, uncommitted: 0).text(glyphs: .ascii) == "main ^3")
    }

    @Test func theStatusLineShowsItOnceReportedAndNothingOutsideGit() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        #expect(!statusLine(state).contains("uncommitted"))
        state.run([])
        _ = update(&state, .gitStatus(GitStatus(branch: "main", ahead: 1, behind: 0, uncommitted: 1)))
        #expect(statusLine(state).contains("main ↑1 · 1 uncommitted"))
        _ = update(&state, .gitStatus(nil))
        #expect(!statusLine(state).contains("main"))
    }

    @Test func aSaveInGitAsksForTheStatusAgainAndACommitIsSaid() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        _ = update(&state, .gitStatus(GitStatus(branch: "main", uncommitted: 0)))
        state.run(.press("3"), .press("t"))
        guard case .save(let request)? = state.run(.press("w")).first else {
            Issue.record("w did not save")
            return
        }
        let id = RegisterID(request.edited.url)
        let saved = LoadedRegister(url: request.edited.url, register: request.edited.register,
                                   diskBytes: RegisterFile.encode(request.edited.register))
        #expect(update(&state, .saved(id, .success(saved))) == [.refreshGitStatus])
        #expect(update(&state, .committed(id, .success("abc1234"))) == [.refreshGitStatus])
        #expect(statusLine(state).contains("Committed abc1234"))
        _ = update(&state, .committed(id, .failure(GitFailure("nothing to commit"))))
        #expect(statusLine(state).contains("Saved, not committed: nothing to commit"))
    }

    @Test func outsideGitASaveAsksForNoStatus() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        state.run(.press("3"), .press("t"))
        guard case .save(let request)? = state.run(.press("w")).first else {
            Issue.record("w did not save")
            return
        }
        let saved = LoadedRegister(url: request.edited.url, register: request.edited.register,
                                   diskBytes: RegisterFile.encode(request.edited.register))
        #expect(update(&state, .saved(RegisterID(request.edited.url), .success(saved))).isEmpty)
    }
}
