import Foundation
import SurveyTestSupport
import Testing

@Suite("voc weight / voc estimate end to end")
struct WeightEstimateCLITests {
    /// 12 respondents: region, sex, a 0-10 recommendation score and a design weight.
    static let data = """
        id,region,sex,score,w
        1,north,f,10,1
        2,north,m,9,1
        3,north,f,6,2
        4,south,m,8,1
        5,south,f,3,1
        6,south,m,10,2
        7,north,m,NA,1
        8,south,f,7,1
        9,north,f,9,1
        10,south,m,2,2
        11,north,m,10,1
        12,south,f,,1

        """

    private func withFiles(_ body: (URL) throws -> Void) throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.data.write(to: directory.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        try "variable,level,target\nregion,north,0.4\nregion,south,0.6\nsex,f,500\nsex,m,500\n"
            .write(to: directory.appendingPathComponent("margins.csv"), atomically: true, encoding: .utf8)
        try body(directory)
    }

    private func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    @Test func weightRakesWritesColumnAndReportsJSON() throws {
        try withFiles { directory in
            let out = directory.appendingPathComponent("weighted.csv").path
            let result = try VocRunner.run(
                [
                    "weight", "--data", "data.csv", "--margins", "margins.csv", "--weight",
                    "w", "--name", "raked", "--out", out, "--json",
                ],
                directory: directory.path)
            #expect(result.exitCode == 0, "\(result.stderr)")
            let report = try json(result.stdout)
            for key in ["sweeps", "max_margin_err", "t_load", "t_rake", "w_min", "w_max", "w_sumsq", "kish_deff"] {
                #expect(report[key] != nil, "missing \(key)")
            }
            #expect((report["max_margin_err"] as! Double) <= 1e-6)
            let written = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
            #expect(written.count == 13)
            #expect(written[0] == "id,region,sex,score,w,raked")
            let weights = written.dropFirst().map {
                Double($0.split(separator: ",", omittingEmptySubsequences: false).last!)!
            }
            #expect(abs(weights.reduce(0, +) - 1000) < 1e-6)
        }
    }

    @Test func weightErrorsNameVariableAndLevelAndWriteNothing() throws {
        try withFiles { directory in
            try "variable,level,target\nregion,north,1\nsex,f,0.5\nsex,m,0.5\n"
                .write(to: directory.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
            let out = directory.appendingPathComponent("never.csv").path
            let result = try VocRunner.run(
                ["weight", "--data", "data.csv", "--margins", "bad.csv", "--out", out],
                directory: directory.path)
            #expect(result.exitCode != 0)
            #expect(result.stderr.contains("region") && result.stderr.contains("south"))
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }

    /// Every problem of a margins file at once, each located once in compiler style; nothing written.
    @Test func marginsFileProblemsAreLocatedOnce() throws {
        try withFiles { directory in
            try "variable,level,target\nregion,north,-1\n,south,0.6\nsex,f,x\n"
                .write(to: directory.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
            let out = directory.appendingPathComponent("never.csv").path
            for command in [
                ["weight", "--data", "data.csv", "--margins", "bad.csv", "--out", out],
                ["estimate", "--data", "data.csv", "--var", "score", "--margins", "bad.csv"],
            ] {
                let result = try VocRunner.run(command, directory: directory.path)
                #expect(result.exitCode == 1, "\(result.transcript)")
                #expect(
                    result.stderr == """
                        bad.csv:2:3: error: target must be a non-negative number
                        bad.csv:3:1: error: empty variable name
                        bad.csv:4:3: error: target must be a non-negative number

                        """, "\(result.transcript)")
                #expect(result.stdout.isEmpty)
            }
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }

    @Test func estimateBySegmentPrintsTheIssueJSONShape() throws {
        try withFiles { directory in
            let result = try VocRunner.run(
                [
                    "estimate", "--data", "data.csv", "--var", "score", "--by", "region",
                    "--weight", "w", "--stat", "mean,nps,top2,median", "--compare", "--json",
                ],
                directory: directory.path)
            #expect(result.exitCode == 0, "\(result.stderr)")
            let document = try json(result.stdout)
            let estimates = document["estimates"] as! [[String: Any]]
            #expect(estimates.count == 8)
            for key in ["variable", "level", "segment", "estimate", "se", "ci_low", "ci_high", "deff", "n", "n_eff"] {
                #expect(estimates.allSatisfy { $0[key] != nil }, "missing \(key)")
            }
            let north = estimates.first { $0["statistic"] as? String == "nps" && $0["segment"] as? String == "north" }!
            // north: scores 10, 9, 6, 9, 10 (one NA) with weights 1, 1, 2, 1, 1: promoters 4/6, detractors 2/6.
            #expect(abs((north["estimate"] as! Double) - 100.0 / 3.0) < 1e-9)
            #expect((north["n"] as! Int) == 5)
            #expect(!(document["differences"] as! [Any]).isEmpty)
        }
    }

    @Test func estimateTablesAndChiSquare() throws {
        try withFiles { directory in
            let result = try VocRunner.run(
                [
                    "estimate", "--data", "data.csv", "--var", "sex", "--by", "region",
                    "--chisq",
                ], directory: directory.path)
            #expect(result.exitCode == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Rao-Scott"))
            #expect(result.stdout.contains("share"))
        }
    }

    @Test func estimateReportsCSVErrorsWithFileRowColumn() throws {
        try withFiles { directory in
            try "a,b\n1,2\n3\n".write(
                to: directory.appendingPathComponent("broken.csv"), atomically: true,
                encoding: .utf8)
            let result = try VocRunner.run(
                ["estimate", "--data", "broken.csv", "--var", "a"],
                directory: directory.path)
            #expect(result.exitCode != 0)
            #expect(result.stderr.contains("broken.csv:3:2"))
        }
    }

    @Test func postStratificationOnJointCellsWithTrimming() throws {
        try withFiles { directory in
            try """
            variable,level,target
            region:sex,north:f,200
            region:sex,north:m,300
            region:sex,south:f,250
            region:sex,south:m,250

            """.write(to: directory.appendingPathComponent("joint.csv"), atomically: true, encoding: .utf8)
            let result = try VocRunner.run(
                ["weight", "--data", "data.csv", "--margins", "joint.csv", "--poststrat", "region,sex", "--json"],
                directory: directory.path)
            #expect(result.exitCode == 0, "\(result.stderr)")
            let report = try json(result.stdout)
            #expect(report["method"] as? String == "poststratify")
            #expect(abs((report["w_sum"] as! Double) - 1000) < 1e-9)
            #expect((report["max_margin_err"] as! Double) < 1e-12)
            let trimmed = try VocRunner.run(
                [
                    "weight", "--data", "data.csv", "--margins", "joint.csv", "--poststrat", "region,sex", "--trim",
                    "0,1.2x", "--trim-strict", "--json",
                ], directory: directory.path)
            #expect(trimmed.exitCode == 0, "\(trimmed.stderr)")
            let trimmedReport = try json(trimmed.stdout)
            #expect((trimmedReport["w_max"] as! Double) <= 1.2 * 1000 / 12 + 1e-9)
            #expect(abs((trimmedReport["w_sum"] as! Double) - 1000) < 1e-9)
        }
    }
}
