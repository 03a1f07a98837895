import RiskRegister

extension AppState {
    /// The runtime's answer to a commit after a save.
    mutating func committed(_ id: RegisterID, _ result: Result<String, GitFailure>) -> [Effect] {
        switch result {
        case .success(let hash):
            message = StatusMessage(text: "Committed \(hash) (\(id.fileName))", isWarning: false)
        case .failure(let failure):
            message = StatusMessage(text: "Saved, not committed: \(failure.message)", isWarning: true)
        }
        return [.refreshGitStatus]
    }
}
