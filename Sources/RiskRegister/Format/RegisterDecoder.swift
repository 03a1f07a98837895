import OrderedCollections

/// Turns a parsed JSON document into a `Register`, collecting every format problem (named by entry
/// id and field) instead of stopping at the first.
public enum RegisterDecoder {
    /// The register, or every problem found.
    public static func decode(_ value: JSONValue) -> Result<Register, FormatErrors> {
        let log = DecodeLog()
        let register = decodeRegister(value, log: log)
        if let register, log.problems.isEmpty { return .success(register) }
        return .failure(FormatErrors(problems: log.problems))
    }

    private static func decodeRegister(_ value: JSONValue, log: DecodeLog) -> Register? {
        guard let reader = ObjectReader(value, path: "", log: log) else { return nil }
        if let format = reader.required("format", reader.string), format != Register.formatName {
            log.report("format", "\"\(format)\" is not \"\(Register.formatName)\"")
        }
        if let version = reader.required("version", reader.int), version != Register.formatVersion {
            log.report("version", "version \(version) is not supported (this riskreg reads version \(Register.formatVersion))")
        }
        let organisation = reader.required("organisation", reader.string)
        let title = reader.required("title", reader.string)
        let period = reader.required("period", reader.string)
        let previous = reader.optional("previous", reader.string)
        let started = reader.optional("started", reader.string)
        let source = reader.required("source") { decodeRegisterSource($0, $1, log) }
        let scale = reader.required("scale") { decodeScale($0, $1, log) }
        let appetite = reader.optional("appetite") { decodeAppetite($0, $1, log) }
        let level: RegisterLevel? = reader.optional("level", reader.enumeration)
        let escalationThreshold = reader.optional("escalationThreshold", reader.int(in: 1...10_000))
        let mergeConflicts = reader.optional("mergeConflicts") { value, conflictsPath in
            reader.array(value, conflictsPath) { element, conflictPath in decodeConflict(element, conflictPath, log) }
        } ?? []
        let entries = reader.required("entries") { value, path in decodeEntries(value, path, reader, log) }
        guard let organisation, let title, let period, let source, let scale, let entries else { return nil }
        var register = Register(organisation: organisation, title: title, period: period, previous: previous, started: started,
                                source: source, scale: scale, appetite: appetite,
                                entries: entries, unknownKeys: reader.unknownKeys)
        register.level = level
        register.escalationThreshold = escalationThreshold
        register.mergeConflicts = mergeConflicts
        return register
    }

    /// A recorded merge conflict: where (`entry` by uid, `key`, `list`, `item`; `id` the entry's
    /// printed id), the common ancestor's value (`base`, absent where it had none) and both sides'
    /// (`ours`, `theirs`; absent where that side removed it).
    private static func decodeConflict(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> MergeConflict? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        let entry = reader.optional("entry", reader.string)
        let key = reader.optional("key", reader.string)
        let list = reader.optional("list", reader.string)
        let item = reader.optional("item", reader.string)
        let printedID = reader.optional("id", reader.string)
        // null is a value a side set (an owner cleared); only an absent key means removed.
        let base = reader.raw("base")
        let ours = reader.raw("ours")
        let theirs = reader.raw("theirs")
        let location: MergeConflict.Location
        switch (entry, key, list, item) {
        case let (entry?, nil, list?, item?): location = .item(entry: entry, list: list, item: item)
        case let (entry?, key?, nil, nil): location = .field(entry: entry, key: key)
        case let (entry?, nil, nil, nil): location = .entry(id: entry)
        case let (nil, key?, nil, nil): location = .register(key: key)
        default:
            log.report(path, "a merge conflict names an entry and a key, an entry, a register key, or an entry, a list and an item")
            return nil
        }
        return MergeConflict(location: location, entryID: printedID, base: base, mine: ours, theirs: theirs)
    }

    /// The entries, decoded on every core: each chunk of entries reports to a log of its own,
    /// and the problems are reported in file order, as one pass would.
    private static func decodeEntries(_ value: JSONValue, _ path: String, _ reader: ObjectReader, _ log: DecodeLog) -> [Entry]? {
        guard let elements = reader.elements(value, path) else { return nil }
        let chunks = ParallelChunks.map(count: elements.count, minimumChunk: 256) { range in
            let chunkLog = DecodeLog()
            let entries = range.compactMap { offset in decodeEntry(elements[offset], "\(path)[\(offset)]", chunkLog) }
            return (entries: entries, problems: chunkLog.problems)
        }
        for chunk in chunks { log.append(chunk.problems) }
        return identified(chunks.flatMap(\.entries))
    }

