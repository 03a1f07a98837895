import RegisterUI

/// One step of a scripted session: a key, typed text, a mouse event or a resize.
enum Step: Sendable {
    case key(Key)
    case type(String)
    case mouse(MouseEvent)
    case resize(Int, Int)

    /// The events of the step.
    var events: [Event] {
        switch self {
        case .key(let key): [.key(key)]
        case .type(let text): text.map { .key(.character($0)) }
        case .mouse(let mouse): [.mouse(mouse)]
        case .resize(let width, let height): [.resize(width: width, height: height)]
        }
    }
}

extension Step {
    /// Shorthands for scripts.
    static func press(_ character: Character) -> Step { .key(.character(character)) }
    static let enter = Step.key(.enter)
    static let escape = Step.key(.escape)
    static let tab = Step.key(.tab)
    static let down = Step.key(.down)
    static let up = Step.key(.up)
    static let left = Step.key(.left)
    static let right = Step.key(.right)
    static let pageDown = Step.key(.pageDown)
}

extension AppState {
    /// Runs steps through `update`, returning every effect asked for.
    @discardableResult
    /// A mouse event is resolved against the frame drawn before it, as the browser loop does.
    mutating func run(_ steps: [Step]) -> [Effect] {
        steps.flatMap(\.events).flatMap { event in
            let resolved = if case .mouse = event { view(self).resolving(event) } else { event }
            return update(&self, resolved)
        }
    }

    /// Runs steps through `update`.
    @discardableResult
    mutating func run(_ steps: Step...) -> [Effect] {
        run(steps)
    }
}
