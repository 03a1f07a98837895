/// A red / amber / green confidence rating.
public enum RAG: String, CaseIterable, Sendable, Equatable {
    case green
    case amber
    case red
}