    /// The entries with an identity each: one the file stores none for gets the derived one
    /// (`EntryUID.derived`). An entry whose identity an earlier entry of the file already has (a
    /// block of JSON copied to start a new risk) is a risk of its own: it gets an identity derived
    /// from the one it repeats and its position, so every load agrees and neither is lost.
    private static func identified(_ decoded: [Entry]) -> [Entry] {
        var entries = decoded
        var ordinals: [String: Int] = [:]
        for index in entries.indices where entries[index].uid.isEmpty {
            let key = EntryIdentity.key(entries[index].id)
            let ordinal = ordinals[key, default: 0]
            ordinals[key] = ordinal + 1
            entries[index].uid = EntryUID.derived(id: entries[index].id, previousIds: entries[index].previousIds, ordinal: ordinal)
        }
        var taken = Set<String>()
        taken.reserveCapacity(entries.count)
        for index in entries.indices where !taken.insert(entries[index].uid).inserted {
            var uid = EntryUID.split(entries[index].uid, content: "repeated at \(index)")
            while !taken.insert(uid).inserted { uid = EntryUID.split(uid, content: "") }
            entries[index].uid = uid
        }
        return entries
    }

    private static func decodeRegisterSource(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> RegisterSource? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        let document = reader.required("document", reader.string)
        let heading = reader.optional("heading", reader.string)
        let evidence = reader.optional("periodEvidence", reader.string)
        guard let document else { return nil }
        return RegisterSource(document: document, heading: heading, periodEvidence: evidence, unknownKeys: reader.unknownKeys)
    }

    private static func decodeScale(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> Scale? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        func labels(_ key: String) -> [String]? {
            reader.required(key) { value, labelPath in
                guard let labels = reader.stringArray(value, labelPath) else { return nil }
                if labels.count != 5 {
                    log.report(labelPath, "expected 5 labels (for 1 to 5), found \(labels.count)")
                    return nil
                }
                return labels
            }
        }
        let likelihood = labels("likelihood")
        let impact = labels("impact")
        let opportunityImpact = labels("opportunityImpact")
        let bands = reader.required("bands") { value, bandsPath in
            reader.array(value, bandsPath) { element, bandPath in decodeBand(element, bandPath, log) }
        }
        guard let likelihood, let impact, let opportunityImpact, let bands else { return nil }
        if bands.isEmpty { log.report(reader.path("bands"), "at least one band is needed") }
        return Scale(likelihood: likelihood, impact: impact, opportunityImpact: opportunityImpact, bands: bands,
                     unknownKeys: reader.unknownKeys)
    }

    private static func decodeAppetite(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> RiskAppetite? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        let defaultLimit = reader.required("default") { decodeAppetiteLimit($0, $1, log) }
        let types = reader.optional("types") { value, typesPath -> OrderedDictionary<String, AppetiteLimit>? in
            guard let typesReader = ObjectReader(value, path: typesPath, log: log) else { return nil }
            var types: OrderedDictionary<String, AppetiteLimit> = [:]
            for name in typesReader.keys {
                if name.trimmingWhitespace().isEmpty { log.report(typesReader.path(name), "a risk type needs a name") }
                if let limit = typesReader.required(name, { decodeAppetiteLimit($0, $1, log) }) { types[name] = limit }
            }
            return types
        } ?? [:]
        guard let defaultLimit else { return nil }
        return RiskAppetite(defaultLimit: defaultLimit, types: types, unknownKeys: reader.unknownKeys)
    }

