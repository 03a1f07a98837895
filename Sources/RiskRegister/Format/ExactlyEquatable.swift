import Glibc
import OrderedCollections

/// Equality down to the bytes a register file would hold. `==` takes canonically equivalent
/// strings as equal ("é" and "e" + U+0301), which encode to different bytes; `isExactly` does
/// not, so a value found exactly equal to one already encoded may reuse its bytes. Values that
/// share their storage (an entry the user did not touch) are recognised without reading it.
///
/// Every stored property of a conforming model type must be compared: `ExactlyEquatableTests`
/// counts them, so a property added to the model and not here fails a test.
protocol ExactlyEquatable {
    /// True when `self` and `other` encode to the same bytes.
    func isExactly(_ other: Self) -> Bool
}

extension String: ExactlyEquatable {
    func isExactly(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var left = self
        var right = other
        return left.withUTF8 { a in
            right.withUTF8 { b in
                guard let first = a.baseAddress, let second = b.baseAddress, first != second else { return true }
                return memcmp(first, second, a.count) == 0
            }
        }
    }
}

extension Optional: ExactlyEquatable where Wrapped: ExactlyEquatable {
    func isExactly(_ other: Wrapped?) -> Bool {
        switch (self, other) {
        case (nil, nil): true
        case (let left?, let right?): left.isExactly(right)
        default: false
        }
    }
}

extension Array: ExactlyEquatable where Element: ExactlyEquatable {
    func isExactly(_ other: [Element]) -> Bool {
        guard count == other.count else { return false }
        let shared = withUnsafeBufferPointer { a in other.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
        return shared || zip(self, other).allSatisfy { $0.isExactly($1) }
    }
}

extension OrderedDictionary: ExactlyEquatable where Key == String, Value: ExactlyEquatable {
    func isExactly(_ other: OrderedDictionary<String, Value>) -> Bool {
        count == other.count && keys.elements.isExactly(other.keys.elements) && values.elements.isExactly(other.values.elements)
    }
}

extension JSONValue: ExactlyEquatable {
    func isExactly(_ other: JSONValue) -> Bool {
        switch (self, other) {
        case (.null, .null): true
        case (.bool(let left), .bool(let right)): left == right
        case (.number(let left), .number(let right)), (.string(let left), .string(let right)): left.isExactly(right)
        case (.array(let left), .array(let right)): left.isExactly(right)
        case (.object(let left), .object(let right)): left.isExactly(right)
        default: false
        }
    }
}

extension Item: ExactlyEquatable {
    func isExactly(_ other: Item) -> Bool {
        id.isExactly(other.id) && text.isExactly(other.text) && heading.isExactly(other.heading) && level == other.level
            && date.isExactly(other.date) && author.isExactly(other.author) && unknownKeys.isExactly(other.unknownKeys)
    }
}

extension Rating: ExactlyEquatable {
    func isExactly(_ other: Rating) -> Bool {
        likelihood == other.likelihood && impact == other.impact && score == other.score
            && likelihoodText.isExactly(other.likelihoodText) && impactText.isExactly(other.impactText)
            && unknownKeys.isExactly(other.unknownKeys)
    }
}

extension Direction: ExactlyEquatable {
    func isExactly(_ other: Direction) -> Bool {
        trend == other.trend && text.isExactly(other.text) && unknownKeys.isExactly(other.unknownKeys)
    }
}

extension Confidence: ExactlyEquatable {
    func isExactly(_ other: Confidence) -> Bool {
        quarters == other.quarters && unknownKeys.isExactly(other.unknownKeys)
    }
}

extension Profile: ExactlyEquatable {
    func isExactly(_ other: Profile) -> Bool {
        id.isExactly(other.id) && description.isExactly(other.description) && currentScore == other.currentScore
            && targetScore == other.targetScore && targetDate.isExactly(other.targetDate)
            && confidence.isExactly(other.confidence) && direction.isExactly(other.direction)
            && unknownKeys.isExactly(other.unknownKeys)
    }
}

extension EntrySource: ExactlyEquatable {
    func isExactly(_ other: EntrySource) -> Bool {
        document.isExactly(other.document) && firstLine == other.firstLine && lastLine == other.lastLine
            && unknownKeys.isExactly(other.unknownKeys)
    }
}

extension Change: ExactlyEquatable {
    func isExactly(_ other: Change) -> Bool {
        at.isExactly(other.at) && author.isExactly(other.author) && field.isExactly(other.field)
            && before.isExactly(other.before) && after.isExactly(other.after) && unknownKeys.isExactly(other.unknownKeys)
    }
}

extension EntryStatus: ExactlyEquatable {
    func isExactly(_ other: EntryStatus) -> Bool {
        state == other.state && at.isExactly(other.at) && by.isExactly(other.by) && reason.isExactly(other.reason)
            && unknownKeys.isExactly(other.unknownKeys)
    }
}

extension Review: ExactlyEquatable {
    func isExactly(_ other: Review) -> Bool {
        at.isExactly(other.at) && by.isExactly(other.by) && outcome == other.outcome && note.isExactly(other.note)
            && unknownKeys.isExactly(other.unknownKeys)
    }
}

extension Entry: ExactlyEquatable {
    func isExactly(_ other: Entry) -> Bool {
        id.isExactly(other.id) && uid.isExactly(other.uid) && kind == other.kind && previousIds.isExactly(other.previousIds)
            && links.isExactly(other.links)
            && status.isExactly(other.status) && title.isExactly(other.title) && type.isExactly(other.type)
            && description.isExactly(other.description) && consequences.isExactly(other.consequences)
            && controls.isExactly(other.controls) && controlOwner.isExactly(other.controlOwner)
            && actions.isExactly(other.actions) && actionOwner.isExactly(other.actionOwner)
            && progress.isExactly(other.progress) && reviews.isExactly(other.reviews) && owner.isExactly(other.owner)
            && current.isExactly(other.current) && target.isExactly(other.target) && residual.isExactly(other.residual)
            && targetDate.isExactly(other.targetDate) && direction.isExactly(other.direction)
            && confidence.isExactly(other.confidence) && profile.isExactly(other.profile)
            && notes.isExactly(other.notes) && source.isExactly(other.source) && history.isExactly(other.history)
            && unknownKeys.isExactly(other.unknownKeys)
    }
}

extension EntryLink: ExactlyEquatable {
    func isExactly(_ other: EntryLink) -> Bool {
        kind == other.kind && uid.isExactly(other.uid) && register.isExactly(other.register) && id.isExactly(other.id)
            && unknownKeys.isExactly(other.unknownKeys)
    }
}
