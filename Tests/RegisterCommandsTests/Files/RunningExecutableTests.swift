import Foundation
import RegisterCommands
import Testing

/// The path git-setup gives git for riskreg.
@Suite(.timeLimit(.minutes(15)))
struct RunningExecutableTests {
    @Test func itIsTheAbsolutePathOfTheRunningProgram() throws {
        let path = RunningExecutable.path()
        #expect(path.hasPrefix("/"))
        #expect(FileManager.default.isExecutableFile(atPath: path))
        #expect(path == (try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")))
    }
}
