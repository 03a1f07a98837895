import Foundation
import RiskRegister

/// `riskreg fmt`: register files rewritten in canonical form (key order, indentation, escapes).
public enum CanonicalFormatting {
    /// Loads the register at `url` (at most `maximumBytes`) and, unless only `checking`, rewrites
    /// it canonically when it is not, refused when the file changed since it was read.
    public static func apply(to url: URL, maximumBytes: Int, checking: Bool) -> FormatOutcome {
        switch RegisterStore.load(url, maximumBytes: maximumBytes) {
        case .failure(let failure):
            return .unreadable(failure.messages)
        case .success(let loaded):
            let canonical = RegisterFile.encode(loaded.register)
            guard canonical != loaded.diskBytes else { return .canonical }
            guard !checking else { return .notCanonical }
            do {
                try RegisterStore.write(canonical, to: url, expecting: loaded.diskBytes)
                return .formatted
            } catch {
                return .writeFailed("\(error)")
            }
        }
    }
}
