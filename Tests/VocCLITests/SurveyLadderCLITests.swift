import Foundation
import SurveyModel
import SurveyStore
import SurveyTestSupport
import Testing

/// Survey why-ladders end to end: responses with why-ladder steps in a store, coded by the rules of the shipped
/// bank codebook, then `voc ladder` (the probed option starts each ladder) and weighted `voc themes`.
@Suite(.serialized) struct SurveyLadderCLITests {
    static let codebook = PackagePaths.root.appendingPathComponent("Surveys/codebooks/bank-needs-ladder.json").path

    func seed(_ path: String) async throws {
        let store = try SQLiteStore(path: path)
        let version = SemanticVersion(1, 0, 0)
        _ = try await store.registerSurvey(
            SurveyDefinitionRecord(surveyID: "bank-needs", version: version, hash: "h", json: "{}"))
        _ = try await store.upsertRespondents([
            Respondent(id: "r1", attributes: ["age": "young"]), Respondent(id: "r2", attributes: ["age": "old"]),
        ])
        let steps: [(String, String, [String])] = [
            ("r1", "fees", ["No fee means I keep more money", "I feel safe and secure"]),
            ("r1", "safety", ["Knowing it is insured gives me peace of mind", "My family is provided for"]),
            ("r2", "fees", ["Low fees, I keep more", "Security"]),
            ("r2", "digital", ["The app saves time", "Freedom"]),
        ]
        for respondent in ["r1", "r2"] {
            try await store.createResponse(
                ResponseStart(
                    id: "resp-\(respondent)", respondentID: respondent, surveyID: "bank-needs",
                    surveyVersion: version, seed: 1))
        }
        for (respondent, option, texts) in steps {
            for (depth, text) in texts.enumerated() {
                try await store.saveLadderStep(
                    LadderStep(
                        probeID: "why_top", questionID: "top3", optionCode: option, depth: depth + 1, text: text),
                    responseID: "resp-\(respondent)", truncate: false)
            }
        }
        try await store.saveWeightSet(
            WeightSet(name: "w", surveyID: "bank-needs", weights: ["r1": 3, "r2": 1], reportJSON: "{}"))
    }

    @Test func whyLaddersToImplicationMatrixValueMapAndWeightedThemes() async throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await seed(directory.appendingPathComponent("bank.sqlite").path)
        let run = { (arguments: [String]) throws -> VocResult in
            try VocRunner.run(arguments, directory: directory.path)
        }
        let auto = try run(["code", "bank.sqlite", "--codebook", Self.codebook, "--auto"])
        #expect(auto.stdout == "coder rules: 8 of 8 text(s) matched a rule\n", "\(auto.transcript)")
        let ladder = try run(["ladder", "bank.sqlite", "--codebook", Self.codebook, "--cutoff", "2", "--by", "age"])
        #expect(ladder.exitCode == 0, "\(ladder.transcript)")
        #expect(
            ladder.stdout.hasPrefix(
                """
                == everyone
                Implication matrix (direct.indirect, per respondent)
                              fees          keep_money    security      safety        peace_of_mind family        di\
                gital       saves_time    freedom
                fees                        2.00          0.02
                keep_money                                2.00
                security
                safety                                                                1.00          0.01
                peace_of_mind                                                                       1.00
                family
                digital                                                                                             \
                            1.00          0.01
                saves_time                                                                                          \
                                          1.00
                freedom

                Cutoff table (per respondent)
                cutoff\tlinks\tof links\tof direct mentions\tof respondents
                1\t6\t100.0%\t100.0%\t100.0%
                2\t2\t33.3%\t50.0%\t100.0%

                HVM cutoff 2 (respondents); respondents 2, ladders 4
                from\tto\tcount\tmentions
                fees\tkeep_money\t2\t2
                keep_money\tsecurity\t2\t2
                direct mentions retained: 4/8 (50.0%)
                respondents represented: 2/2 (100.0%)

                == age: old
                """), "\(ladder.transcript)")
        // The segments' maps compared (at this cutoff neither segment's map draws a link).
        #expect(
            ladder.stdout.contains(
                "== segments compared (cutoff old 2, young 2; respondents with the link / with a ladder; "
                    + "Fisher's exact test)\nfrom\tto\tdrawn in\told\tyoung\tp\tdiffers\n"), "\(ladder.transcript)")
        let byOne = try run(["ladder", "bank.sqlite", "--codebook", Self.codebook, "--cutoff", "1", "--by", "age"])
        #expect(
            byOne.stdout.contains("digital\tsaves_time\told only\t1/1\t0/1\t1.0000\tno\n"), "\(byOne.transcript)")
        // Nothing is written without --out; with it, one file per segment.
        #expect(
            ladder.stderr.isEmpty
                && !FileManager.default.fileExists(atPath: directory.appendingPathComponent("ladder.dot").path))
        let dot = try run(
            [
                "ladder", "bank.sqlite", "--codebook", Self.codebook, "--cutoff", "2", "--by", "age", "--format", "dot",
                "--out", "bank.dot",
            ])
        #expect(dot.stdout.isEmpty)
        #expect(dot.stderr == "wrote bank.dot\nwrote bank-old.dot\nwrote bank-young.dot\n", "\(dot.transcript)")
        let old = try String(contentsOf: directory.appendingPathComponent("bank-old.dot"), encoding: .utf8)
        #expect(old.hasPrefix("digraph \"HVM old\" {"))
        let all = try String(contentsOf: directory.appendingPathComponent("bank.dot"), encoding: .utf8)
        #expect(all.contains("\"fees\" -> \"keep_money\" [label=\"2\"];"))
        let themes = try run(
            ["themes", "bank.sqlite", "--codebook", Self.codebook, "--weight-set", "w", "--by", "age", "--json"])
        #expect(themes.exitCode == 0, "\(themes.transcript)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(themes.stdout.utf8)) as? [String: Any])
        let frequencies = try #require(document["frequencies"] as? [[String: Any]])
        func share(_ code: String, _ segment: String) -> Double? {
            frequencies.first { $0["code"] as? String == code && $0["segment"] as? String == segment }?["share"]
                as? Double
        }
        #expect(share("fees", "all") == 1)
        #expect(share("family", "all") == 0.75)
        #expect(share("freedom", "all") == 0.25)
        #expect(share("family", "young") == 1)
        #expect(share("family", "old") == 0)
    }
}
