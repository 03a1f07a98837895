/// Turns a `Register` into a JSON value in canonical key order (docs/register-format.md).
public enum RegisterEncoder {
    /// The register as a JSON value.
    public static func encode(_ register: Register) -> JSONValue {
        .object(members(of: register, entries: .array(register.entries.map(encode))))
    }

    /// The members of a register's object in canonical order, with `entries` as the value of
    /// "entries" (the encoding of `register.entries`, or a stand-in for a writer that writes them).
    static func members(of register: Register, entries: JSONValue) -> UnknownKeys {
        var writer = ObjectWriter()
        writer.set("format", .string(Register.formatName))
        writer.set("version", .int(Register.formatVersion))
        writer.set("organisation", register.organisation)
        writer.set("title", register.title)
        writer.set("period", register.period)
        writer.setIfPresent("previous", register.previous.map(JSONValue.string))
        writer.setIfPresent("started", register.started.map(JSONValue.string))
        writer.set("source", encode(register.source))
        writer.set("scale", encode(register.scale))
        writer.setIfPresent("appetite", register.appetite.map(encode))
        writer.setIfPresent("level", register.level.map { .string($0.rawValue) })
        writer.setIfPresent("escalationThreshold", register.escalationThreshold.map(JSONValue.int))
        writer.setIfPresent("mergeConflicts", register.mergeConflicts.isEmpty ? nil : .array(register.mergeConflicts.map(encode)))
        writer.set("entries", entries)
        return writer.finishMembers(unknown: register.unknownKeys)
    }

