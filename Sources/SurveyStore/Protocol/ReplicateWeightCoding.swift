import Foundation

/// The stored form of one respondent's replicate weights (`WeightSet.replicateWeights`): the R weights as IEEE
/// 754 doubles, 8 bytes each, little-endian, in replicate order. Both backends store these bytes (SQLite `BLOB`,
/// PostgreSQL `BYTEA`), so a store copied from one to the other keeps every bit.
enum ReplicateWeightCoding {
    /// The bytes of `weights`.
    static func encode(_ weights: [Double]) -> Data {
        var data = Data(capacity: weights.count * 8)
        for weight in weights {
            withUnsafeBytes(of: weight.bitPattern.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    /// The weights in `bytes`.
    /// - Throws: `StoreError.corrupt` when the length is not a whole number of doubles.
    static func decode(_ bytes: some Collection<UInt8>, store: String) throws -> [Double] {
        guard bytes.count % 8 == 0 else {
            throw StoreError.corrupt(
                store: store, detail: "replicate weights of \(bytes.count) bytes (not a multiple of 8)")
        }
        var weights: [Double] = []
        weights.reserveCapacity(bytes.count / 8)
        var pattern: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes {
            pattern |= UInt64(byte) << shift
            shift += 8
            if shift == 64 {
                weights.append(Double(bitPattern: pattern))
                pattern = 0
                shift = 0
            }
        }
        return weights
    }
}
