import Foundation
import SurveyTestSupport
import Testing

/// Ladders from a focus-group transcript, end to end: a transcript where two participants each climb two ladders,
/// interleaved with each other and with the moderator's probes, imported with `voc focus import`, coded by a
/// codebook's rules (`voc code --auto`) and analysed by `voc ladder --format json` (docs/methods.md §1.3).
@Suite(.serialized) struct LadderTranscriptCLITests {
    static let surveys = PackagePaths.root.appendingPathComponent("Surveys").path

    static let transcript = """
        Moderator: What matters most to you when you choose an energy supplier?
        Alice: Low prices, and renewable energy.
        Bilal: Renewable energy first, and the price.
        Moderator: Why do low prices matter to you?
        Alice: I can plan the household budget.
        Bilal: I save money every month.
        Moderator: And renewable energy, why is that important?
        Bilal: It is my part for the climate.
        Alice: Because of the climate.
        Moderator: Tell me more.
        Alice: I think of my family.
        Bilal: It gives me peace of mind.
        Moderator: Why do saving money and a budget matter?
        Bilal: My family depends on it.
        Alice: It gives me peace of mind.

        """

    static let codebook = """
        {"id": "ladder-test", "lang": "en", "title": "Energy ladders",
         "codes": [
          {"id": "price", "level": "attribute", "label": "Low prices", "keywords": ["price"]},
          {"id": "green", "level": "attribute", "label": "Renewable energy", "keywords": ["renewable"]},
          {"id": "budget", "level": "consequence", "label": "Plan the budget", "keywords": ["budget"]},
          {"id": "save", "level": "consequence", "label": "Save money", "keywords": ["save money", "saving money"]},
          {"id": "climate", "level": "consequence", "label": "Do my part for the climate", "keywords": ["climate"]},
          {"id": "security", "level": "value", "label": "Peace of mind", "keywords": ["peace of mind"]},
          {"id": "family", "level": "value", "label": "Family", "keywords": ["family"]}
         ]}
        """

    func voc(_ arguments: [String], stdin: String? = nil, in directory: URL) throws -> VocResult {
        try VocRunner.run(arguments, stdin: stdin, directory: directory.path)
    }

    /// Every direct and indirect count of the implication matrix, worked by hand: P1 climbs price → budget →
    /// security and green → climate → family; P2 green → climate → security and price → save → family.
    @Test func interleavedLaddersFromATranscript() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.transcript.write(to: directory.appendingPathComponent("key.txt"), atomically: true, encoding: .utf8)
        try Self.codebook.write(to: directory.appendingPathComponent("cb.json"), atomically: true, encoding: .utf8)
        let new = try voc(
            [
                "focus", "new", Self.surveys + "/energy-focus-group.xml", "--roster",
                Self.surveys + "/energy-focus-group-roster.csv", "--store", "fg.sqlite", "--id", "g1",
            ], in: directory)
        #expect(new.exitCode == 0, "\(new.transcript)")
        let imported = try voc(
            ["focus", "import", "g1", "key.txt", "--section", "key", "--store", "fg.sqlite"], in: directory)
        #expect(imported.stdout == "imported 15 turn(s) from key.txt: MOD 5, P1 5, P2 5\n", "\(imported.transcript)")
        let coded = try voc(["code", "fg.sqlite", "--codebook", "cb.json", "--auto"], in: directory)
        #expect(coded.stdout == "coder rules: 10 of 10 text(s) matched a rule\n", "\(coded.transcript)")

