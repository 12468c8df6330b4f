import Foundation

/// R's `glm.fit` for the intercept-only logistic model y ~ 1 (`family = quasibinomial`, logit link, prior weights
/// W, default `glm.control`: ε = 1e-8, at most 25 iterations), as `svyglm` runs it for `svyciprop`.
///
/// Iteratively reweighted least squares (McCullagh & Nelder 1989, Generalized Linear Models, §2.5): start from
/// μ_i = (W_i·y_i + ½)/(W_i + 1) and η_i = log(μ_i/(1 − μ_i)); each iteration forms the working response
/// z_i = η_i + (y_i − μ_i)/(dμ/dη)_i and working weights u_i = W_i·(dμ/dη)_i²/(μ_i(1 − μ_i)), sets
/// β = Σu_i z_i/Σu_i, μ = expit(β), and stops when |D − D_old|/(|D| + 0.1) < ε, D the binomial deviance
/// Σ2W_i[y_i log(y_i/μ_i) + (1 − y_i) log((1 − y_i)/(1 − μ_i))]. Rows with W_i = 0 take no part.
///
/// The fit's own β differs from logit(p̂) only by the tolerance, but `Σu` of the last iteration (evaluated at
/// the μ that iteration started from) is what `summary.glm` inverts for the model-based variance, and R's
/// likelihood interval scales by the ratio of the sandwich variance to it: to agree with R to 1e-7 that
/// ratio must use the same Σu.
struct InterceptLogisticFit {
    /// The fitted intercept β.
    private(set) var coefficient = 0.0
    /// Σu_i of the last iteration: 1/`summary(glm)$cov.unscaled`.
    private(set) var workingWeightSum = 0.0

    init(outcomes: [Double], weights: [Double]) {
        let rows = weights.indices.filter { weights[$0] > 0 }
        let y = rows.map { outcomes[$0] }
        let w = rows.map { weights[$0] }
        var mu = rows.indices.map { (w[$0] * y[$0] + 0.5) / (w[$0] + 1) }
        var eta = mu.map { log($0 / (1 - $0)) }
        var previous = Self.deviance(y: y, mu: mu, weights: w)
        for _ in 0..<25 {
            var sumU = 0.0
            var sumUZ = 0.0
            for i in rows.indices {
                let derivative = Self.muEta(eta[i])
                let z = eta[i] + (y[i] - mu[i]) / derivative
                let u = w[i] * derivative * derivative / (mu[i] * (1 - mu[i]))
                sumU += u
                sumUZ += u * z
            }
            coefficient = sumUZ / sumU
            workingWeightSum = sumU
            let fitted = Self.linkInverse(coefficient)
            eta = Array(repeating: coefficient, count: rows.count)
            mu = Array(repeating: fitted, count: rows.count)
            let deviance = Self.deviance(y: y, mu: mu, weights: w)
            if abs(deviance - previous) / (abs(deviance) + 0.1) < 1e-8 { break }
            previous = deviance
        }
    }

    /// The logit link's inverse as R's C code: e/(1 + e), e = exp(η) with η beyond ±30 replaced by ε or 1/ε.
    static func linkInverse(_ eta: Double) -> Double {
        let e = eta < -30 ? Double.ulpOfOne : (eta > 30 ? 1 / Double.ulpOfOne : exp(eta))
        return e / (1 + e)
    }

    /// dμ/dη = e^η/(1 + e^η)², ε beyond ±30 (R's `logit_mu_eta`).
    static func muEta(_ eta: Double) -> Double {
        guard eta <= 30 && eta >= -30 else { return Double.ulpOfOne }
        let onePlus = 1 + exp(eta)
        return exp(eta) / (onePlus * onePlus)
    }

    /// The binomial deviance Σ 2W_i[y_i log(y_i/μ_i) + (1 − y_i) log((1 − y_i)/(1 − μ_i))] (0·log 0 = 0).
    static func deviance(y: [Double], mu: [Double], weights: [Double]) -> Double {
        var total = 0.0
        for i in y.indices {
            let up = y[i] != 0 ? y[i] * log(y[i] / mu[i]) : 0
            let down = 1 - y[i] != 0 ? (1 - y[i]) * log((1 - y[i]) / (1 - mu[i])) : 0
            total += 2 * weights[i] * (up + down)
        }
        return total
    }
}
