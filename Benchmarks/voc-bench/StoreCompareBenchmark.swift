import Foundation
import SurveyModel
import SurveyStatistics
import SurveyStore
import SurveyTestSupport

/// `store-compare`: the store-side statistics path on N stored responses (default 1e6) in SQLite and PostgreSQL,
/// side by side. Respondents have the four weighting variables of `SyntheticRespondents`; each complete response
/// has a numeric answer `score` (0–10).
///
/// Per backend: `t_load` (respondents and responses stored, durability on), `t_weight` (`voc weight`'s work: cell
/// counts over the four variables aggregated with GROUP BY in the database, then raking on the cell table to a
/// largest share error of 1e-6) and `t_estimate` (`voc estimate`'s work: weighted sums of `score` by region in the
/// database). `identical` says both backends gave bit-identical cells, raking factors and sums. Then the commands
/// themselves, as a user runs them (the release `voc` built beside `voc-bench`): `t_voc_weight` is `voc weight STORE
/// --margins M --name bench` (raking every stored complete, weight set saved in the store) and `t_voc_estimate` is
/// `voc estimate STORE --var score --by region --weight-set bench` (the calibration redone, linearised SEs);
/// `voc_peak_rss_bytes` is the largest resident size of a `voc` process. `same_output` says both backends printed
/// the same estimates. PostgreSQL is the server at `VOC_BENCH_POSTGRES` (a postgres:// URL) or a throwaway server
/// started for the run.
enum StoreCompareBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        let sizes = options.sizes.isEmpty ? [1_000_000] : options.sizes
        let server: PostgresTestServer? =
            ProcessInfo.processInfo.environment["VOC_BENCH_POSTGRES"] == nil ? try PostgresTestServer() : nil
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-bench-stores-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for n in sizes {
            let frame = try SyntheticRespondents.frame(n: n, seed: options.seed)
            let columns = try SyntheticRespondents.variables.map { try frame.categorical($0) }
            var results: [(String, Measured)] = []
            for backend in ["sqlite", "postgres"] {
                let location: String
                if backend == "sqlite" {
                    location = directory.appendingPathComponent("bench-\(n).voc.sqlite").path
                } else if let url = ProcessInfo.processInfo.environment["VOC_BENCH_POSTGRES"] {
                    location = url
                } else {
                    let name = "bench\(n)"
                    try server?.createDatabase(name)
                    location = server?.url(database: name) ?? ""
                }
                let measured = try blocking {
                    try await measure(location: location, columns: columns, n: n, seed: options.seed)
                }
                results.append((backend, measured))
            }
            let (sqlite, postgres) = (results[0].1, results[1].1)
            printJSON([
                ("benchmark", "store-compare"), ("n", n), ("cells", sqlite.cells),
                ("sqlite_t_load", sqlite.load), ("sqlite_t_weight", sqlite.weight),
                ("sqlite_t_estimate", sqlite.estimate),
                ("sqlite_t_voc_weight", sqlite.command.weight), ("sqlite_t_voc_estimate", sqlite.command.estimate),
                ("postgres_t_load", postgres.load), ("postgres_t_weight", postgres.weight),
                ("postgres_t_estimate", postgres.estimate),
                ("postgres_t_voc_weight", postgres.command.weight),
                ("postgres_t_voc_estimate", postgres.command.estimate),
                ("sweeps", sqlite.sweeps), ("mean_score", sqlite.mean),
                ("identical", sqlite.fingerprint == postgres.fingerprint),
                ("same_output", sqlite.command.output == postgres.command.output),
                ("peak_rss_bytes", peakResidentBytes()), ("voc_peak_rss_bytes", VocCommandRun.peakChildResidentBytes()),
            ])
        }
    }

    struct Measured: Sendable {
        var load = 0.0, weight = 0.0, estimate = 0.0
        var cells = 0, sweeps = 0
        var mean = 0.0
        var fingerprint = ""
        var command = VocCommandRun.Timings()
    }

    static let surveyID = "bench"

    static func measure(
        location: String, columns: [CategoricalColumn], n: Int, seed: UInt64
    ) async throws
        -> Measured
    {
        guard let store = try await StoreOpener.open(location, timeout: 60) as? any StoreAggregating else {
            throw BenchmarkFailure("store does not aggregate")
        }
        var measured = Measured()
        let start = now()
        let version = SemanticVersion(1, 0, 0)
        try await store.registerSurvey(
            SurveyDefinitionRecord(surveyID: surveyID, version: version, hash: "bench", json: VocCommandRun.surveyJSON))
        var generator = SplitMix64(seed: seed ^ 0x5eed)
        let chunk = 50_000
        for first in stride(from: 0, to: n, by: chunk) {
            var respondents: [Respondent] = []
            var responses: [ImportedResponse] = []
            for row in first..<min(n, first + chunk) {
                var attributes: [String: String] = [:]
                for (index, column) in columns.enumerated() {
                    attributes[SyntheticRespondents.variables[index]] = column.levels[Int(column.codes[row])]
                }
                let id = String(format: "b%07d", row)
                respondents.append(Respondent(id: id, attributes: attributes))
                let response = Response(
                    id: "x" + id, respondentID: id, surveyID: surveyID, surveyVersion: version, status: .complete,
                    disposition: .complete, startedAt: Date(timeIntervalSince1970: 1_700_000_000),
                    updatedAt: Date(timeIntervalSince1970: 1_700_000_000),
                    answers: ["score": .number(Double(generator.next() % 11))])
                responses.append(ImportedResponse(response: response))
            }
            try await store.upsertRespondents(respondents)
            _ = try await store.importResponses(responses, atomic: true)
        }
        measured.load = now() - start

        let weightStart = now()
        let variables = SyntheticRespondents.variables
        let cells = try await store.cellCounts(surveyID: surveyID, variables: variables.map { .attribute($0) })
        // One pseudo-row per cell carrying the cell's Σ weights: raking depends on the cell weights only.
        let cellColumns = variables.indices.map { index in
            CategoricalColumn(labels: cells.map { $0.levels[index] })
        }
        let table = try CellTable(variables: variables, columns: cellColumns, weights: cells.map(\.weight))
        let total = cells.reduce(0.0) { $0 + $1.weight }
        let margins = try SurveyWeighting.resolve(
            SyntheticRespondents.margins().resolved(startTotal: total), table: table)
        let raked = Raking.rake(
            table: table, margins: margins,
            options: RakingOptions(maxSweeps: 100, convergence: .maxShareError(tolerance: 1e-6)))
        measured.weight = now() - weightStart

        let estimateStart = now()
        let sums = try await store.weightedSums(
            surveyID: surveyID, variable: .answer("score"), by: .attribute("region"))
        measured.estimate = now() - estimateStart
        measured.cells = cells.count
        measured.sweeps = raked.sweeps
        let all = sums.reduce((0.0, 0.0)) { ($0.0 + $1.sumWeightedValues, $0.1 + $1.sumWeights) }
        measured.mean = all.0 / all.1
        measured.fingerprint = "\(cells)|\(raked.factors)|\(sums)"
        measured.command = try VocCommandRun.run(store: location)
        return measured
    }
}
