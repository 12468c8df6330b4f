import Foundation
import SurveyTestSupport
import Testing

/// The note-taker's screen in a real pseudo-terminal (tmux): section and timer, Tab completion of participant
/// ids, a turn stored as it is entered, Ctrl-C to leave and a resumed run in the stored section.
@Suite("Focus run in tmux", .serialized)
struct FocusRunTmuxTests {
    private func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @Test func noteTakerScreenCompletesIdsStoresTurnsAndResumes() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let surveys = PackagePaths.root.appendingPathComponent("Surveys").path
        let new = try VocRunner.run(
            [
                "focus", "new", surveys + "/energy-focus-group.xml", "--roster",
                surveys + "/energy-focus-group-roster.csv",
                "--store", "fg.sqlite", "--id", "g1",
            ], directory: directory.path)
        #expect(new.exitCode == 0, "\(new.transcript)")
        let command = [
            "env", "TERM=xterm-256color", "LANG=C.UTF-8", try VocRunner.binaryPath(), "focus", "run", "g1",
            "--store", directory.appendingPathComponent("fg.sqlite").path,
        ].map(shellQuoted)
            .joined(separator: " ")
        var session: TmuxSession? = try TmuxSession(command: command + "; echo \"[voc exited: $?]\"; sleep 600")
        _ = try session!.waitFor("[opening] Welcome and introductions")
        let screen = try session!.waitFor("remaining 0")
        #expect(screen.contains { $0.hasPrefix("elapsed 00:0") })
        #expect(screen.contains("  ask: Please tell us your first name and one thing you enjoy doing at home in"))
        try session!.type("p")
        try session!.press("Tab")
        _ = try session!.waitFor("P1  P2  P3  P4  P5")
        try session!.type("4")
        try session!.press("Tab")
        try session!.type("! Cheap and simple #price")
        try session!.press("Enter")
        _ = try session!.waitFor("[1] P4: Cheap and simple ! #price")
        try session!.type("/next")
        try session!.press("Enter")
        _ = try session!.waitFor("[introductory] Getting into the topic")
        try session!.press("C-c")
        _ = try session!.waitFor("[voc exited: 0]")
        session = nil
        let show = try VocRunner.run(["focus", "show", "g1", "--store", "fg.sqlite"], directory: directory.path)
        #expect(
            show.stdout == """
                session g1 (guide energy-focus-group 1.0.0): in section introductory
                [1] opening run P4: Cheap and simple ! #price

                """, "\(show.transcript)")
        let resumed = try TmuxSession(command: command + "; echo \"[voc exited: $?]\"; sleep 600")
        _ = try resumed.waitFor("== resuming at section introductory")
        try resumed.press("C-d")
        _ = try resumed.waitFor("[voc exited: 0]")
    }
}
