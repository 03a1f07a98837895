import RegisterCommands

// The names of RegisterCommands used by the files that do not import it (DataOptions.swift,
// RegisterPicker.swift, SearchCommand.swift), so that moving them into the library left those
// files as they were.

/// `RegisterCommands.CommandFailure`.
typealias CommandFailure = RegisterCommands.CommandFailure

/// `RegisterCommands.TextTable`.
typealias TextTable = RegisterCommands.TextTable
