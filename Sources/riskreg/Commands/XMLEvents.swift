import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Foundation's streaming `XMLParser` with closures for its events: element starts (local name,
/// attributes), ends and character data. Namespaces are processed, so `x:row` arrives as `row`.
final class XMLEvents: NSObject, XMLParserDelegate {
    private let start: (String, [String: String]) -> Void
    private let end: (String) -> Void
    private let text: (String) -> Void

    private init(start: @escaping (String, [String: String]) -> Void, end: @escaping (String) -> Void,
                 text: @escaping (String) -> Void) {
        self.start = start
        self.end = end
        self.text = text
    }

    /// Parses `data`, calling the closures in document order; throws what the parser reported
    /// when the XML is not well formed (a document that ends early included). The parser reads
    /// the data from a stream, a chunk at a time: given the data whole, libxml2 refuses a document
    /// over its 10,000,000-byte lookup limit.
    static func parse(_ data: Data, start: @escaping (String, [String: String]) -> Void, end: @escaping (String) -> Void = { _ in },
                      text: @escaping (String) -> Void = { _ in }) throws {
        let events = XMLEvents(start: start, end: end, text: text)
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.delegate = events
        guard parser.parse(), parser.parserError == nil else {
            throw parser.parserError ?? CocoaError(.fileReadCorruptFile)
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        start(elementName, attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        end(elementName)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(string)
    }
}
