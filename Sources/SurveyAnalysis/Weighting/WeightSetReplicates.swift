import Foundation
public import SurveyStatistics

/// What the replicate weights saved with a weight set are (`voc weight STORE --replicates TYPE`): their method and
/// variance constants, kept under `replicates` in the set's report JSON while the store keeps each respondent's
/// weights (`WeightSet.replicateWeights`). Estimation with the set then uses these replicates, already
/// recalibrated by the set's recipe, for every standard error (R: a calibrated `svrep.design` saved and reused).
public struct WeightSetReplicates: Sendable, Equatable, Codable {
    /// `ReplicateMethod.rawValue`: jk1, jkn, bootstrap, brr, fay.
    public var method: String
    public var count: Int
    public var scale: Double
    public var rscales: [Double]
    public var rho: Double
    public var mse: Bool
    /// R's `degf` of the replicate design: the rank of the replicate weights minus 1.
    public var degreesOfFreedom: Int
    /// The bootstrap's seed (nil for the other methods).
    public var seed: UInt64?
    /// Whether every replicate was calibrated as the full sample (`ReplicateWeights.calibrated`).
    public var calibrated: Bool

    /// The constants of `replicates` (made with `seed` when it is a bootstrap).
    public init(_ replicates: ReplicateWeights, seed: UInt64?) {
        method = replicates.method.rawValue
        count = replicates.count
        scale = replicates.scale
        rscales = replicates.rscales
        rho = replicates.rho
        mse = replicates.mse
        degreesOfFreedom = replicates.degreesOfFreedom
        self.seed = replicates.method == .bootstrap ? seed : nil
        calibrated = replicates.calibrated
    }

    /// The replicates of rows whose saved weights are `rows` (`rows[i][r]`).
    /// - Throws: `ReplicateError` when the rows do not fit these constants.
    public func weights(rows: [[Double]]) throws -> ReplicateWeights {
        var restored = try ReplicateWeights.restored(
            rows: rows, method: ReplicateMethod(rawValue: method) ?? .other, scale: scale, rscales: rscales,
            rho: rho, mse: mse, degreesOfFreedom: degreesOfFreedom)
        restored.calibrated = calibrated
        return restored
    }

    /// One line for people: "30 jk1 replicate weights", with ρ or the bootstrap seed.
    public var summary: String {
        var text = "\(count) \(method) replicate weights"
        if method == ReplicateMethod.fay.rawValue { text += " (rho \(rho))" }
        if let seed { text += " (seed \(seed))" }
        return text
    }

    /// What R needs to use the replicates (`svrepdesign(type =, scale =, rscales =, rho =, mse =)`), in one line:
    /// "24 jkn replicate weights, scale 1, rscales 0.9167 ... (one per replicate), each calibrated as the full
    /// sample".
    public var note: String {
        var text = "\(count) \(method) replicate weights, scale \(scale)"
        if rscales.allSatisfy({ $0 == rscales.first }) {
            text += ", rscales \(rscales.first ?? 1)"
        } else {
            text += ", rscales " + rscales.map { "\($0)" }.joined(separator: " ")
        }
        if rho != 0 { text += ", rho \(rho)" }
        if mse { text += ", mse" }
        if calibrated { text += ", each calibrated as the full sample" }
        return text
    }

    /// Compact JSON text (sorted keys).
    public var jsonText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? String(decoding: encoder.encode(self), as: UTF8.self)) ?? "null"
    }

    /// The replicates described under `replicates` in a weight set's report JSON; nil when it has none.
    /// - Throws: `StudyError` when the report is not JSON or the description is malformed.
    public static func fromReport(_ reportJSON: String, set name: String) throws -> WeightSetReplicates? {
        struct Report: Decodable { var replicates: WeightSetReplicates? }
        do {
            return try JSONDecoder().decode(Report.self, from: Data(reportJSON.utf8)).replicates
        } catch {
            throw StudyError("weight set '\(name)': its description of replicate weights is malformed")
        }
    }
}