    /// One entry as a JSON value, as it appears in a register file.
    public static func encode(_ entry: Entry) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("id", entry.id)
        writer.set("uid", entry.uid)
        writer.set("kind", entry.kind.rawValue)
        writer.setIfPresent("previousIds", entry.previousIds.map { .array($0.map(JSONValue.string)) })
        writer.setIfPresent("links", entry.links.isEmpty ? nil : .array(entry.links.map(encode)))
        writer.setIfPresent("status", entry.status == .open ? nil : encode(entry.status))
        writer.set("title", entry.title)
        writer.set("type", entry.type)
        writer.set("description", items(entry.description))
        writer.set("consequences", items(entry.consequences))
        writer.set("controls", items(entry.controls))
        writer.set("controlOwner", entry.controlOwner)
        writer.set("actions", items(entry.actions))
        writer.set("actionOwner", entry.actionOwner)
        writer.set("progress", items(entry.progress))
        writer.setIfPresent("reviews", entry.reviews.isEmpty ? nil : .array(entry.reviews.map(encode)))
        writer.set("owner", entry.owner)
        writer.set("current", encode(entry.current))
        writer.set("target", encode(entry.target))
        writer.set("residual", encode(entry.residual))
        writer.set("targetDate", entry.targetDate)
        writer.set("direction", encode(entry.direction))
        writer.set("confidence", encode(entry.confidence))
        writer.setIfPresent("profile", entry.profile.map(encode))
        writer.set("notes", .array(entry.notes.map(JSONValue.string)))
        writer.setIfPresent("source", entry.source.map(encode))
        writer.set("history", .array(entry.history.map(encode)))
        return writer.finish(unknown: entry.unknownKeys)
    }

    private static func encode(_ link: EntryLink) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("type", link.kind.rawValue)
        writer.set("uid", link.uid)
        writer.setIfPresent("register", link.register.map(JSONValue.string))
        writer.setIfPresent("id", link.id.map(JSONValue.string))
        return writer.finish(unknown: link.unknownKeys)
    }

    private static func encode(_ source: RegisterSource) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("document", source.document)
        writer.set("heading", source.heading)
        writer.set("periodEvidence", source.periodEvidence)
        return writer.finish(unknown: source.unknownKeys)
    }

    private static func encode(_ scale: Scale) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("likelihood", .array(scale.likelihood.map(JSONValue.string)))
        writer.set("impact", .array(scale.impact.map(JSONValue.string)))
        writer.set("opportunityImpact", .array(scale.opportunityImpact.map(JSONValue.string)))
        writer.set("bands", .array(scale.bands.map(encode)))
        return writer.finish(unknown: scale.unknownKeys)
    }

    static func encode(_ conflict: MergeConflict) -> JSONValue {
        var writer = ObjectWriter()
        switch conflict.location {
        case .register(let key):
            writer.set("key", key)
        case .entry(let id):
            writer.set("entry", id)
        case .field(let entry, let key):
            writer.set("entry", entry)
            writer.set("key", key)
        case .item(let entry, let list, let item):
            writer.set("entry", entry)
            writer.set("list", list)
            writer.set("item", item)
        }
        if let entryID = conflict.entryID, entryID != conflict.location.entry { writer.set("id", entryID) }
        writer.setIfPresent("base", conflict.base)
        writer.setIfPresent("ours", conflict.mine)
        writer.setIfPresent("theirs", conflict.theirs)
        return writer.finish(unknown: [:])
    }

    private static func encode(_ appetite: RiskAppetite) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("default", encode(appetite.defaultLimit))
        if !appetite.types.isEmpty {
            writer.set("types", .object(UnknownKeys(uniqueKeysWithValues: appetite.types.map { ($0.key, encode($0.value)) })))
        }
        return writer.finish(unknown: appetite.unknownKeys)
    }

    private static func encode(_ limit: AppetiteLimit) -> JSONValue {
        switch limit {
        case .score(let score): .int(score)
        case .level(let level): .string(level.rawValue)
        }
    }

    private static func encode(_ band: Band) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("name", band.name)
        writer.set("min", band.min)
        writer.set("max", band.max)
        writer.set("colour", band.colour.rawValue)
        return writer.finish(unknown: band.unknownKeys)
    }

    private static func items(_ items: [Item]) -> JSONValue { .array(items.map(encode)) }

    private static func encode(_ item: Item) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("id", item.id)
        writer.set("text", item.text)
        writer.setIfPresent("heading", item.heading.map(JSONValue.string))
        writer.setIfPresent("level", item.level == 0 ? nil : .int(item.level))
        writer.setIfPresent("date", item.date.map(JSONValue.string))
        writer.setIfPresent("author", item.author.map(JSONValue.string))
        return writer.finish(unknown: item.unknownKeys)
    }

    private static func encode(_ rating: Rating) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("likelihood", rating.likelihood)
        writer.set("impact", rating.impact)
        writer.set("score", rating.score)
        writer.setIfPresent("likelihoodText", rating.likelihoodText.map(JSONValue.string))
        writer.setIfPresent("impactText", rating.impactText.map(JSONValue.string))
        return writer.finish(unknown: rating.unknownKeys)
    }

    private static func encode(_ direction: Direction) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("trend", direction.trend.rawValue)
        writer.set("text", direction.text)
        return writer.finish(unknown: direction.unknownKeys)
    }

    private static func encode(_ confidence: Confidence) -> JSONValue {
        var writer = ObjectWriter()
        for (key, rag) in zip(Confidence.keys, confidence.quarters) {
            writer.set(key, rag?.rawValue)
        }
        return writer.finish(unknown: confidence.unknownKeys)
    }

    private static func encode(_ profile: Profile) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("id", profile.id)
        writer.set("description", profile.description)
        writer.set("currentScore", profile.currentScore)
        writer.set("targetScore", profile.targetScore)
        writer.set("targetDate", profile.targetDate)
        writer.setIfPresent("confidence", profile.confidence.map(encode))
        writer.set("direction", profile.direction)
        return writer.finish(unknown: profile.unknownKeys)
    }

    private static func encode(_ source: EntrySource) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("document", source.document)
        writer.set("firstLine", source.firstLine)
        writer.set("lastLine", source.lastLine)
        return writer.finish(unknown: source.unknownKeys)
    }

    private static func encode(_ status: EntryStatus) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("state", status.state.rawValue)
        writer.setIfPresent("at", status.at.map(JSONValue.string))
        writer.setIfPresent("by", status.by.map(JSONValue.string))
        writer.setIfPresent("reason", status.reason.map(JSONValue.string))
        return writer.finish(unknown: status.unknownKeys)
    }

    private static func encode(_ review: Review) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("at", review.at)
        writer.set("by", review.by)
        writer.set("outcome", review.outcome.rawValue)
        writer.setIfPresent("note", review.note.map(JSONValue.string))
        return writer.finish(unknown: review.unknownKeys)
    }

    private static func encode(_ change: Change) -> JSONValue {
        var writer = ObjectWriter()
        writer.set("at", change.at)
        writer.set("author", change.author)
        writer.set("field", change.field)
        writer.set("before", change.before)
        writer.set("after", change.after)
        return writer.finish(unknown: change.unknownKeys)
    }
}
