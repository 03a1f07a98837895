import RiskRegister

/// Reading the commands' JSON in expectations.
extension JSONValue {
    /// The value of `key` in an object.
    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The element at `index` of an array.
    subscript(index: Int) -> JSONValue? {
        if case .array(let array) = self, array.indices.contains(index) { return array[index] }
        return nil
    }

    /// The keys of an object, in order.
    var keys: [String] {
        if case .object(let object) = self { return Array(object.keys) }
        return []
    }

    /// The elements of an array.
    var elements: [JSONValue] {
        if case .array(let array) = self { return array }
        return []
    }
}
