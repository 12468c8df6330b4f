/// A generalised inverse of a symmetric positive semi-definite matrix M for the calibration's Newton steps and
/// variance (docs/methods.md §8.7): M⁻ = D·(Σ_{λₖ > τ} vₖvₖᵀ/λₖ)·D, where D = diag(1/√Mₖₖ) (1 where Mₖₖ = 0) scales M
/// to unit diagonal, λₖ, vₖ are the eigenvalues and eigenvectors of DMD (cyclic Jacobi) and τ = 256·ε·λ_max, the
/// tolerance of R's `MASS::ginv`. When M has full rank this is M⁻¹ (and the scaling keeps it accurate when the
/// auxiliary variables have very different scales, a count of schools next to a total of scores); when it does
/// not, M·M⁻·M = M still holds, so consistent systems are solved exactly.
struct SymmetricPseudoInverse: Sendable {
    /// Kept eigenvalues and their eigenvectors (vectors[k] is the k-th kept eigenvector) of the scaled matrix.
    let values: [Double]
    let vectors: [[Double]]
    /// The diagonal scaling D.
    let scaling: [Double]
    /// Size of the matrix.
    let size: Int

    /// Number of eigenvalues kept.
    var rank: Int { values.count }

    /// Decomposes `matrix` (square, symmetric).
    /// - Throws: `StatisticsError.invalidArgument` for a non-square matrix.
    init(_ matrix: [[Double]]) throws {
        let size = matrix.count
        let scaling = (0..<size).map { matrix[$0][$0] > 0 ? 1 / matrix[$0][$0].squareRoot() : 1 }
        self.size = size
        self.scaling = scaling
        guard size > 0 else {
            values = []
            vectors = []
            return
        }
        let scaled = (0..<size).map { i in (0..<size).map { j in matrix[i][j] * scaling[i] * scaling[j] } }
        let eigen = try SymmetricEigen(scaled)
        let largest = eigen.values.map(abs).max() ?? 0
        let threshold = max(256 * Double.ulpOfOne * largest, 0)
        var kept: [Double] = []
        var keptVectors: [[Double]] = []
        for (k, value) in eigen.values.enumerated() where value > threshold {
            kept.append(value)
            keptVectors.append((0..<size).map { eigen.vectors[$0][k] })
        }
        values = kept
        vectors = keptVectors
    }

    /// M⁻b.
    func apply(_ b: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: size)
        for (value, vector) in zip(values, vectors) {
            var projection = 0.0
            for i in 0..<size { projection += vector[i] * scaling[i] * b[i] }
            let factor = projection / value
            for i in 0..<size { result[i] += factor * vector[i] }
        }
        for i in 0..<size { result[i] *= scaling[i] }
        return result
    }
}
