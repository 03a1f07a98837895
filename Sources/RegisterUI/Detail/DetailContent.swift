import RiskRegister

/// The detail pane's text: an entry's paragraphs (`EntryDetail`) word-wrapped to a width, with
/// roles for headings, labels and notes, and hanging indents for bullets.
enum DetailContent {
    /// The wrapped lines for an entry.
    static func rows(for entry: Entry, scale: Scale, width: Int, glyphs: Glyphs) -> [[Span]] {
        annotatedRows(for: entry, scale: scale, width: width, glyphs: glyphs).rows
    }

    /// The wrapped lines, and for each the cursor target it shows, if any.
    static func annotatedRows(for entry: Entry, scale: Scale, width: Int, glyphs: Glyphs, additions: DetailAdditions = .none)
        -> (rows: [[Span]], targets: [DetailTarget?]) {
        let built = build(for: entry, scale: scale, width: width, glyphs: glyphs, additions: additions)
        return (built.rows, built.targets)
    }

    /// The row of the "Notes" heading, nil for an entry without notes.
    static func notesRow(for entry: Entry, scale: Scale, width: Int, glyphs: Glyphs, additions: DetailAdditions = .none) -> Int? {
        build(for: entry, scale: scale, width: width, glyphs: glyphs, additions: additions).notesRow
    }

    private static func build(for entry: Entry, scale: Scale, width: Int, glyphs: Glyphs, additions: DetailAdditions)
        -> (rows: [[Span]], targets: [DetailTarget?], notesRow: Int?) {
        var rows: [[Span]] = additions.preface.flatMap { wrapped($0, role: .heading, width: width) }
        if !rows.isEmpty { rows.append([]) }
        var targets = [DetailTarget?](repeating: nil, count: rows.count)
        var notesRow: Int?
        let lines = additions.apply(to: EntryDetail.annotatedLines(for: entry, scale: scale, anomalyMark: glyphs.anomaly,
                                                                   notesKey: CommandTable.keyName(for: .showNotes),
                                                                   showsIdentity: true))
        for (index, (line, target)) in lines.enumerated() {
            defer { while targets.count < rows.count { targets.append(target) } }
            if line.role == .section && !rows.isEmpty {
                rows.append([])
                targets.append(nil)
            }
            if line.role == .section && line.text == EntryDetail.notesHeading { notesRow = rows.count }
            let role: StyleRole = line.isDim ? .dim : .normal
            switch line.role {
            case .field where index == 0:
                rows += wrapped(line.text, role: .title, width: width)
            case .field where line.isDim:
                rows += wrapped(line.text, role: .dim, width: width)
            case .field:
                if case .rating(let kind) = target, entry.rating(kind).isAnomalous {
                    rows += emphasised(glyphs.anomaly, in: labelled(line.text, width: width))
                } else if target == .field(.confidence) {
                    rows += colouringConfidence(labelled(line.text, width: width))
                } else {
                    rows += labelled(line.text, width: width)
                }
            case .section:
                rows += wrapped(line.text, role: .heading, width: width)
            case .subheading:
                rows += wrapped(line.text, role: .subheading, width: width)
            case .bullet(let level):
                let indent = String(repeating: " ", count: 2 * level)
                let bullet = level == 0 ? glyphs.bullet : glyphs.subBullet
                rows += hanging(indent + bullet + " ", line.text, role: role, width: width)
            case .text:
                rows += wrapped(line.text, role: role, width: width)
            case .note:
                rows += hanging("! ", line.text, role: .warning, width: width)
            }
        }
        return (rows, targets, notesRow)
    }

    /// The rows with the first `mark` in the warning role (the character marks it; the colour only
    /// helps).
    private static func emphasised(_ mark: String, in rows: [[Span]]) -> [[Span]] {
        var done = false
        return rows.map { spans in
            spans.flatMap { span -> [Span] in
                guard !done, let range = span.text.range(of: mark) else { return [span] }
                done = true
                return [Span(String(span.text[..<range.lowerBound]), span.role), Span(mark, .warning),
                        Span(String(span.text[range.upperBound...]), span.role)].filter { !$0.text.isEmpty }
            }
        }
    }

    /// The confidence line with each quarter's letter ("Q2 A") in its band colour: green, amber
    /// or red, the roles the heat map uses. The letter keeps it readable without colour.
    private static func colouringConfidence(_ rows: [[Span]]) -> [[Span]] {
        let roles = Dictionary(uniqueKeysWithValues: RAG.allCases.map { (EntryDetail.ragLetter($0), BandStyle.role(ragColour($0))) })
        return rows.map { spans in
            spans.flatMap { span -> [Span] in
                let words = span.text.components(separatedBy: " ")
                var pieces: [Span] = []
                var plain = ""
                for (index, word) in words.enumerated() {
                    if index > 0 { plain += " " }
                    let afterQuarter = index > 0 && words[index - 1].count == 2 && words[index - 1].hasPrefix("Q")
                    if afterQuarter, let role = roles[word] {
                        pieces.append(Span(plain, span.role))
                        pieces.append(Span(word, role))
                        plain = ""
                    } else {
                        plain += word
                    }
                }
                pieces.append(Span(plain, span.role))
                return pieces.filter { !$0.text.isEmpty }
            }
        }
    }

    /// The band colour a confidence colour is drawn in.
    private static func ragColour(_ rag: RAG) -> BandColour {
        switch rag {
        case .green: .green
        case .amber: .amber
        case .red: .red
        }
    }

    private static func wrapped(_ text: String, role: StyleRole, width: Int) -> [[Span]] {
        WordWrap.lines(text, width: width).map { [Span($0, role)] }
    }

    /// Text after a prefix, continuation lines indented to the text.
    private static func hanging(_ prefix: String, _ text: String, role: StyleRole, width: Int) -> [[Span]] {
        let prefixWidth = TextWidth.columns(of: prefix)
        let indent = String(repeating: " ", count: prefixWidth)
        return WordWrap.lines(text, width: width - prefixWidth).enumerated().map { number, line in
            [Span(number == 0 ? prefix : indent, role), Span(line, role)]
        }
    }

    /// "Label: value", the label in its role, continuation lines indented by two.
    private static func labelled(_ text: String, width: Int) -> [[Span]] {
        guard let colon = text.firstIndex(of: ":") else { return wrapped(text, role: .normal, width: width) }
        let label = String(text[...colon])
        var rows = WordWrap.lines(text, width: width)
        let rest = rows.dropFirst().joined(separator: " ")
        if rows.count > 1 {
            rows = [rows[0]] + WordWrap.lines(rest, width: width - 2).map { "  " + $0 }
        }
        return rows.enumerated().map { number, line in
            guard number == 0, line.hasPrefix(label) else { return [Span(line)] }
            return [Span(label, .label), Span(String(line.dropFirst(label.count)))]
        }
    }
}
