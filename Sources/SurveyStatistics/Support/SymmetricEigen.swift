import Foundation

/// Eigen-decomposition of a real symmetric matrix by the cyclic Jacobi method (Jacobi 1846; Golub & Van Loan,
/// *Matrix Computations*, 4th ed., §8.5; Numerical Recipes §11.1).
///
/// Repeated plane rotations annihilate off-diagonal entries until their sum of squares falls below
/// 1e-30·‖A‖²_F (or 100 sweeps). A = V·diag(λ)·Vᵀ with orthonormal columns in `vectors`. Suited to the small
/// correlation matrices of key-driver analysis (p up to a few dozen).
public struct SymmetricEigen: Sendable, Equatable {
    /// Eigenvalues in descending order.
    public var values: [Double]
    /// vectors[i][k] is component i of the eigenvector for values[k].
    public var vectors: [[Double]]

    /// Decomposes `matrix`, which must be square and symmetric (only the upper triangle is read).
    /// - Throws: `StatisticsError.invalidArgument` for a non-square matrix.
    public init(_ matrix: [[Double]]) throws {
        let n = matrix.count
        guard matrix.allSatisfy({ $0.count == n }) else {
            throw StatisticsError.invalidArgument("eigen-decomposition: matrix must be square")
        }
        var a = matrix
        for i in 0..<n { for j in 0..<i { a[i][j] = a[j][i] } }
        var v = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        let norm = a.reduce(0) { $0 + $1.reduce(0) { $0 + $1 * $1 } }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<n { for j in (i + 1)..<max(i + 1, n) { off += a[i][j] * a[i][j] } }
            if off <= 1e-30 * norm || off == 0 { break }
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) where a[p][q] != 0 {
                    let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot()
                    let s = t * c
                    for k in 0..<n {
                        let akp = a[k][p]
                        let akq = a[k][q]
                        a[k][p] = c * akp - s * akq
                        a[k][q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p][k]
                        let aqk = a[q][k]
                        a[p][k] = c * apk - s * aqk
                        a[q][k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let vkp = v[k][p]
                        let vkq = v[k][q]
                        v[k][p] = c * vkp - s * vkq
                        v[k][q] = s * vkp + c * vkq
                    }
                }
            }
        }
        let order = (0..<n).sorted { a[$0][$0] > a[$1][$1] }
        values = order.map { a[$0][$0] }
        vectors = (0..<n).map { i in order.map { v[i][$0] } }
    }
}
