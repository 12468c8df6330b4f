import ArgumentParser
import Foundation
import SurveyParser
import SurveyStatistics

extension VocCommand {
    /// `voc weight`: calibrate weights to population margins (raking or post-stratification), optionally trimmed.
    struct Weight: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "weight",
            abstract: "Weight respondents to population margins (raking, post-stratification, trimming).",
            discussion: """
                Starts from the design weights (--weight COL, else 1), aggregates respondents to the cells of the \
                weighting variables, rakes (or post-stratifies) on the cell table and maps the weights back. \
                Prints iterations, the largest margin error per sweep, achieved against target margins and a \
                weight summary. With --out, writes the data back with the new weight column (named by --name). \
                On any error nothing is written.
                """)

        @OptionGroup var source: DataSourceOptions
        @OptionGroup var calibration: CalibrationOptions

        @Option(name: .long, help: ArgumentHelp("Column of starting (design) weights.", valueName: "COL"))
        var weight: String?

        @Option(name: .long, help: "Name of the new weight set (the column written by --out).")
        var name: String = "weight"

        @Option(name: .long, help: ArgumentHelp("Write the data with the new weight column to FILE.",
                                                valueName: "FILE"))
        var out: String?

        @Flag(name: .long, help: "Print one JSON document instead of tables.")
        var json = false

        func validate() throws {
            if calibration.margins == nil { throw ValidationError("--margins FILE is required") }
            if name.isEmpty { throw ValidationError("--name must not be empty") }
        }

        func run() async throws {
            let started = Date()
            let targets = try MarginTargets.load(path: calibration.margins!)
            let reader = try CSVReader(path: source.csvPath)
            if out != nil && reader.header.contains(name) {
                throw ValidationError("the data already has a column '\(name)'; choose another --name")
            }
            let columns = calibration.columns(for: targets) + [weight].compactMap { $0 }
            var seen = Set<String>()
            let frame = try SurveyFrame(csv: reader, columns: columns.filter { seen.insert($0).inserted }.map {
                CSVColumnRequest($0, $0 == weight ? .numeric : .categorical)
            })
            let start: [Double]
            if let weight {
                start = try SurveyDesign(frame: frame, weight: weight).weights
            } else {
                start = Array(repeating: 1, count: frame.rowCount)
            }
            let loaded = Date()
            let request = calibration.request(targets: targets,
                                              meanWeight: start.reduce(0, +) / Double(max(1, start.count)))
            let outcome = try SurveyWeighting.run(frame: frame, startWeights: start, request: request)
            if let out { try WeightedDataWriter.write(reader: reader, weights: outcome.weights, column: name, to: out) }
            let report = WeightReportPrinter(report: outcome.report, name: name, rows: frame.rowCount,
                                             secondsLoad: loaded.timeIntervalSince(started),
                                             secondsTotal: Date().timeIntervalSince(started), output: out)
            print(json ? report.json.text : report.text)
            if !outcome.report.converged {
                FileHandle.standardError.write(Data("warning: raking did not converge\n".utf8))
            }
        }
    }
}
