import Crypto

/// Content digests, to name the exact bytes a set of edits started from.
public enum Digest {
    /// "sha256:" followed by the lower-case hex SHA-256 of the bytes.
    public static func sha256(_ bytes: [UInt8]) -> String {
        "sha256:" + SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
