public import SurveyStatistics

/// Replicate weights asked for on the command line (docs/methods.md §7.10): made from the design, as R's
/// `as.svrepdesign` (`--replicates jk1|jkn|bootstrap[:R]|brr|fay:RHO`), or read from the data's columns, as R's
/// `svrepdesign` (`--repweights PATTERN --rep-type TYPE [--rep-scale S] [--rep-rscales LIST] [--rep-factors]`).
public struct ReplicateRequest: Sendable, Equatable {
    /// Where the replicates come from.
    public enum Source: Sendable, Equatable {
        /// Made from the design's stage-1 PSUs (`replicates` is the bootstrap's R, `seed` its draws' seed).
        case design(replicates: Int, seed: UInt64)
        /// The data's columns whose names match `pattern` (a regular expression searched in each name, as R's
        /// `grep`, in the file's column order); `combined` false when they are factors of the sampling weight.
        case columns(pattern: String, scale: Double?, rscales: [Double]?, combined: Bool)
    }

    public var source: Source
    public var method: ReplicateMethod
    /// Fay's ρ.
    public var rho: Double?
    /// Centre the variance on the full-sample estimate (R's `mse = TRUE`).
    public var mse: Bool

    public init(source: Source, method: ReplicateMethod, rho: Double? = nil, mse: Bool = false) {
        self.source = source
        self.method = method
        self.rho = rho
        self.mse = mse
    }

    /// Reads a replicate type: `jk1`, `jkn`, `bootstrap` or `bootstrap:R`, `brr`, `fay:RHO`, `other`; returns the
    /// method, ρ and R (nil when not given). Throws a message naming the option for anything else.
    public static func parseType(_ text: String, option: String) throws -> (ReplicateMethod, Double?, Int?) {
        let parts = text.lowercased().split(separator: ":", maxSplits: 1).map(String.init)
        guard let name = parts.first, let method = ReplicateMethod(rawValue: name) else {
            throw StudyError("\(option) must be one of: jk1, jkn, bootstrap[:R], brr, fay:RHO, other (got '\(text)')")
        }
        let argument = parts.count > 1 ? parts[1] : nil
        switch method {
        case .bootstrap:
            guard let argument else { return (method, nil, nil) }
            guard let count = Int(argument), count >= 2 else {
                throw StudyError("\(option) bootstrap:R needs a whole number of replicates >= 2 (got '\(argument)')")
            }
            return (method, nil, count)
        case .fay:
            guard let argument, let rho = Double(argument), rho > 0 && rho < 1 else {
                throw StudyError("\(option) fay:RHO needs rho between 0 and 1, e.g. fay:0.5 (got '\(text)')")
            }
            return (method, rho, nil)
        default:
            if argument != nil {
                throw StudyError("\(option) \(method.rawValue) takes no ':' argument (got '\(text)')")
            }
            return (method, nil, nil)
        }
    }

    /// The columns of `header` that `.columns`' pattern matches (none for replicates made from the design).
    /// - Throws: `StudyError` located at `path` for an invalid pattern or one that matches no column.
    public func matchingColumns(header: [String], path: String) throws -> [String] {
        guard case .columns(let pattern, _, _, _) = source else { return [] }
        let regex: Regex<AnyRegexOutput>
        do {
            regex = try Regex(pattern)
        } catch {
            throw StudyError("\(path): error: --repweights '\(pattern)' is not a regular expression: \(error)")
        }
        let matched = header.filter { $0.contains(regex) }
        if matched.isEmpty {
            throw StudyError(
                "\(path): error: --repweights '\(pattern)' matches no column (columns: "
                    + header.joined(separator: ", ") + ")")
        }
        return matched
    }

    /// `design` with these replicate weights (made from it, or read from `columns` of `frame`).
    /// - Throws: `StudyError` located at `path` (and the data row, for a bad value) when the replicates do not fit
    ///   the design or the type, or a column is not numeric or has a missing or negative value.
    public func apply(
        to design: SurveyDesign, frame: SurveyFrame, columns: [String], path: String
    ) throws
        -> SurveyDesign
    {
        do {
            let replicates: ReplicateWeights
            switch source {
            case .design(let count, let seed):
                switch method {
                case .jk1, .jkn: replicates = try .jackknife(design, stratified: method == .jkn, mse: mse)
                case .bootstrap: replicates = try .bootstrap(design, replicates: count, seed: seed, mse: mse)
                case .brr, .fay: replicates = try .balanced(design, rho: rho ?? 0, mse: mse)
                case .other: throw StudyError("\(path): error: --replicates other: give --repweights columns instead")
                }
            case .columns(_, let scale, let rscales, let combined):
                let values = try columns.map { name -> (name: String, values: [Double]) in
                    guard let values = try? frame.numeric(name) else {
                        throw StudyError("\(path): error: replicate weight column '\(name)' is not numeric")
                    }
                    return (name, values)
                }
                replicates = try .supplied(
                    columns: values, weights: design.weights, method: method, combined: combined, scale: scale,
                    rscales: rscales, rho: rho, mse: mse)
            }
            return design.withReplicates(replicates)
        } catch let error as ReplicateError {
            if case .badColumn(let column, let row, let problem) = error {
                // Data row r is line r + 1 of the file (after the header).
                throw StudyError("\(path):\(row + 1): error: replicate weight column '\(column)': \(problem)")
            }
            throw StudyError("\(path): error: \(error)")
        }
    }
}
