import Foundation
import Testing

/// Independent readers for the exports, run with python3: its csv module and html.parser. A
/// machine without python3 fails these tests (spawning it throws); they never skip.
enum PythonCheck {
    /// Prints the CSV file's records as a JSON array of arrays (a byte order mark is allowed).
    static let csvReader = """
    import csv, json, sys
    with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
        print(json.dumps(list(csv.reader(f, strict=True))))
    """

    /// Prints what html.parser saw in the file as JSON: unbalanced or stray tags, every start tag
    /// with its attributes, and the text.
    static let htmlReader = """
    import json, sys
    from html.parser import HTMLParser
    VOID = {'area','base','br','col','embed','hr','img','input','link','meta','source','track','wbr'}
    class Reader(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.stack, self.errors, self.tags, self.text = [], [], [], []
        def handle_starttag(self, tag, attrs):
            self.tags.append([tag, dict((k, v or '') for k, v in attrs)])
            if tag not in VOID:
                self.stack.append(tag)
        def handle_endtag(self, tag):
            if tag in VOID:
                return
            if not self.stack or self.stack[-1] != tag:
                self.errors.append('unexpected </%s> with open %s' % (tag, self.stack[-3:]))
                if tag in self.stack:
                    while self.stack and self.stack.pop() != tag:
                        pass
            else:
                self.stack.pop()
        def handle_data(self, data):
            self.text.append(data)
    reader = Reader()
    with open(sys.argv[1], encoding='utf-8') as f:
        reader.feed(f.read())
    reader.close()
    if reader.stack:
        reader.errors.append('unclosed %s' % reader.stack)
    print(json.dumps({'errors': reader.errors, 'tags': reader.tags, 'text': ''.join(reader.text)}))
    """

    /// Runs `script` on `file` with python3 and decodes the JSON it prints.
    static func run(_ script: String, on file: URL) throws -> Any {
        let result = try Spawn.run(["python3", "-c", script, file.path])
        try #require(result.status == 0, "python3 failed: \(result.output)")
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8))
    }
}
