import Foundation
import SurveyTestSupport
import Testing

/// End to end: the energy guide from Surveys/, its roster, a scripted `focus run`, an imported WebVTT transcript,
/// coding by rules and by a scripted coder, then `code agreement`, `themes` and `ladder` with exact figures.
@Suite(.serialized) struct FocusGroupCLITests {
    static let surveys = PackagePaths.root.appendingPathComponent("Surveys").path
    static let codebook = surveys + "/codebooks/energy-means-end.xml"

    static let script = """
        MOD: Welcome, please introduce yourselves.
        P1: I'm Alice, I read in the evening.
        /next
        /poll supplier_years
        P1: lt1
        P2: gt3
        P3: 1to3
        P4: gt3
        P5: gt3
        /next
        /next
        /poll top_needs
        P1: price billing
        P2: green
        P3: green price
        P4: billing
        P5: service
        P1: ! A fixed price lets me plan the budget, that is peace of mind.
        P2: I want renewable energy for the future of my children. #green
        P5: When I call nobody answers.
        /end

        """

    func voc(_ arguments: [String], stdin: String? = nil, in directory: URL) throws -> VocResult {
        try VocRunner.run(arguments, stdin: stdin, directory: directory.path)
    }

    /// A store with session g1: the scripted run and the imported VTT transcript.
    func preparedSession(in directory: URL, store: String = "fg.sqlite") throws {
        let new = try voc(
            [
                "focus", "new", Self.surveys + "/energy-focus-group.xml", "--roster",
                Self.surveys + "/energy-focus-group-roster.csv", "--store", store, "--id", "g1",
            ], in: directory)
        #expect(new.exitCode == 0, "\(new.transcript)")
        #expect(new.stdout == "g1\n")
        #expect(new.stderr == "session g1: 6 participant(s); no consent (cannot speak): P6\n")
        let run = try voc(["focus", "run", "g1", "--store", store], stdin: Self.script, in: directory)
        #expect(run.exitCode == 0, "\(run.transcript)")
        #expect(run.stdout.hasPrefix("== section opening\n[1] MOD: Welcome, please introduce yourselves.\n"))
        #expect(run.stdout.contains("poll top_needs closed: 5 answer(s)\n"))
        #expect(
            run.stdout.hasSuffix(
                """
                [3] P1: A fixed price lets me plan the budget, that is peace of mind. !
                [4] P2: I want renewable energy for the future of my children. #green
                [5] P5: When I call nobody answers.
                == session ended

                """))
        let imported = try voc(
            ["focus", "import", "g1", Self.surveys + "/energy-focus-group-transcript.vtt", "--store", store],
            in: directory)
        #expect(imported.exitCode == 0, "\(imported.transcript)")
        #expect(
            imported.stdout
                == "imported 5 turn(s) from energy-focus-group-transcript.vtt: MOD 1, P1 1, P3 1, P4 1, P5 1\n")
    }

    /// The same session, coding and analyses on a PostgreSQL store print exactly what they print on SQLite.
    @Test func focusGroupsAndCodingWorkOnPostgreSQL() throws {
        let server = try PostgresTestServer()
        try server.createDatabase("fg")
        let url = server.url(database: "fg")
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try preparedSession(in: directory)
        try preparedSession(in: directory, store: url)
        let coding =
            "green future family\nservice\nprice,budget,security\ngreen less_guilt future\n"
            + "billing no_surprises security\n4\n"
        let commands: [(arguments: [String], stdin: String?)] = [
            (["focus", "show", "g1"], nil),
            (["code", "STORE", "--codebook", Self.codebook, "--auto"], nil),
            (["code", "STORE", "--codebook", Self.codebook, "--coder", "ana"], coding),
            (["code", "agreement", "STORE", "--codebook", Self.codebook, "--coders", "rules,ana"], nil),
            (["themes", "STORE", "--codebook", Self.codebook, "--coder", "ana", "--by", "switched"], nil),
            (["ladder", "STORE", "--codebook", Self.codebook, "--coder", "ana", "--cutoff", "2"], nil),
        ]
        for (command, stdin) in commands {
            func arguments(_ store: String) -> [String] {
                command.contains("STORE") ? command.map { $0 == "STORE" ? store : $0 } : command + ["--store", store]
            }
            let local = try voc(arguments("fg.sqlite"), stdin: stdin, in: directory)
            let shared = try voc(arguments(url), stdin: stdin, in: directory)
            #expect(local.exitCode == 0, "\(local.transcript)")
            #expect(shared.exitCode == 0, "\(shared.transcript)")
            #expect(shared.stdout == local.stdout, "\(command.joined(separator: " "))")
            #expect(!shared.stdout.contains(server.password) && !shared.stderr.contains(server.password))
        }
        // A copy of the PostgreSQL study carries the session and the codes.
        let copied = try voc(["store", "copy", url, "copy.sqlite"], in: directory)
        #expect(copied.exitCode == 0, "\(copied.transcript)")
        #expect(copied.stdout.contains("1 focus-group sessions and 14 codings"), "\(copied.stdout)")
        let themes = ["themes", "--codebook", Self.codebook, "--coder", "ana"]
        #expect(
            try voc(["themes", "copy.sqlite"] + themes.dropFirst(), in: directory).stdout
                == voc(["themes", url] + themes.dropFirst(), in: directory).stdout)
    }

    @Test func runImportCodeAgreementThemesAndLadder() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try preparedSession(in: directory)
        let show = try voc(["focus", "show", "g1", "--store", "fg.sqlite"], in: directory)
        #expect(
            show.stdout.hasSuffix(
                """
                [10] - energy-focus-group-transcript.vtt P5: I just want \
                to reach someone on the phone when it goes wrong.
                poll supplier_years: P1=lt1 P2=gt3 P3=1to3 P4=gt3 P5=gt3
                poll top_needs: P1=price,billing P2=green P3=green,price P4=billing P5=service

                """), "\(show.transcript)")

        let auto = try voc(["code", "fg.sqlite", "--codebook", Self.codebook, "--auto"], in: directory)
        #expect(auto.stdout == "coder rules: 7 of 8 text(s) matched a rule\n", "\(auto.transcript)")

        // The scripted coder: a line with an unknown code is rejected with its line number; what was coded stays.
        let first = try voc(
            ["code", "fg.sqlite", "--codebook", Self.codebook, "--coder", "ana"],
            stdin: "0\n1 8 12\ngreen futur family\n/quit\n", in: directory)
        #expect(first.exitCode == 1)
        #expect(
            first.stderr == """
                line 3: error: unknown code 'futur' (codebook 'energy-means-end' has 14 codes); text turn:g1:4 not coded
                1 line(s) rejected

                """)
        let second = try voc(
            ["code", "fg.sqlite", "--codebook", Self.codebook, "--coder", "ana"],
            stdin: "green future family\nservice\nprice,budget,security\ngreen less_guilt future\n"
                + "billing no_surprises security\n4\n", in: directory)
        #expect(second.exitCode == 0, "\(second.transcript)")
        #expect(second.stdout.hasPrefix("coder ana: 6 text(s) to code\nturn:g1:4: green future family\n"))

        let agreement = try voc(
            ["code", "agreement", "fg.sqlite", "--codebook", Self.codebook, "--coders", "rules,ana"], in: directory)
        #expect(
            agreement.stdout == """
                coders rules, ana; units 8
                code          units   kappa   alpha
                ------------  -----  ------  ------
                price             2  1.0000  1.0000
                green             2  1.0000  1.0000
                billing           1  1.0000  1.0000
                service           2  1.0000  1.0000
                app               0     n/a     n/a
                trust             0     n/a     n/a
                support           0     n/a     n/a
                budget            2  1.0000  1.0000
                save_money        0     n/a     n/a
                less_guilt        1  1.0000  1.0000
                no_surprises      1  1.0000  1.0000
                security          4  0.7500  0.7619
                family            2  0.6000  0.6154
                future            2  1.0000  1.0000
                overall           8  0.9338  0.9341

                """, "\(agreement.transcript)")

        // The same figures as JSON, at full precision.
        let json = try voc(
            ["code", "agreement", "fg.sqlite", "--codebook", Self.codebook, "--coders", "rules,ana", "--json"],
            in: directory)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["coders"] as? [String] == ["rules", "ana"] && document["units"] as? Int == 8)
        let perCode = try #require(document["codes"] as? [[String: Any]])
        let security = try #require(perCode.first { $0["code"] as? String == "security" })
        #expect(security["kappa"] as? Double == 0.75 && security["units"] as? Int == 4)
        let alpha = try #require(security["alpha"] as? Double)
        #expect(abs(alpha - 0.7619) < 5e-5 && alpha != 0.7619, "full precision, not the table's 0.7619")
        #expect(perCode.first { $0["code"] as? String == "app" }?["kappa"] is NSNull)
        let overall = try #require(document["overall"] as? [String: Any])
        #expect(abs((overall["kappa"] as? Double ?? 0) - 0.9338) < 5e-5)

        let themes = try voc(
            ["themes", "fg.sqlite", "--codebook", Self.codebook, "--coder", "ana", "--by", "switched"], in: directory)
        #expect(themes.exitCode == 0, "\(themes.transcript)")
        #expect(
            themes.stdout.hasPrefix(
                """
                Code frequencies (persons; weighted share). Base: all 5 (weight 5.50000), false 2 (weight 2.00000), \
                true 3 (weight 3.50000)
                code          all n  all %  false n  false %  true n  true %
                ------------  -----  -----  -------  -------  ------  ------
                price             1   18.2        0      0.0       1    28.6
                green             2   45.5        1     50.0       1    42.9
                billing           1   18.2        0      0.0       1    28.6
                service           1   18.2        1     50.0       0     0.0
                """))
        #expect(
            themes.stdout.contains(
                """
                less_guilt        1   27.3        0      0.0       1    42.9
                no_surprises      1   18.2        0      0.0       1    28.6
                security          2   36.4        0      0.0       2    57.1
                """))
        #expect(themes.stdout.contains("price         budget            2        1\n"))
        #expect(
            themes.stdout.contains(
                """
                price [all]
                  ! P1: A fixed price lets me plan the budget, that is peace of mind.
                  ! P1: A fixed price means I can budget every month, and that gives me peace of mind.
                """))

        let options = ["--codebook", Self.codebook, "--coder", "ana", "--cutoff", "2", "--counting", "mention"]
        let ladder = try voc(["ladder", "fg.sqlite"] + options, in: directory)
        #expect(ladder.exitCode == 0 && ladder.stderr.isEmpty, "\(ladder.transcript)")
        #expect(
            ladder.stdout.contains(
                """
                HVM cutoff 2 (mentions); respondents 4, ladders 6
                from\tto\tcount\tmentions
                budget\tsecurity\t2\t2
                price\tbudget\t2\t2
                direct mentions retained: 4/10 (40.0%)
                respondents represented: 1/4 (25.0%)

                """), "\(ladder.transcript)")
        #expect(ladder.stdout.contains("price                     2.00         0.02\n"))
        // "renewable energy for the future of my children": two values for one attribute branch (no V → V link).
        #expect(
            ladder.stdout.contains(
                "green                                                            1.01         1.00 "))
        let files = try voc(
            ["ladder", "fg.sqlite"] + options + ["--format", "dot", "--out", "hvm.dot"], in: directory)
        #expect(files.stderr == "wrote hvm.dot\n" && files.stdout.isEmpty, "\(files.transcript)")
        let dot = try String(contentsOf: directory.appendingPathComponent("hvm.dot"), encoding: .utf8)
        #expect(dot.contains("\"price\" -> \"budget\" [label=\"2\"];"))
        let svg = try voc(["ladder", "fg.sqlite"] + options + ["--format", "svg", "--out", "hvm.svg"], in: directory)
        #expect(svg.stderr == "wrote hvm.svg\n", "\(svg.transcript)")
        let drawing = try String(contentsOf: directory.appendingPathComponent("hvm.svg"), encoding: .utf8)
        #expect(
            drawing.hasPrefix("<svg") && drawing.contains("Low, predictable prices") && drawing.contains("<polygon"))
        let perRespondent = try voc(
            ["ladder", "fg.sqlite", "--codebook", Self.codebook, "--coder", "ana", "--cutoff", "2"], in: directory)
        #expect(
            perRespondent.stdout.contains(
                """
                direct mentions retained: 0/10 (0.0%)
                respondents represented: 0/4 (0.0%)

                """), "\(perRespondent.transcript)")
    }

    @Test func badTranscriptsAreReportedWithLineNumbersAndStoreNothing() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try preparedSession(in: directory)
        let before = try voc(["focus", "show", "g1", "--store", "fg.sqlite"], in: directory)
        try "[00:01:00] MOD: Welcome back\n[00:01:10] P1: I like fixed prices\nthis line has no speaker\n"
            .appending("[00:01:05] P2: me too\nZed: who am I\n")
            .write(to: directory.appendingPathComponent("bad.txt"), atomically: true, encoding: .utf8)
        try "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v P1>first\n\n00:00:04.000 --> 00:00:08.000\nP2: overlap\n"
            .write(to: directory.appendingPathComponent("bad.vtt"), atomically: true, encoding: .utf8)
        let text = try voc(["focus", "import", "g1", "bad.txt", "--store", "fg.sqlite"], in: directory)
        #expect(text.exitCode == 1)
        #expect(
            text.stderr == """
                bad.txt:3:1: error: line has no speaker; write 'SPEAKER: text' (e.g. 'P3: …' or 'MOD: …')
                bad.txt:4:1: error: timestamp 00:01:05 is earlier than the previous turn's 00:01:10
                bad.txt:5:1: error: unknown speaker 'Zed' on line 5; \
                add it to the roster or map it with --speaker LABEL=ID
                3 error(s); nothing stored

                """)
        let vtt = try voc(["focus", "import", "g1", "bad.vtt", "--store", "fg.sqlite"], in: directory)
        #expect(vtt.exitCode == 1)
        #expect(
            vtt.stderr == """
                bad.vtt:6:1: error: cue starts at 00:00:04, before the previous cue ends at 00:00:05
                1 error(s); nothing stored

                """)
        let section = try voc(
            [
                "focus", "import", "g1", Self.surveys + "/energy-focus-group-transcript.vtt", "--section", "nope",
                "--store", "fg.sqlite",
            ], in: directory)
        #expect(section.exitCode == 1)
        #expect(
            section.stderr == """
                error: guide energy-focus-group has no section 'nope'; sections: opening, introductory, transition, key, \
                ending

                """)
        let after = try voc(["focus", "show", "g1", "--store", "fg.sqlite"], in: directory)
        #expect(after.stdout == before.stdout)
        #expect(after.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("[") }.count == 10)

        let badRun = try voc(
            ["focus", "run", "g1", "--store", "fg.sqlite"], stdin: "P1: more\n", in: directory)
        #expect(badRun.stdout == "session g1 has ended\n")
        let roster = try voc(
            ["focus", "new", Self.surveys + "/energy-focus-group.xml", "--roster", "bad.txt", "--store", "x.sqlite"],
            in: directory)
        #expect(roster.exitCode == 1)
        #expect(
            roster.stderr.contains("bad.txt:1:1: error: the roster needs a column named 'id'"), "\(roster.transcript)")
    }
}
