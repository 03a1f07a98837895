import OrderedCollections

/// Keys of a JSON object that riskreg does not know, kept in the order they were read so that they
/// survive a load and save untouched.
public typealias UnknownKeys = OrderedDictionary<String, JSONValue>
