import Foundation
import SurveyTestSupport
import Testing

/// `voc needs` on a survey with every battery kind: importance with performance, ranking, MaxDiff, Kano and a
/// touchpoint matrix, plus an outcome (seeded synthetic data; MaxDiff item a matters to segment "old" only).
@Suite("voc needs: every battery kind")
struct NeedsKindsCLITests {
    static let survey = """
        <?xml version="1.0" encoding="UTF-8"?>
        <survey xmlns="https://voc.dev/schema/survey/1" id="allkinds" version="1.0.0" kind="survey" lang="en">
          <title>All kinds</title>
          <section id="main">
            <what id="imp" type="importance">
              <text>Importance?</text>
              <needs>
                <option code="safety">Safety</option>
                <option code="yield">Yield</option>
                <option code="fees">Fees</option>
              </needs>
              <scale min="1" max="5"/>
              <performance min="1" max="5"/>
            </what>
            <what id="rk" type="ranking">
              <text>Rank</text>
              <options>
                <option code="safety">Safety</option>
                <option code="yield">Yield</option>
                <option code="fees">Fees</option>
              </options>
            </what>
            <what id="md" type="maxdiff" per-set="3" sets="4" seed="1">
              <text>Best and worst</text>
              <items>
                <option code="a">A</option>
                <option code="b">B</option>
                <option code="c">C</option>
                <option code="d">D</option>
              </items>
            </what>
            <what id="kn" type="kano">
              <text>Kano</text>
              <feature code="app"><label>App</label><functional>If app?</functional>
                <dysfunctional>If no app?</dysfunctional></feature>
            </what>
            <what id="tp" type="matrix">
              <text>Touchpoints</text>
              <rows>
                <option code="web">Web</option>
                <option code="phone">Phone</option>
              </rows>
              <scale min="1" max="5"/>
            </what>
            <what id="sat" type="rating"><text>Sat</text><scale min="1" max="10"/></what>
          </section>
        </survey>

        """

    struct Generator {
        var state: UInt64
        mutating func unit() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) * 0x1.0p-53
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(unit() * Double(range.count))
        }
    }

    static func data(n: Int) -> String {
        var g = Generator(state: 99)
        let sets = [["a", "b", "c"], ["a", "b", "d"], ["a", "c", "d"], ["b", "c", "d"]]
        var header = [
            "id", "seg", "imp.safety", "imp.safety.perf", "imp.yield", "imp.yield.perf", "imp.fees",
            "imp.fees.perf", "rk.safety", "rk.yield", "rk.fees",
        ]
        for s in 1...4 { header += ["md.s\(s).shown", "md.s\(s).best", "md.s\(s).worst"] }
        header += ["kn.app.f", "kn.app.d", "tp.web", "tp.phone", "sat"]
        var lines = [header.joined(separator: ",")]
        for r in 0..<n {
            let old = r % 2 == 1
            let utility: [String: Double] = ["a": old ? 3 : 0, "b": 1, "c": 0, "d": -1]
            var row = [String(r), old ? "old" : "young"]
            for _ in 0..<6 { row.append(String(g.int(1...5))) }
            var order = ["safety", "yield", "fees"]
            for i in stride(from: 2, to: 0, by: -1) { order.swapAt(i, g.int(0...i)) }
            row += ["safety", "yield", "fees"].map { String(order.firstIndex(of: $0)! + 1) }
            for set in sets {
                let sorted = set.map { ($0, utility[$0]! + 2 * g.unit()) }.sorted { $0.1 > $1.1 }.map(\.0)
                row += [set.joined(separator: ";"), sorted[0], sorted[2]]
            }
            row += [String([1, 1, 2, 5][g.int(0...3)]), String([5, 4, 3][g.int(0...2)])]
            row += [String(g.int(1...5)), String(g.int(1...5)), String(g.int(1...10))]
            lines.append(row.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func everyKindIsEstimatedTestedAndReported() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.survey.write(to: directory.appendingPathComponent("survey.xml"), atomically: true, encoding: .utf8)
        try Self.data(n: 400).write(
            to: directory.appendingPathComponent("data.csv"), atomically: true,
            encoding: .utf8)
        let result = try VocRunner.run(
            [
                "needs", "--data", "data.csv", "--survey", "survey.xml", "--by", "seg",
                "--outcome", "sat", "--k", "3", "--permutations", "20", "--json",
            ],
            directory: directory.path)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let batteries = try #require(report["batteries"] as? [[String: Any]])
        #expect(batteries.map { $0["kind"] as? String } == ["importance", "ranking", "maxdiff", "kano", "touchpoints"])
        func measures(_ battery: [String: Any], _ statistic: String) -> [[String: Any]] {
            (battery["measures"] as? [[String: Any]] ?? []).filter { $0["statistic"] as? String == statistic }
        }
        // Importance with performance: gap and quadrants per need and segment; derived importance per segment.
        #expect(measures(batteries[0], "gap").count == 3)
        #expect((batteries[0]["importance_performance"] as? [Any])?.count == 6)
        #expect((batteries[0]["derived_importance"] as? [Any])?.count == 2)
        // Ranking: mean rank, share first and rank score.
        #expect(measures(batteries[1], "share_first").count == 3)
        // MaxDiff: respondent-level scores with SEs, counts per segment; a is specific to "old".
        let scores = measures(batteries[2], "maxdiff_score")
        #expect(scores.count == 4)
        let counts = try #require(batteries[2]["maxdiff_counts"] as? [[String: Any]])
        #expect(counts.count == 2)
        #expect((counts[0]["items"] as? [[String: Any]])?.first?["shown"] as? Double == 600)
        let classes = try #require((batteries[2]["classification"] as? [String: Any])?["needs"] as? [[String: Any]])
        #expect(classes.first { $0["need"] as? String == "a" }?["class"] as? String == "segment-specific")
        // Kano: category, Better/Worse per segment and the Rao-Scott test of segment x category.
        let kano = try #require(batteries[3]["kano"] as? [[String: Any]])
        #expect(kano.count == 2)
        #expect(kano.allSatisfy { ["A", "O", "M", "I", "R", "Q"].contains($0["category"] as? String ?? "") })
        let table = try #require(measures(batteries[3], "categories").first?["test"] as? [String: Any])
        #expect(table["method"] as? String == "rao-scott")
        // Touchpoints: balance = positive - k x negative with k = 3, drivers per segment.
        for segment in 0..<2 {
            let value = { (statistic: String) -> Double in
                (measures(batteries[4], statistic)[0]["estimates"] as! [[String: Any]])[segment]["estimate"] as! Double
            }
            #expect(abs(value("balance") - (value("positive") - 3 * value("negative"))) < 1e-12)
        }
        #expect((batteries[4]["touchpoint_drivers"] as? [Any])?.count == 2)
        #expect((report["settings"] as? [String: Any])?["k"] as? Double == 3)
    }
}
