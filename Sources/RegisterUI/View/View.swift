/// Draws the state into a screen of the state's size. Pure: the same state always gives the same
/// screen.
public func view(_ state: AppState) -> Screen {
    var screen = Screen(size: state.size, unicode: state.capabilities.unicode)
    guard let layout = state.layout else {
        TooSmallView.draw(state, on: &screen)
        return screen
    }
    if let register = state.register {
        HeatMapPane.draw(state, register: register, layout: layout, on: &screen)
        EntryListPane.draw(state, register: register, layout: layout, on: &screen)
        DetailPane.draw(state, layout: layout, on: &screen)
    } else {
        NoRegisterView.draw(state, layout: layout, on: &screen)
    }
    StatusLine.draw(state, in: layout.status, on: &screen)
    HintBar.draw(state, in: layout.hints, on: &screen)
    switch state.overlay {
    case .help(let top): HelpView.draw(state, top: top, layout: layout, on: &screen)
    case .picker(let selection, _): PickerView.draw(state, selection: selection, layout: layout, on: &screen)
    case .searchAll: AllRegistersSearchView.draw(state, layout: layout, on: &screen)
    case .profile(let table): ProfileView.draw(state, table: table, layout: layout, on: &screen)
    case .rollUp(let table): RollUpView.draw(state, table: table, layout: layout, on: &screen)
    case .editor(let editor): EditorView.draw(editor, state: state, layout: layout, on: &screen)
    case .score(let editor): ScoreView.draw(editor, state: state, layout: layout, on: &screen)
    case .prompt(.discardEdit(let editor)): EditorView.draw(editor, state: state, layout: layout, on: &screen)
    case .merge, .conflict: MergeView.draw(state, layout: layout, on: &screen)
    case .prompt, nil: break
    }
    return screen
}