    /// A limit: a score from 1 to 25 or an Orange Book level's name.
    private static func decodeAppetiteLimit(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> AppetiteLimit? {
        switch value {
        case .number:
            guard let score = value.intValue, RiskAppetite.scores.contains(score) else {
                log.report(path, "must be a whole number from 1 to 25 or one of \(levelNames), found \(describe(value))")
                return nil
            }
            return .score(score)
        case .string(let text):
            guard let level = AppetiteLevel(rawValue: text) else {
                log.report(path, "\"\(text)\" is not one of \(levelNames) (or a score from 1 to 25)")
                return nil
            }
            return .level(level)
        default:
            log.report(path, "expected a score from 1 to 25 or one of \(levelNames), found \(describe(value))")
            return nil
        }
    }

    private static var levelNames: String { AppetiteLevel.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") }

    private static func decodeBand(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> Band? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        let name = reader.required("name", reader.string)
        let min = reader.required("min", reader.int(in: FormatLimits.scores))
        let max = reader.required("max", reader.int(in: FormatLimits.scores))
        let colour: BandColour? = reader.required("colour", reader.enumeration)
        guard let name, let min, let max, let colour else { return nil }
        if min > max { log.report(path, "min \(min) is above max \(max)") }
        return Band(name: name, min: min, max: max, colour: colour, unknownKeys: reader.unknownKeys)
    }

    private static func decodeEntry(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> Entry? {
        log.entryID = nil
        defer { log.entryID = nil }
        if case .object(let members) = value, case .string(let id)? = members["id"] {
            log.entryID = id
        } else {
            log.entryID = "#\(path.split(separator: "[").last.map { String($0.dropLast()) } ?? path)"
        }
        guard let reader = ObjectReader(value, path: "", log: log) else { return nil }
        let id = reader.required("id", reader.string)
        let uid = reader.optional("uid", reader.string)
        if let uid, !EntryUID.isValid(uid) { log.report("uid", "\"\(uid)\" is not 1–32 letters, digits, '-' or '_'") }
        let kind: EntryKind? = reader.required("kind", reader.enumeration)
        let previousIds = reader.optional("previousIds", reader.stringArray)
        let links = reader.optional("links") { value, linksPath in
            reader.array(value, linksPath) { element, linkPath in decodeLink(element, linkPath, log) }
        } ?? []
        let status = reader.optional("status") { decodeStatus($0, $1, log) } ?? .open
        let title = reader.required("title", reader.string)
        let type = reader.optional("type", reader.string)
        func items(_ key: String) -> [Item] {
            var index = 0
            let items: [Item] = reader.required(key) { value, itemsPath -> [Item]? in
                reader.array(value, itemsPath) { element, itemPath -> Item? in
                    defer { index += 1 }
                    return decodeItem(element, itemPath, log, entry: id ?? "", list: key, index: index)
                }
            } ?? []
            var seen: Set<String> = []
            for item in items where !seen.insert(item.id).inserted {
                log.report(key, "two items have the id \"\(item.id)\" (each item's id must be unique in its list)")
            }
            return items
        }
        let description = items("description")
        let consequences = items("consequences")
        let controls = items("controls")
        let controlOwner = reader.optional("controlOwner", reader.string)
        let actions = items("actions")
        let actionOwner = reader.optional("actionOwner", reader.string)
        let progress = items("progress")
        let reviews = reader.optional("reviews") { value, reviewsPath in
            reader.array(value, reviewsPath) { element, reviewPath in decodeReview(element, reviewPath, log) }
        } ?? []
        if !reader.has("owner") { log.report("owner", "missing (write null when no owner was printed)") }
        let owner = reader.optional("owner", reader.string)
        let current = reader.required("current") { decodeRating($0, $1, log) }
        let target = reader.required("target") { decodeRating($0, $1, log) }
        let residual = reader.required("residual") { decodeRating($0, $1, log) }
        if !reader.has("targetDate") { log.report("targetDate", "missing (write null when no date was printed)") }
        let targetDate = reader.optional("targetDate", reader.string)
        let direction = reader.required("direction") { decodeDirection($0, $1, log) }
        let confidence = reader.required("confidence") { decodeConfidence($0, $1, log) }
        let profile = reader.optional("profile") { decodeProfile($0, $1, log) }
        let notes = reader.required("notes", reader.stringArray) ?? []
        let source = reader.optional("source") { decodeEntrySource($0, $1, log) }
        let history = reader.optional("history") { value, historyPath in
            reader.array(value, historyPath) { element, changePath in decodeChange(element, changePath, log) }
        } ?? []
        guard let id, let kind, let title, let current, let target, let residual, let direction, let confidence else {
            return nil
        }
        if id.trimmingWhitespace().isEmpty { log.report("id", "must not be empty") }
        // An empty uid stands for "none stored" until `identified` derives it.
        return Entry(id: id, uid: uid ?? "", kind: kind, previousIds: previousIds, links: links, status: status, title: title, type: type, description: description, consequences: consequences,
                     controls: controls, controlOwner: controlOwner, actions: actions, actionOwner: actionOwner,
                     progress: progress, reviews: reviews, owner: owner, current: current, target: target, residual: residual,
                     targetDate: targetDate, direction: direction, confidence: confidence, profile: profile,
                     notes: notes, source: source, history: history, unknownKeys: reader.unknownKeys)
    }

    /// A link to another register's entry: `type`, `uid`, and where it was (`register`, `id`).
    private static func decodeLink(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> EntryLink? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        let kind: EntryLink.Kind? = reader.required("type", reader.enumeration)
        let uid = reader.required("uid", reader.string)
        if let uid, !EntryUID.isValid(uid) { log.report(reader.path("uid"), "\"\(uid)\" is not 1–32 letters, digits, '-' or '_'") }
        let register = reader.optional("register", reader.string)
        let id = reader.optional("id", reader.string)
        guard let kind, let uid else { return nil }
        return EntryLink(kind: kind, uid: uid, register: register, id: id, unknownKeys: reader.unknownKeys)
    }

    private static func decodeItem(_ value: JSONValue, _ path: String, _ log: DecodeLog,
                                   entry: String, list: String, index: Int) -> Item? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        let id = reader.optional("id", reader.string)
        if let id, !Item.isValidIdentifier(id) {
            log.report(path + ".id", "must be 1 to 32 letters, digits, '-' or '_'")
        }
        let text = reader.required("text", reader.string)
        let heading = reader.optional("heading", reader.string)
        let level = reader.optional("level", reader.int(in: FormatLimits.levels)) ?? 0
        let date = reader.optional("date", reader.string)
        let author = reader.optional("author", reader.string)
        guard let text else { return nil }
        let identity = id ?? Item.derivedIdentifier(entry: entry, list: list, index: index, text: text)
        return Item(id: identity, text: text, heading: heading, level: level, date: date, author: author, unknownKeys: reader.unknownKeys)
    }

    private static func decodeRating(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> Rating? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        for key in ["likelihood", "impact", "score"] where !reader.has(key) {
            log.report(reader.path(key), "missing (write null when nothing was printed)")
        }
        let likelihood = reader.optional("likelihood", reader.int(in: FormatLimits.factors))
        let impact = reader.optional("impact", reader.int(in: FormatLimits.factors))
        let score = reader.optional("score", reader.int(in: FormatLimits.scores))
        let likelihoodText = reader.optional("likelihoodText", reader.string)
        let impactText = reader.optional("impactText", reader.string)
        return Rating(likelihood: likelihood, impact: impact, score: score, likelihoodText: likelihoodText,
                      impactText: impactText, unknownKeys: reader.unknownKeys)
    }

    private static func decodeDirection(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> Direction? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        let trend: Trend? = reader.required("trend", reader.enumeration)
        let text = reader.optional("text", reader.string)
        guard let trend else { return nil }
        return Direction(trend: trend, text: text, unknownKeys: reader.unknownKeys)
    }

    private static func decodeConfidence(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> Confidence? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        let quarters: [RAG?] = Confidence.keys.map { key in reader.optional(key, reader.enumeration) }
        return Confidence(quarters: quarters, unknownKeys: reader.unknownKeys)
    }

    private static func decodeProfile(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> Profile? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        return Profile(
            id: reader.optional("id", reader.string),
            description: reader.optional("description", reader.string),
            currentScore: reader.optional("currentScore", reader.int(in: FormatLimits.scores)),
            targetScore: reader.optional("targetScore", reader.int(in: FormatLimits.scores)),
            targetDate: reader.optional("targetDate", reader.string),
            confidence: reader.optional("confidence") { decodeConfidence($0, $1, log) },
            direction: reader.optional("direction", reader.string),
            unknownKeys: reader.unknownKeys
        )
    }

    private static func decodeEntrySource(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> EntrySource? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        let document = reader.required("document", reader.string)
        let first = reader.required("firstLine", reader.int(in: FormatLimits.lines))
        let last = reader.required("lastLine", reader.int(in: FormatLimits.lines))
        guard let document, let first, let last else { return nil }
        return EntrySource(document: document, firstLine: first, lastLine: last, unknownKeys: reader.unknownKeys)
    }

    private static func decodeStatus(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> EntryStatus? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        let state: EntryStatus.State? = reader.required("state", reader.enumeration)
        let at = reader.optional("at", reader.string)
        let by = reader.optional("by", reader.string)
        let reason = reader.optional("reason", reader.string)
        guard let state else { return nil }
        return EntryStatus(state: state, at: at, by: by, reason: reason, unknownKeys: reader.unknownKeys)
    }

    private static func decodeReview(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> Review? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        let at = reader.required("at", reader.string)
        let by = reader.required("by", reader.string)
        let outcome: Review.Outcome? = reader.required("outcome", reader.enumeration)
        let note = reader.optional("note", reader.string)
        guard let at, let by, let outcome else { return nil }
        return Review(at: at, by: by, outcome: outcome, note: note, unknownKeys: reader.unknownKeys)
    }

    private static func decodeChange(_ value: JSONValue, _ path: String, _ log: DecodeLog) -> Change? {
        guard let reader = ObjectReader(value, path: path, log: log) else { return nil }
        let at = reader.required("at", reader.string)
        let author = reader.required("author", reader.string)
        let field = reader.required("field", reader.string)
        let before = reader.optional("before", reader.string)
        let after = reader.optional("after", reader.string)
        guard let at, let author, let field else { return nil }
        return Change(at: at, author: author, field: field, before: before, after: after, unknownKeys: reader.unknownKeys)
    }
}
