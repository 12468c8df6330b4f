import Foundation
import SurveyTestSupport
import Testing

/// End-to-end runs of `voc needs` on a synthetic study with known truth, and its bad-input paths.
@Suite("voc needs end to end")
struct NeedsCLITests {
    /// Truth of the synthetic study: per need, the probability of a top-2-box rating in segments a, b, c.
    /// n01–n07 common (0.70 everywhere); n08–n10 important in one segment only; n11, n12 important everywhere
    /// but swapped between a and b (the safety vs yield case).
    static let truth: [(code: String, p: [Double], expected: String)] =
        (1...7).map { (String(format: "n%02d", $0), [0.70, 0.70, 0.70], "common") } + [
            ("n08", [0.80, 0.25, 0.25], "segment-specific"),
            ("n09", [0.25, 0.80, 0.25], "segment-specific"),
            ("n10", [0.25, 0.25, 0.80], "segment-specific"),
            ("n11", [0.90, 0.60, 0.75], "segment-priority"),
            ("n12", [0.60, 0.90, 0.75], "segment-priority"),
        ]

    static func survey(needs: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <survey xmlns="https://voc.dev/schema/survey/1" id="synthetic" version="1.0.0" kind="survey" lang="en">
          <title>Synthetic needs</title>
          <section id="main">
            <what id="imp" type="importance">
              <text>How important is each of these to you?</text>
              <needs>
        \(needs.map { "        <option code=\"\($0)\">Need \($0)</option>" }.joined(separator: "\n"))
              </needs>
              <scale min="1" max="5"/>
            </what>
          </section>
        </survey>

        """
    }

    /// n respondents in segments a, b, c (round robin) plus `extra` respondents in a small segment d; ratings drawn
    /// from `truth` with a seeded SplitMix64 stream; weights uniform on [0.5, 1.5].
    static func data(n: Int, extra: Int = 0, seed: UInt64) -> String {
        var state = seed
        func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) * 0x1.0p-53
        }
        var lines = ["id,seg,w," + truth.map { "imp.\($0.code)" }.joined(separator: ",")]
        for row in 0..<(n + extra) {
            let segment = row < n ? row % 3 : 3
            let ratings = truth.map { need -> String in
                let p = segment < 3 ? need.p[segment] : 0.5
                let top = next() < p
                return String(top ? 4 + Int(next() * 2) : 1 + Int(next() * 3))
            }
            let weight = 0.5 + next()
            lines.append("\(row + 1),\(["a", "b", "c", "d"][segment]),\(weight)," + ratings.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func withStudy(n: Int = 2_000, extra: Int = 0, _ body: (URL) throws -> Void) throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.survey(needs: Self.truth.map(\.code))
            .write(to: directory.appendingPathComponent("survey.xml"), atomically: true, encoding: .utf8)
        try Self.data(n: n, extra: extra, seed: 20_261_123)
            .write(to: directory.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        try body(directory)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func syntheticStudyRecoversEveryNeedClass() throws {
        try withStudy { directory in
            let result = try VocRunner.run(
                [
                    "needs", "--data", "data.csv", "--survey", "survey.xml", "--by", "seg",
                    "--weight", "w", "--permutations", "200", "--seed", "7", "--json",
                ],
                directory: directory.path)
            #expect(result.exitCode == 0, "\(result.stderr)")
            let report = try json(result.stdout)
            let battery = try #require((report["batteries"] as? [[String: Any]])?.first)
            let classification = try #require(battery["classification"] as? [String: Any])
            let classes = try #require(classification["needs"] as? [[String: Any]])
            let found = Dictionary(
                uniqueKeysWithValues: classes.map {
                    ($0["need"] as! String, $0["class"] as! String)
                })
            for need in Self.truth {
                #expect(found[need.code] == need.expected, "\(need.code): \(found[need.code] ?? "none")")
            }
            let shares = try #require(report["class_shares"] as? [[String: Any]])
            let common = shares.first { $0["class"] as? String == "common" }
            #expect(abs((common?["share"] as? Double ?? 0) - 7.0 / 12) < 1e-12)
            // Design-based estimates with SEs and CIs for every need, statistic and segment.
            let measures = try #require(battery["measures"] as? [[String: Any]])
            #expect(measures.count == 24)
            for measure in measures {
                for estimate in measure["estimates"] as! [[String: Any]] {
                    let se = estimate["se"] as! Double
                    #expect(se > 0 && se < 0.1)
                    #expect((estimate["ci_low"] as! Double) < (estimate["estimate"] as! Double))
                }
            }
            let comparisons = try #require(battery["order_comparisons"] as? [[String: Any]])
            #expect(comparisons.count == 3)
            #expect(comparisons.allSatisfy { ($0["permutation_p"] as? Double).map { $0 > 0 && $0 <= 1 } ?? false })
            #expect((battery["kendall_w"] as? [Any])?.count == 3)
        }
    }

    @Test func bonferroniIsSettableAndHumanOutputIsATable() throws {
        try withStudy(n: 600) { directory in
            let result = try VocRunner.run(
                [
                    "needs", "--data", "data.csv", "--survey", "survey.xml", "--by", "seg",
                    "--permutations", "0", "--correction", "bonferroni",
                ],
                directory: directory.path)
            #expect(result.exitCode == 0, "\(result.stderr)")
            #expect(result.stdout.contains("p adjusted by bonferroni"))
            #expect(result.stdout.contains("Priority order by top2 (highest first):"))
            #expect(result.stdout.contains("Class shares:"))
        }
    }

    @Test func smallSegmentIsReportedNotTested() throws {
        try withStudy(n: 600, extra: 12) { directory in
            let result = try VocRunner.run(
                [
                    "needs", "--data", "data.csv", "--survey", "survey.xml", "--by", "seg",
                    "--permutations", "0", "--json",
                ], directory: directory.path)
            #expect(result.exitCode == 0, "\(result.stderr)")
            let report = try json(result.stdout)
            let segments = try #require(report["segments"] as? [[String: Any]])
            let small = segments.first { $0["label"] as? String == "d" }
            #expect(small?["small_base"] as? Bool == true)
            #expect(segments.filter { $0["small_base"] as? Bool == true }.count == 1)
            let warnings = report["warnings"] as? [String] ?? []
            #expect(warnings.contains { $0.contains("segment 'd'") && $0.contains("small base") })
            let battery = try #require((report["batteries"] as? [[String: Any]])?.first)
            let classification = try #require(battery["classification"] as? [String: Any])
            #expect(classification["segments"] as? [String] == ["a", "b", "c"])
            let test = try #require((battery["measures"] as? [[String: Any]])?.first?["test"] as? [String: Any])
            #expect(test["segments"] as? Int == 3)
        }
    }

    @Test func unknownSegmentVariableFailsAndNamesIt() throws {
        try withStudy(n: 60) { directory in
            let result = try VocRunner.run(
                ["needs", "--data", "data.csv", "--survey", "survey.xml", "--by", "age"],
                directory: directory.path)
            #expect(result.exitCode == 1)
            #expect(result.stderr.contains("data.csv: error: unknown segment variable 'age'"))
            #expect(result.stderr.contains("seg"))
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func dataWithoutSurveyIsAUsageError() throws {
        try withStudy(n: 60) { directory in
            let result = try VocRunner.run(["needs", "--data", "data.csv", "--by", "seg"], directory: directory.path)
            #expect(result.exitCode == 2)
            #expect(result.stderr.contains("--survey"))
        }
    }
}
