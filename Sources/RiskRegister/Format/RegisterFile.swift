/// Reading and writing the bytes of a register file.
public enum RegisterFile {
    /// Parses and decodes file bytes.
    public static func decode(_ bytes: [UInt8]) -> Result<Register, RegisterFileError> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return .failure(.syntax(error))
        }
        return RegisterDecoder.decode(value).mapError { .format($0.problems) }
    }

    /// The canonical bytes of a register.
    public static func encode(_ register: Register) -> [UInt8] {
        CanonicalJSONWriter.bytes(of: RegisterEncoder.encode(register))
    }
}
