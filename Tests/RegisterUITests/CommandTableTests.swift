import Foundation
@testable import RegisterUI
import Testing

@Suite("Command table", .timeLimit(.minutes(15)))
struct CommandTableTests {
    @Test func noKeyIsBoundTwiceInAContext() {
        for context in CommandContext.allCases {
            let keys = CommandTable.commands(in: context).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(context)")
        }
    }

    /// A pane's key never hides a global one: a binding exists in exactly one place.
    @Test func paneKeysNeverShadowGlobalKeys() {
        let global = Set(CommandTable.commands(in: .global).flatMap(\.keys))
        for context in [CommandContext.heatMap, .list, .detail] {
            let shadowed = Set(CommandTable.commands(in: context).flatMap(\.keys)).intersection(global)
            #expect(shadowed.isEmpty, "\(context) rebinds \(shadowed.map(\.name))")
        }
    }

    @Test func everyOverlayAndPromptCanBeLeftWithEscape() {
        for context in [CommandContext.help, .picker, .search, .detail, .list, .heatMap] {
            #expect(CommandTable.command(for: .escape, in: [context]) != nil, "\(context)")
        }
    }

    @Test func issueKeysAreBound() {
        let expected: [(Key, CommandContext, Action)] = [
            (.character("q"), .global, .quit), (.character("?"), .global, .showHelp),
            (.character("r"), .global, .showRegisters), (.character("v"), .global, .cycleRating),
            (.character("o"), .global, .cycleKind), (.character("s"), .global, .cycleSort),
            (.character("/"), .global, .startSearch), (.tab, .global, .nextPane), (.backTab, .global, .previousPane),
            (.character("1"), .global, .focus(.heatMap)), (.character("2"), .global, .focus(.list)),
            (.character("3"), .global, .focus(.detail)),
            (.character("h"), .heatMap, .moveLeft), (.character("j"), .heatMap, .moveDown),
            (.character("k"), .heatMap, .moveUp), (.character("l"), .heatMap, .moveRight),
            (.enter, .heatMap, .filterByCell), (.escape, .heatMap, .backOut),
            (.character("g"), .list, .moveToFirst), (.character("G"), .list, .moveToLast),
            (.home, .detail, .moveToFirst), (.end, .detail, .moveToLast),
            (.pageUp, .list, .pageUp), (.pageDown, .detail, .pageDown), (.enter, .list, .openEntry),
        ]
        for (key, context, action) in expected {
            #expect(CommandTable.command(for: key, in: [context])?.action == action, "\(key.name) in \(context)")
        }
    }

    @Test func theFocusedPaneWinsOverGlobalThenGlobalApplies() {
        #expect(CommandTable.command(for: .enter, in: [.list, .global])?.action == .openEntry)
        #expect(CommandTable.command(for: .character("v"), in: [.detail, .global])?.action == .cycleRating)
        #expect(CommandTable.command(for: .character("v"), in: [.search]) == nil)
    }

    @Test func everyCommandHasHelp() {
        for command in CommandTable.commands {
            #expect(!command.keys.isEmpty && !command.name.isEmpty && command.help.hasSuffix("."), "\(command.name)")
        }
    }

    /// docs/keys.md is the table's Markdown; RISKREG_RECORD_GOLDEN=1 rewrites it.
    @Test func keysDocumentMatchesTheTable() throws {
        let file = Fixtures.repository.appendingPathComponent("docs/keys.md")
        let markdown = KeyMapDocument.markdown()
        for command in CommandTable.commands {
            #expect(markdown.contains(command.help))
        }
        try Golden.expect(markdown, matches: file)
    }

    @Test(arguments: [
        (Action.showRegisters, CommandContext.global), (.edit, .detail), (.addItem, .detail), (.addProgress, .global),
        (.closeOverlay, .help), (.chooseRegister, .picker), (.closeOverlay, .picker), (.backOut, .list),
        (.openFoundEntry, .searchAll), (.searchOpenRegister, .searchAll), (.closeOverlay, .searchAll),
        (.answer(.yes), .question), (.answer(.no), .question), (.answer(.mine), .merge), (.answer(.theirs), .merge),
        (.answer(.stop), .merge),
    ])
    func everyKeyNamedOnScreenIsBoundInTheTable(action: Action, context: CommandContext) throws {
        let name = CommandTable.key(action, in: context)
        #expect(!name.isEmpty)
        let command = try #require(CommandTable.commands(in: context).first { $0.action == action })
        #expect(command.keys.first?.name == name)
    }
}
