/// Where a register sits: the corporate register, or a directorate's (or service's) register whose
/// serious risks are escalated to the corporate one. A register that says nothing is corporate.
public enum RegisterLevel: String, Sendable, CaseIterable {
    /// The corporate register.
    case corporate
    /// A directorate's or service's register.
    case directorate
}
