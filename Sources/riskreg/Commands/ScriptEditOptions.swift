import ArgumentParser

/// What every command for scripts (`note`, `rescore`, `set`, `link`) takes: the data directory, the
/// register, `--json`, `--commit` and the entry's id (its first positional argument).
struct ScriptEditOptions: ParsableArguments {
    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Flag(name: .long, help: "Print the changed entry as JSON.")
    var json = false

    @Flag(name: .long, help: "Commit the saved register to git (the data directory's repository), as the browser's --commit does; `git config riskreg.commit true` asks for it too.")
    var commit = false

    @Argument(help: "The entry id as printed (\"Corp 4\"); case and spaces are ignored when unambiguous.")
    var id: String

    /// The edit these options describe.
    var edit: ScriptEdit { ScriptEdit(data: data, registerOption: registerOption, id: id, commit: commit) }
}
