/// Relative-tolerance comparison for Doubles: |a − b| ≤ max(relative·max(|a|, |b|), absolute).
/// NaN never compares close; equal infinities do.
func isClose(_ a: Double, _ b: Double, relative: Double = 1e-12, absolute: Double = 0) -> Bool {
    if a.isNaN || b.isNaN { return false }
    if a.isInfinite || b.isInfinite { return a == b }
    return abs(a - b) <= max(relative * max(abs(a), abs(b)), absolute)
}

/// Rounds to `digits` decimals, for comparing with values printed to that precision in docs/methods.md.
func isClose(_ a: Double, printed b: Double, digits: Int) -> Bool {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    return abs(a - b) <= 0.5 / scale + 1e-12
}

/// Element-wise `isClose` for equally long arrays.
func allClose(_ a: [Double], _ b: [Double], relative: Double = 1e-12, absolute: Double = 1e-15) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { isClose($0, $1, relative: relative, absolute: absolute) }
}
