import Foundation
import SurveyTestSupport
import Testing

/// `voc banner --data` on the banner example of docs/methods.md §3.1: column A 84/200 = 42%, column B 45/150 = 30%.
@Suite("voc banner end to end")
struct BannerCLITests {
    func withData(_ body: (URL) throws -> Void) throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var lines = ["col,liked,score"]
        for i in 0..<200 { lines.append("A,\(i < 84 ? "yes" : "no"),\(i % 5 + 1)") }
        for i in 0..<150 { lines.append("B,\(i < 45 ? "yes" : "no"),\(i % 5 + 1)") }
        for i in 0..<10 { lines.append("C,\(i < 9 ? "yes" : "no"),5") }
        try (lines.joined(separator: "\n") + "\n").write(
            to: directory.appendingPathComponent("banner.csv"),
            atomically: true, encoding: .utf8)
        try body(directory)
    }

    func cell(_ output: String, level: String, column: String) throws -> [String: Any] {
        let table = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let rows = try #require(table["rows"] as? [[String: Any]])
        let row = try #require(rows.first { $0["level"] as? String == level })
        return try #require((row["cells"] as? [[String: Any]])?.first { $0["column"] as? String == column })
    }

    @Test func lettersBasesAndSmallColumns() throws {
        try withData { directory in
            let result = try VocRunner.run(
                [
                    "banner", "--data", "banner.csv", "--rows", "liked,score", "--cols", "col",
                    "--json",
                ], directory: directory.path)
            #expect(result.exitCode == 0, "\(result.stderr)")
            let a = try cell(result.stdout, level: "yes", column: "A")
            #expect(abs((a["estimate"] as! Double) - 42) < 1e-9)
            #expect(a["letters"] as? String == "B")
            let c = try cell(result.stdout, level: "yes", column: "C")
            #expect(c["small_base"] as? Bool == true)
            #expect(c["letters"] as? String == "")
            // Stricter high level: the A-B difference (p about 0.02) only earns a lowercase letter.
            let strict = try VocRunner.run(
                [
                    "banner", "--data", "banner.csv", "--rows", "liked", "--cols", "col",
                    "--high", "0.99", "--json",
                ], directory: directory.path)
            #expect(try cell(strict.stdout, level: "yes", column: "A")["letters"] as? String == "b")
            let text = try VocRunner.run(
                ["banner", "--data", "banner.csv", "--rows", "liked,score", "--cols", "col"],
                directory: directory.path)
            #expect(text.stdout.contains("unweighted"))
            #expect(text.stdout.contains("effective"))
            let csv = try VocRunner.run(
                ["banner", "--data", "banner.csv", "--rows", "liked", "--cols", "col", "--csv"],
                directory: directory.path)
            #expect(csv.stdout.hasPrefix("variable,level,statistic,column,letter,estimate,se,n,n_eff,letters"))
        }
    }

    @Test func unknownRowVariableFails() throws {
        try withData { directory in
            let result = try VocRunner.run(
                ["banner", "--data", "banner.csv", "--rows", "nope", "--cols", "col"],
                directory: directory.path)
            #expect(result.exitCode == 1)
            #expect(result.stderr.contains("unknown variable 'nope'"))
        }
    }
}