        let run = try voc(["ladder", "fg.sqlite", "--codebook", "cb.json", "--format", "json"], in: directory)
        #expect(run.exitCode == 0, "\(run.transcript)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("ladder.dot").path))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let group = try #require((document["groups"] as? [[String: Any]])?.first)
        #expect(group["respondents"] as? Int == 2 && group["ladders"] as? Int == 4)
        var cells: [String: [Int]] = [:]
        for link in try #require(group["links"] as? [[String: Any]]) {
            let key = "\(link["from"]!) > \(link["to"]!)"
            cells[key] = ["directMentions", "indirectMentions", "directRespondents", "indirectRespondents"].map {
                link[$0] as! Int
            }
        }
        #expect(
            cells == [
                "price > budget": [1, 0, 1, 0], "budget > security": [1, 0, 1, 0], "price > security": [0, 1, 0, 1],
                "green > climate": [2, 0, 2, 0], "climate > family": [1, 0, 1, 0], "green > family": [0, 1, 0, 1],
                "climate > security": [1, 0, 1, 0], "green > security": [0, 1, 0, 1], "price > save": [1, 0, 1, 0],
                "save > family": [1, 0, 1, 0], "price > family": [0, 1, 0, 1],
            ])
        #expect((document["inconsistencies"] as? [Any])?.isEmpty == true)
        #expect(document["unseededLadders"] as? Int == 0)

        func edges(cutoff: Int) throws -> [String] {
            let result = try voc(
                ["ladder", "fg.sqlite", "--codebook", "cb.json", "--format", "json", "--cutoff", "\(cutoff)"],
                in: directory)
            let document = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let map = try #require((document["groups"] as? [[String: Any]])?.first?["map"] as? [String: Any])
            return try #require(map["edges"] as? [[String: Any]]).map {
                "\($0["from"]!) > \($0["to"]!) (\($0["count"]!))"
            }
        }
        #expect(
            try edges(cutoff: 1) == [
                "budget > security (1)", "climate > family (1)", "climate > security (1)", "green > climate (2)",
                "price > budget (1)", "price > save (1)", "save > family (1)",
            ])
        #expect(try edges(cutoff: 2) == ["green > climate (2)"])

        let table = try voc(["ladder", "fg.sqlite", "--codebook", "cb.json", "--cutoff", "2"], in: directory)
        #expect(
            table.stdout.contains(
                """
                Cutoff table (per respondent)
                cutoff\tlinks\tof links\tof direct mentions\tof respondents
                1\t7\t100.0%\t100.0%\t100.0%
                2\t1\t14.3%\t25.0%\t100.0%
                """), "\(table.transcript)")
        #expect(
            table.stderr.isEmpty
                && table.stdout.hasSuffix("steps not linked (down or sideways): 0 (0 downward, 0 same-level)\n"))
    }

    /// A participant who goes back down after a value: the step is reported with its turn, never drawn.
    @Test func aStepDownIsReportedWithItsTurn() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
        Moderator: What matters to you?
        Alice: A low price gives me peace of mind.
        Alice: And I can plan my budget.
        Alice: The price, again: my family.

        """.write(to: directory.appendingPathComponent("down.txt"), atomically: true, encoding: .utf8)
        try Self.codebook.write(to: directory.appendingPathComponent("cb.json"), atomically: true, encoding: .utf8)
        _ = try voc(
            [
                "focus", "new", Self.surveys + "/energy-focus-group.xml", "--roster",
                Self.surveys + "/energy-focus-group-roster.csv", "--store", "fg.sqlite", "--id", "g1",
            ], in: directory)
        _ = try voc(["focus", "import", "g1", "down.txt", "--section", "key", "--store", "fg.sqlite"], in: directory)
        _ = try voc(["code", "fg.sqlite", "--codebook", "cb.json", "--auto"], in: directory)
        let run = try voc(["ladder", "fg.sqlite", "--codebook", "cb.json", "--cutoff", "1"], in: directory)
        #expect(
            run.stdout.hasSuffix(
                """
                == segmentation
                respondents 1, ladders 3; ladders starting above the attribute level: 0
                steps not linked (down or sideways): 1 (1 downward, 0 same-level)
                  session g1 turn 3: security (value) → budget (consequence) goes down the attribute → consequence → \
                value order; not linked

                """), "\(run.transcript)")
        // price → security and price → budget (re-attached below the value), and a new price ladder to family.
        #expect(run.stdout.contains("price\tbudget\t1\t1\nprice\tfamily\t1\t1\nprice\tsecurity\t1\t1\n"))
        #expect(!run.stdout.contains("security\tbudget"))
    }

    /// The shipped energy focus group's value map, drawn as SVG by `voc ladder` and rendered to PNG by headless
    /// Chromium: a picture with boxes and arrows, not a blank page.
    @Test func energyValueMapRendersToAPicture() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let codebook = Self.surveys + "/codebooks/energy-means-end.xml"
        _ = try voc(
            [
                "focus", "new", Self.surveys + "/energy-focus-group.xml", "--roster",
                Self.surveys + "/energy-focus-group-roster.csv", "--store", "fg.sqlite", "--id", "g1",
            ], in: directory)
        let imported = try voc(
            ["focus", "import", "g1", Self.surveys + "/energy-focus-group-transcript.vtt", "--store", "fg.sqlite"],
            in: directory)
        #expect(imported.exitCode == 0, "\(imported.transcript)")
        _ = try voc(["code", "fg.sqlite", "--codebook", codebook, "--auto"], in: directory)
        let run = try voc(
            ["ladder", "fg.sqlite", "--codebook", codebook, "--format", "svg", "--out", "hvm.svg"], in: directory)
        #expect(run.exitCode == 0 && run.stderr == "wrote hvm.svg\n", "\(run.transcript)")
        let svg = try String(contentsOf: directory.appendingPathComponent("hvm.svg"), encoding: .utf8)
        for label in [
            "Low, predictable", "Renewable energy", "Clear, accurate bills", "No nasty surprises", "Looking after my",
        ] {
            #expect(svg.contains(label), "\(label)")
        }
        #expect(svg.components(separatedBy: "<polygon").count - 1 == 8, "one arrowhead per link")

        let page = directory.appendingPathComponent("hvm.html")
        try "<!DOCTYPE html><html><body style=\"margin:0\">\(svg)</body></html>".write(
            to: page, atomically: true, encoding: .utf8)
        let blank = directory.appendingPathComponent("blank.html")
        try "<!DOCTYPE html><html><body></body></html>".write(to: blank, atomically: true, encoding: .utf8)
        let shot = directory.appendingPathComponent("hvm.png")
        let blankShot = directory.appendingPathComponent("blank.png")
        let flags = ExternalTool.headlessChromium + ["--window-size=1000,640"]
        _ = try ExternalTool.chromium.run(flags + ["--screenshot=\(shot.path)", page.absoluteString])
        _ = try ExternalTool.chromium.run(flags + ["--screenshot=\(blankShot.path)", blank.absoluteString])
        if let keep = ProcessInfo.processInfo.environment["KEEP_VALUE_MAP_PNG"] {
            try? FileManager.default.copyItem(at: shot, to: URL(fileURLWithPath: keep))
        }
        let png = try Data(contentsOf: shot)
        #expect(PNGHeader(png) == PNGHeader(width: 1000, height: 640))
        let empty = try Data(contentsOf: blankShot)
        #expect(png.count > 8 * empty.count, "screenshot \(png.count) bytes vs blank \(empty.count) bytes")
    }
}
