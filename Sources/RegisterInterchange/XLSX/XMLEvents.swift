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
    /// Bytes that are not UTF-8 are refused before the parser sees them: FoundationXML traps on an
    /// element or attribute name that is not (found by the fuzzer), and a workbook's parts are
    /// UTF-8 as Excel and LibreOffice write them.
    static func parse(_ data: Data, start: @escaping (String, [String: String]) -> Void, end: @escaping (String) -> Void = { _ in },
                      text: @escaping (String) -> Void = { _ in }) throws {
        guard isUTF8(data) else { throw NotUTF8() }
        let events = XMLEvents(start: start, end: end, text: text)
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.delegate = events
        guard parser.parse(), parser.parserError == nil else {
            throw parser.parserError ?? CocoaError(.fileReadCorruptFile)
        }
    }

    /// The refusal of bytes that are not UTF-8.
    struct NotUTF8: LocalizedError {
        var errorDescription: String? { "it is not UTF-8 text" }
    }

    /// True when `data` is UTF-8 throughout.
    private static func isUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { buffer in
            var bytes = buffer.makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&bytes) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
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
