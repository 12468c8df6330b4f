import Foundation
import SurveyModel
import SurveyStore
import SurveyTestSupport
import Testing

/// The methods.md worked examples through the CLI: T1 (implication matrix and value map at cutoff 2) with
/// `voc ladder`, T11 (Cohen's kappa 0.40) and T12 (Krippendorff's nominal alpha 0.7434) with `voc code agreement`.
/// Stores are seeded through the library (turns of a session, codings by named coders).
@Suite(.serialized) struct MethodsExamplesCLITests {
    /// A store with session `s` holding `count` participant turns (P1 … P`count`, one each).
    func seededStore(_ path: String, turns count: Int) async throws -> SQLiteStore {
        let store = try SQLiteStore(path: path)
        let participants = (1...count).map { Participant(id: "P\($0)", displayName: "N\($0)", consent: true) }
        try await store.createSession(
            FocusSession(
                id: "s", guideID: "g", guideVersion: SemanticVersion(1, 0, 0), title: "T", createdAt: Date()),
            participants: participants)
        try await store.appendTurns(
            participants.map { TranscriptTurn(speaker: $0.id, text: "text of \($0.id)") }, sessionID: "s",
            source: "seed")
        return store
    }

    func writeCodebook(_ codes: [(String, String?)], in directory: URL) throws -> String {
        let entries = codes.map { id, level in
            "{\"id\": \"\(id)\", \"label\": \"\(id)\"" + (level.map { ", \"level\": \"\($0)\"" } ?? "") + "}"
        }
        let path = directory.appendingPathComponent("cb.json").path
        try "{\"id\": \"cb\", \"title\": \"T\", \"codes\": [\(entries.joined(separator: ", "))]}"
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// T1: r1..r3's ladders as coded transcript chains (one participant's turns in order within one section).
    @Test func t1ImplicationMatrixAndValueMapAtCutoffTwo() async throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: directory.appendingPathComponent("t1.sqlite").path)
        let participants = ["r1", "r2", "r3"].map { Participant(id: $0, displayName: $0, consent: true) }
        try await store.createSession(
            FocusSession(
                id: "s", guideID: "g", guideVersion: SemanticVersion(1, 0, 0), title: "T", createdAt: Date()),
            participants: participants)
        let ladders: [(String, String, [String])] = [
            ("r1", "a", ["A1", "C1", "V1"]), ("r1", "b", ["A2", "C2", "V1"]), ("r2", "a", ["A1", "C1", "V2"]),
            ("r2", "b", ["A2", "C2", "V1"]), ("r3", "a", ["A1", "C1", "V1"]), ("r3", "b", ["A3", "C3", "V3"]),
        ]
        var sequence = 0
        for (respondent, section, codes) in ladders {
            for code in codes {
                sequence += 1
                try await store.appendTurn(
                    TranscriptTurn(speaker: respondent, text: code, sectionID: section), sessionID: "s", source: "t1")
                try await store.setCodes(
                    [code], unit: .turn(sessionID: "s", sequence: sequence), coder: "ana", at: Date())
            }
        }
        let codebook = try writeCodebook(
            ["A1", "A2", "A3"].map { ($0, "attribute") } + ["C1", "C2", "C3"].map { ($0, "consequence") }
                + ["V1", "V2", "V3"].map { ($0, "value") }, in: directory)
        let mentions = try VocRunner.run(
            ["ladder", "t1.sqlite", "--codebook", codebook, "--counting", "mention", "--cutoff", "2"],
            directory: directory.path)
        #expect(mentions.exitCode == 0, "\(mentions.transcript)")
        let lines = mentions.stdout.components(separatedBy: "\n")
        let columns = ["A1", "C1", "V1", "A2", "C2", "V2", "A3", "C3", "V3"]
        #expect(lines[2].split(separator: " ") == columns.map { Substring($0) })
        #expect(lines[3].split(separator: " ") == ["A1", "3.00", "0.02", "0.01"])
        #expect(lines[4].split(separator: " ") == ["C1", "2.00", "1.00"])
        #expect(lines[6].split(separator: " ") == ["A2", "0.02", "2.00"])
        #expect(lines[7].split(separator: " ") == ["C2", "2.00"])
        let respondents = try VocRunner.run(
            ["ladder", "t1.sqlite", "--codebook", codebook, "--cutoff", "2"], directory: directory.path)
        #expect(
            respondents.stdout.contains(
                """
                HVM cutoff 2 (respondents); respondents 3, ladders 6
                from\tto\tcount\tmentions
                A1\tC1\t3\t3
                A2\tC2\t2\t2
                C1\tV1\t2\t2
                C2\tV1\t2\t2
                direct mentions retained: 9/12 (75.0%)
                respondents represented: 3/3 (100.0%)

                """), "\(respondents.transcript)")
    }

    /// T11: the 2×2 table [[20, 5], [10, 15]] as one code given or not by two coders to 50 turns: κ = 0.40
    /// (and α = 1 − 0.3/0.5 = 0.40: 15 disagreeing units of 100 values, 55 ones and 45 zeros).
    @Test func t11CohenKappa() async throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await seededStore(directory.appendingPathComponent("k.sqlite").path, turns: 50)
        let cells =
            Array(repeating: (true, true), count: 20) + Array(repeating: (true, false), count: 5)
            + Array(repeating: (false, true), count: 10) + Array(repeating: (false, false), count: 15)
        for (index, (a, b)) in cells.enumerated() {
            let unit = CodingUnit.turn(sessionID: "s", sequence: index + 1)
            try await store.setCodes(a ? ["x"] : [], unit: unit, coder: "a", at: Date())
            try await store.setCodes(b ? ["x"] : [], unit: unit, coder: "b", at: Date())
        }
        let codebook = try writeCodebook([("x", nil)], in: directory)
        let result = try VocRunner.run(
            ["code", "agreement", "k.sqlite", "--codebook", codebook, "--coders", "a,b"], directory: directory.path)
        #expect(
            result.stdout.contains("x           35  0.4000  0.4000\noverall     50  0.4000  0.4000\n"),
            "\(result.transcript)")
    }

    /// T12: Krippendorff's canonical 4-coder, 12-unit example (codes as categories, missing values): α = 0.7434.
    @Test func t12KrippendorffAlphaNominal() async throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await seededStore(directory.appendingPathComponent("a.sqlite").path, turns: 12)
        let data = [
            "A": "1 2 3 3 2 1 4 1 2 . . .", "B": "1 2 3 3 2 2 4 1 2 5 . 3",
            "C": ". 3 3 3 2 3 4 2 2 5 1 .", "D": "1 2 3 3 2 4 4 1 2 5 1 .",
        ]
        for (coder, values) in data {
            for (index, value) in values.split(separator: " ").enumerated() where value != "." {
                try await store.setCodes(
                    ["c\(value)"], unit: .turn(sessionID: "s", sequence: index + 1), coder: coder, at: Date())
            }
        }
        let codebook = try writeCodebook((1...5).map { ("c\($0)", nil) }, in: directory)
        let result = try VocRunner.run(
            ["code", "agreement", "a.sqlite", "--codebook", codebook, "--coders", "A,B,C,D"],
            directory: directory.path)
        #expect(result.exitCode == 0, "\(result.transcript)")
        #expect(
            result.stdout.hasSuffix(
                "single-label nominal alpha (one code per unit, codes as categories): 0.7434\n"), "\(result.transcript)"
        )
    }
}
