import RiskRegister

/// What a save needs: the edited register (with the file's url and the bytes as loaded) and the
/// register as loaded or last saved, which the change history is recorded against.
public struct SaveRequest: Equatable, Sendable {
    /// The edited register and its file as loaded.
    public let edited: LoadedRegister
    /// The register as loaded or last saved.
    public let baseline: Register

    /// A save of `edited`, its history recorded against `baseline`.
    public init(edited: LoadedRegister, baseline: Register) {
        self.edited = edited
        self.baseline = baseline
    }
}
