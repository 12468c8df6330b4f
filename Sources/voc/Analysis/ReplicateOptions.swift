import ArgumentParser
import SurveyAnalysis
import SurveyStatistics

/// Replicate-weight options of a `--data` design (docs/methods.md §7.10): replicates made from the design
/// (`--replicates`, R's `as.svrepdesign`) or read from columns (`--repweights` with `--rep-type`, R's
/// `svrepdesign`). With either, every standard error comes from the replicates.
struct ReplicateOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Make replicate weights from the design (R's as.svrepdesign): jk1, jkn, bootstrap[:R] (default R 50), "
                + "brr or fay:RHO; SEs then come from the replicates.", valueName: "TYPE"))
    var replicates: String?

    @Option(
        name: .customLong("replicate-seed"),
        help: ArgumentHelp("Seed of the bootstrap's draws (default 1).", valueName: "N"))
    var replicateSeed: UInt64 = 1

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Use the replicate-weight columns whose names match this regular expression (searched as R's grep; "
                + "anchor with ^...$), in file order; needs --rep-type, and --weight with --data; on a STORE, "
                + "respondent attributes in natural order.", valueName: "PATTERN"))
    var repweights: String?

    @Option(
        name: .customLong("rep-type"),
        help: ArgumentHelp(
            "Type of the --repweights columns: jk1, jkn, bootstrap, brr, fay:RHO or other (R's svrepdesign type).",
            valueName: "TYPE"))
    var repType: String?

    @Option(
        name: .customLong("rep-scale"),
        help: ArgumentHelp("Variance scale of the --repweights (default: R's for the type).", valueName: "S"))
    var repScale: Double?

    @Option(
        name: .customLong("rep-rscales"),
        help: ArgumentHelp(
            "Per-replicate multipliers of the --repweights: one value or one per column (required for jkn "
                + "without --rep-factors).", valueName: "LIST"))
    var repRscales: String?

    @Flag(
        name: .customLong("rep-factors"),
        help: "The --repweights columns are factors of --weight (R's combined.weights = FALSE), not whole weights.")
    var repFactors = false

    @Flag(
        name: .customLong("rep-mse"),
        help: "Centre replicate variances on the full-sample estimate (R's mse = TRUE) instead of the replicates' mean."
    )
    var repMSE = false

    /// Any replicate option given.
    var isEmpty: Bool {
        replicates == nil && repweights == nil && repType == nil && repScale == nil && repRscales == nil
            && !repFactors && !repMSE
    }

    func validate() throws {
        if replicates != nil && repweights != nil {
            throw ValidationError("give either --replicates (made from the design) or --repweights (columns), not both")
        }
        if repweights == nil && (repType != nil || repScale != nil || repRscales != nil || repFactors) {
            throw ValidationError("--rep-type, --rep-scale, --rep-rscales and --rep-factors describe --repweights")
        }
        if repweights != nil && repType == nil { throw ValidationError("--repweights needs --rep-type TYPE") }
        if replicates == nil && repweights == nil && repMSE { throw ValidationError("--rep-mse needs replicates") }
        _ = try request
    }

    /// The request these options make, nil without replicates.
    var request: ReplicateRequest? {
        get throws {
            if let replicates {
                let (method, rho, count) = try parse(replicates, option: "--replicates")
                if method == .other { throw ValidationError("--replicates other: give --repweights columns instead") }
                return ReplicateRequest(
                    source: .design(replicates: count ?? 50, seed: replicateSeed), method: method, rho: rho, mse: repMSE
                )
            }
            guard let repweights, let repType else { return nil }
            let (method, rho, count) = try parse(repType, option: "--rep-type")
            if count != nil {
                throw ValidationError("--rep-type bootstrap takes no :R (the columns are the replicates)")
            }
            let rscales = try DesignOptions.split(repRscales).map { text -> Double in
                guard let value = Double(text) else {
                    throw ValidationError("--rep-rscales: '\(text)' is not a number")
                }
                return value
            }
            return ReplicateRequest(
                source: .columns(
                    pattern: repweights, scale: repScale, rscales: rscales.isEmpty ? nil : rscales,
                    combined: !repFactors),
                method: method, rho: rho, mse: repMSE)
        }
    }

    private func parse(_ text: String, option: String) throws -> (ReplicateMethod, Double?, Int?) {
        do {
            return try ReplicateRequest.parseType(text, option: option)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
