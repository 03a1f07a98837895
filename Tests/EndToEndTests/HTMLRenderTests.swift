import Foundation
import Testing

/// The HTML export rendered by headless Chromium (Debian's `chromium`) through the documented
/// script, Scripts/render-pack.sh: the PDF's page count (poppler's pdfinfo), what its first page
/// holds (pdftotext), the screenshot, and the DOM Chromium built from the file (`--dump-dom`). A
/// machine without chromium or poppler-utils fails these tests; .ci/run installs both.
@Suite(.timeLimit(.minutes(20))) struct HTMLRenderTests {
    /// Prints the DOM's heat-map grids (cells per grid) and cards as JSON.
    static let domReader = """
    import json, sys
    from html.parser import HTMLParser
    VOID = {'area','base','br','col','embed','hr','img','input','link','meta','source','track','wbr'}
    class Reader(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.grids, self.cards, self.captions = [], [], 0, []
            self.inCaption = False
        def handle_starttag(self, tag, attrs):
            classes = (dict(attrs).get('class') or '').split()
            inHeatmap = any('heatmap' in c for c in self.stack)
            if tag == 'table' and inHeatmap:
                self.grids.append(0)
            if tag == 'td' and 'cell' in classes and inHeatmap and self.grids:
                self.grids[-1] += 1
            if tag == 'article' and 'card' in classes:
                self.cards += 1
            if tag == 'caption':
                self.inCaption = True
                self.captions.append('')
            if tag not in VOID:
                self.stack.append(classes)
        def handle_endtag(self, tag):
            if tag == 'caption':
                self.inCaption = False
            if tag not in VOID and self.stack:
                self.stack.pop()
        def handle_data(self, data):
            if self.inCaption:
                self.captions[-1] += data
    reader = Reader()
    with open(sys.argv[1], encoding='utf-8') as f:
        reader.feed(f.read())
    print(json.dumps({'grids': reader.grids, 'cards': reader.cards, 'captions': reader.captions}))
    """

    /// Runs a command line with extra environment variables; its status and output.
    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        try Spawn.run(["env"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + arguments)
    }

    @Test func q4PackRendersToAFewA4PagesWithTheWholeSummaryOnTheFirst() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let out = data.appendingPathComponent("rendered")
        let script = Binary.root.appendingPathComponent("Scripts/render-pack.sh").path
        let rendered = try run(["bash", script, "lcc-2021-22-q4", out.path],
                               environment: ["RISKREG": try Binary.executable().path, "RISKREG_DATA": data.path])
        try #require(rendered.status == 0, "Scripts/render-pack.sh failed: \(rendered.output)")
        let pdf = out.appendingPathComponent("lcc-2021-22-q4.pdf")
        let info = try run(["pdfinfo", pdf.path])
        try #require(info.status == 0, "pdfinfo: \(info.output)")
        let pages = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
        let pageSize = info.output.split(separator: "\n").first { $0.hasPrefix("Page size:") }.map(String.init) ?? ""
        // Eight cards, three of them longer than a page: 15 pages when rendered here. Fewer than 10
        // means cards were cut or lost; more than 18 means breaks leave half-empty pages again.
        #expect((10...18).contains(pages ?? 0), "\(pages.map(String.init) ?? "no") pages")
        #expect(pageSize.hasSuffix("(A4)"), "pdfinfo names the page size A4: \(pageSize)")
        let first = try run(["pdftotext", "-f", "1", "-l", "1", "-layout", pdf.path, "-"])
        try #require(first.status == 0, "pdftotext: \(first.output)")
        for text in ["Corporate Risk & Opportunity Register: 2021/22 Q4", "Heat map", "Summary risk profile",
                     "Environmental Improvements", "What moved since the previous quarter"] {
            #expect(first.output.contains(text), "page 1 holds \(text): \(first.output)")
        }
        #expect(!first.output.contains("Entries"), "the entries start on a new page")

        let png = try Data(contentsOf: out.appendingPathComponent("lcc-2021-22-q4.png"))
        try #require(png.count > 24)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG")
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 794 && height == 1123, "one A4 screenful: \(width) × \(height)")
    }

    @Test func chromiumBuildsTwoFullGridsAndOneCardPerEntry() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let html = data.appendingPathComponent("pack.html")
        let exported = try Binary.run(["export", "--register", "lcc-2021-22-q4", "--format", "html", "-o", html.path, "--data", data.path])
        try #require(exported.status == 0, "\(exported.stderr)")
        let dom = data.appendingPathComponent("pack.dom.html")
        let log = data.appendingPathComponent("chromium.log")
        let profile = data.appendingPathComponent("chromium-profile")
        // Chromium prints the DOM on standard output and its chatter on standard error: apart.
        let dumped = try run(["bash", "-c", "\"$0\" --headless --no-sandbox --disable-gpu --user-data-dir=\"$1\" --dump-dom \"$2\" >\"$3\" 2>\"$4\"",
                              "chromium", profile.path, html.absoluteString, dom.path, log.path])
        let chatter = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        try #require(dumped.status == 0, "chromium --dump-dom failed (status \(dumped.status)): \(dumped.output) \(chatter)")
        let read = try #require(try PythonCheck.run(Self.domReader, on: dom) as? [String: Any])
        #expect(read["grids"] as? [Int] == [25, 25], "a 5×5 grid for risks and one for opportunities: \(read)")
        #expect(read["cards"] as? Int == 8, "one card per entry")
        let captions = read["captions"] as? [String] ?? []
        #expect(captions.contains { $0.hasPrefix("Risks") } && captions.contains { $0.hasPrefix("Opportunities") }, "\(captions)")
    }
}
