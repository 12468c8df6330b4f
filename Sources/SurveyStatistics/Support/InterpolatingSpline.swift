/// R's `spline(x, y)` (method `"fmm"`) and `approx(x, y, xout)` (linear, `rule = 1`), as `survey` uses them to
/// read a confidence interval off a likelihood profile.
///
/// The spline is the cubic interpolating spline of Forsythe, Malcolm & Moler (Computer Methods for Mathematical
/// Computations, 1977, §4.4, routine SPLINE): the second derivatives solve the tridiagonal system of the interior
/// continuity conditions, with end conditions that match the third derivative at each end to that of the cubic
/// through the four nearest points. On [x_i, x_{i+1}] it is y_i + b_i·d + c_i·d² + e_i·d³ with d = u − x_i,
/// exactly as R's `spline_coef`/`spline_eval` (src/library/stats/src/splines.c) compute it.
struct InterpolatingSpline {
    private let x: [Double]
    private let y: [Double]
    private var b: [Double]
    private var c: [Double]
    private var d: [Double]

    /// The spline through the points (x_i, y_i), x strictly increasing (at least two points).
    init(x: [Double], y: [Double]) {
        self.x = x
        self.y = y
        let n = x.count
        b = Array(repeating: 0, count: n)
        c = Array(repeating: 0, count: n)
        d = Array(repeating: 0, count: n)
        guard n >= 2 else { return }
        if n < 3 {
            let slope = (y[1] - y[0]) / (x[1] - x[0])
            b = [slope, slope]
            return
        }
        // Tridiagonal system: b the diagonal, d the off-diagonal, c the right-hand side (0-based from here).
        let last = n - 1
        d[0] = x[1] - x[0]
        c[1] = (y[1] - y[0]) / d[0]
        for i in 1..<last {
            d[i] = x[i + 1] - x[i]
            b[i] = 2 * (d[i - 1] + d[i])
            c[i + 1] = (y[i + 1] - y[i]) / d[i]
            c[i] = c[i + 1] - c[i]
        }
        // End conditions: third derivatives at the ends from divided differences.
        b[0] = -d[0]
        b[last] = -d[last - 1]
        c[0] = 0
        c[last] = 0
        if n > 3 {
            c[0] = c[2] / (x[3] - x[1]) - c[1] / (x[2] - x[0])
            c[last] = c[last - 1] / (x[last] - x[last - 2]) - c[last - 2] / (x[last - 1] - x[last - 3])
            c[0] = c[0] * d[0] * d[0] / (x[3] - x[0])
            c[last] = -c[last] * d[last - 1] * d[last - 1] / (x[last] - x[last - 3])
        }
        // Gaussian elimination and back substitution.
        for i in 1...last {
            let t = d[i - 1] / b[i - 1]
            b[i] -= t * d[i - 1]
            c[i] -= t * c[i - 1]
        }
        c[last] /= b[last]
        for i in stride(from: last - 1, through: 0, by: -1) { c[i] = (c[i] - d[i] * c[i + 1]) / b[i] }
        // Polynomial coefficients.
        b[last] = (y[last] - y[last - 1]) / d[last - 1] + d[last - 1] * (c[last - 1] + 2 * c[last])
        for i in 0..<last {
            b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2 * c[i])
            d[i] = (c[i + 1] - c[i]) / d[i]
            c[i] = 3 * c[i]
        }
        c[last] = 3 * c[last]
        d[last] = d[last - 1]
    }

    /// The spline's value at u (cubic extrapolation beyond the ends, as R's fmm).
    func callAsFunction(_ u: Double) -> Double {
        let n = x.count
        var i = 0
        if u >= x[0] {
            var j = n
            while j > i + 1 {
                let k = (i + j) / 2
                if u < x[k] { j = k } else { i = k }
            }
        }
        let dx = u - x[i]
        return y[i] + dx * (b[i] + dx * (c[i] + dx * d[i]))
    }

    /// R's `spline(x, y)` output: the spline evaluated at `3·n` equally spaced points from min x to max x
    /// (`seq.int(xmin, xmax, length.out = 3n)`).
    func evaluatedOnGrid() -> (x: [Double], y: [Double]) {
        let count = 3 * x.count
        let first = x[0]
        let step = (x[x.count - 1] - first) / Double(count - 1)
        let grid = (0..<count).map { $0 == count - 1 ? x[x.count - 1] : first + Double($0) * step }
        return (grid, grid.map { self($0) })
    }

    /// R's `approx(x, y, xout)` with linear interpolation and `rule = 1`: pairs with a NaN are dropped (R's
    /// `na.rm = TRUE`), the others sorted by x (ties averaged, `ties = mean`), and a value outside [min x, max x]
    /// is NaN (R's NA).
    static func linearInterpolation(x: [Double], y: [Double], at v: Double) -> Double {
        // A NaN x never equals itself, so it would never leave the tie loop below.
        let order = x.indices.filter { !x[$0].isNaN && !y[$0].isNaN }
            .sorted { x[$0] < x[$1] || (x[$0] == x[$1] && $0 < $1) }
        var xs: [Double] = []
        var ys: [Double] = []
        var index = 0
        while index < order.count {
            var end = index
            var sum = 0.0
            while end < order.count && x[order[end]] == x[order[index]] {
                sum += y[order[end]]
                end += 1
            }
            xs.append(x[order[index]])
            ys.append(sum / Double(end - index))
            index = end
        }
        guard let first = xs.first, let last = xs.last, !v.isNaN, v >= first, v <= last else { return .nan }
        var i = 0
        var j = xs.count - 1
        while i < j - 1 {
            let k = (i + j) / 2
            if v < xs[k] { j = k } else { i = k }
        }
        if v == xs[j] { return ys[j] }
        if v == xs[i] { return ys[i] }
        return ys[i] + (ys[j] - ys[i]) * ((v - xs[i]) / (xs[j] - xs[i]))
    }
}
