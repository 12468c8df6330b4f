# The R side of the conformance suite (ConformanceTests.swift): reads the designs the Swift test generated
# (FOLDER/jobs.csv and FOLDER/design-SEED.csv), computes every figure with R's survey package and writes them
# to FOLDER/r-results.csv as seed,category,item,kind,value (kind: est, se, ci, stat). For bootstrap designs it also
# writes the replicate weights R drew (FOLDER/boot-SEED.csv, with scale and rscales in FOLDER/boot-SEED-scale.csv),
# which voc then takes as supplied replicate weights.
#
# Usage: Rscript conformance.R FOLDER
suppressPackageStartupMessages(library(survey))
# svyciprop's logit method fits glm, which stops at a relative deviance change of 1e-8 (leaving errors of about
# 1e-8 in p); to compare it at 1e-9, glm runs to 1e-14 during the logit fits (glm.control's default epsilon,
# swapped by `tightGlm`). The likelihood method keeps R's default: its Rao-Scott scaling uses the working weights
# of glm's last iteration, which voc reproduces (ShareLikelihoodProfile).
glmControl <- get("glm.control", asNamespace("stats"))
tightControl <- glmControl
formals(tightControl)$epsilon <- 1e-14
formals(tightControl)$maxit <- 100
setGlmControl <- function(control) {
  stats <- asNamespace("stats")
  unlockBinding("glm.control", stats)
  assign("glm.control", control, stats)
  lockBinding("glm.control", stats)
}
tightGlm <- function(expr) {
  setGlmControl(tightControl)
  on.exit(setGlmControl(glmControl))
  expr
}
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
jobs <- read.csv(file.path(dir, "jobs.csv"), stringsAsFactors = FALSE)
out <- file(file.path(dir, "r-results.csv"), "w")
writeLines("seed,category,item,kind,value", out)
seed <- NA
put <- function(category, item, kind, value) {
  value <- as.numeric(value)
  writeLines(sprintf("%s,%s,%s,%s,%.17g", seed, category, item, kind, value), out)
}
failed <- function(category, e) put(category, paste0("R error: ", gsub("[,\n]", " ", conditionMessage(e))), "error", NaN)
timing <- new.env()
guard <- function(category, expr) {
  started <- proc.time()[["elapsed"]]
  tryCatch(expr, error = function(e) failed(category, e))
  timing[[category]] <- (if (is.null(timing[[category]])) 0 else timing[[category]]) + proc.time()[["elapsed"]] - started
}

# The rows where `variable` is answered: a calibrated design keeps the others with weight 0 (R's subset), and
# their NA is set to 0 there, which changes nothing (weight 0) but lets svyglm and svyby(covmat = TRUE) run.
answered <- function(D, variable) {
  A <- subset(D, !is.na(D$variables[[variable]]))
  if (anyNA(A$variables[[variable]])) A$variables[[variable]][is.na(A$variables[[variable]])] <- 0
  A
}

# True when the quantile q is the largest answered value and F(q) = 1 has zero SE: Woodruff's upper end
# F + t SE is then 1 in exact arithmetic, and R's (NaN when rounding noise in its variance puts it above 1)
# depends on that noise, so it is not compared.
flat <- function(D, q) {
  m <- svymean(as.formula(sprintf("~as.numeric(y <= %.17g)", q)), D, na.rm = TRUE)
  coef(m)[1] > 1 - 1e-12 && SE(m)[1] < 1e-12
}

# Differences of the domain means of `variable` between every pair of domains, with their SEs.
differences <- function(D, variable, category, replicate) guard(category, {
  # svyby(covmat = TRUE) fails on post-stratified and raked designs (R's inflmats error), so on linearisation
  # designs the domain means come from svyglm(variable ~ 0 + dom), whose coefficients and sandwich variance are
  # the same linearisation.
  A <- answered(D, variable)
  A <- subset(A, !is.na(A$variables$dom))
  A$variables$dom[is.na(A$variables$dom)] <- levels(A$variables$dom)[1]
  A$variables$domf <- droplevels(A$variables$dom)
  means <- as.formula(paste0("~", variable))
  # (svycontrast fails on a replicate svyglm, where svyby(covmat = TRUE) works.)
  g <- if (replicate) svyby(means, ~domf, A, svymean, covmat = TRUE)
       else svyglm(as.formula(paste(variable, "~ 0 + domf")), A)
  V <- NULL
  reps <- if (replicate) attr(svyby(means, ~domf, A, svymean, return.replicates = TRUE), "replicates")
  if (replicate && anyNA(reps)) {
    # A domain empty in some replicate: svrVar drops that replicate for every domain, voc only for the
    # covariances of that domain (ReplicateWeights.covariance); R's replicate estimates combined by voc's rule:
    scale <- attr(reps, "scale"); rscales <- attr(reps, "rscales"); ok <- !is.na(reps)
    centre <- if (isTRUE(attr(reps, "mse"))) coef(g)
              else sapply(seq_len(ncol(reps)), function(j) mean(reps[ok[, j] & rscales > 0, j]))
    dev <- sweep(reps, 2, centre)
    V <- outer(seq_len(ncol(reps)), seq_len(ncol(reps)), Vectorize(function(i, j) {
      both <- ok[, i] & ok[, j]; scale * sum(rscales[both] * dev[both, i] * dev[both, j])
    }))
  }
  # A domain whose rows all lack the variable (weight 0 here) has no coefficient: the domains are those estimated.
  lv <- sub("^domf", "", names(coef(g)))
  if (replicate) lv <- levels(A$variables$domf)[levels(A$variables$domf) %in% as.character(g$domf)]
  k <- length(lv)
  for (i in seq_len(k - 1)) for (j in (i + 1):k) {
    w <- rep(0, k); w[i] <- 1; w[j] <- -1
    c <- svycontrast(g, w)
    se <- if (is.null(V)) SE(c) else sqrt(V[i, i] + V[j, j] - 2 * V[i, j])
    put(category, paste(lv[i], lv[j]), "est", coef(c)); put(category, paste(lv[i], lv[j]), "se", se)
  }
  # The Wald test that every domain has the same mean (voc's DomainEqualityTest.wald): regTermTest on
  # svyglm(variable ~ domf) with the design's degrees of freedom (not where voc's replicate rule applies).
  wald <- sub("difference", "wald", category)
  if (!is.null(V)) for (item in c("F", "ndf", "p")) put(wald, paste(item, "(voc's replicate rule)"), "skip", NaN)
  if (is.null(V) && k > 1) {
    fit <- svyglm(as.formula(paste(variable, "~ domf")), A)
    # With fewer degrees of freedom than domains the contrasts' covariance is singular: no test on either side
    # (voc's wald returns nil).
    t <- tryCatch(regTermTest(fit, ~domf, method = "Wald", df = degf(D)), error = function(e) NULL)
    if (is.null(t)) for (item in c("F", "ndf", "p")) put(wald, paste(item, "(singular covariance)"), "skip", NaN)
    else { put(wald, "F", "stat", t$Ftest); put(wald, "ndf", "stat", t$df); put(wald, "p", "stat", t$p) }
  }
})

# svyciprop's intervals of b by each method on the design D (a domain's subset for a segment `level`).
shareIntervals <- function(D, methods, prefix, level, replicate) {
  item <- function(suffix) paste0(if (is.null(level)) "b" else level, suffix)
  # Where R's glm cannot give the logit interval a definite value, the category is skipped (reported as such):
  # negative calibrated weights (glm refuses them); a design with so few degrees of freedom that
  # confint.svyglm's tlevel = 1 - 2 pnorm(qt(0.025, df)) rounds to 1 (df = 1: R's ends become 0 and NaN, voc's
  # are expit(logit(p) -/+ t SE)); or on a replicate design a replicate whose share is 0 or 1 (glm stops at a
  # large finite logit where voc's is infinite, so R's ends depend on glm's iteration limit).
  # A share of exactly 0 or 1 likewise (glm's logit is finite, voc's infinite).
  p <- coef(svymean(~b, D, na.rm = TRUE))
  degenerate <- any(weights(D, "sampling") < 0) || !isTRUE(1 - 2 * pnorm(qt(0.025, df = degf(D))) < 1) ||
    !isTRUE(p > 0 && p < 1)
  if (replicate) {
    rm <- svymean(~b, D, na.rm = TRUE, return.replicates = TRUE)
    degenerate <- degenerate || any(rm$replicates <= 0 | rm$replicates >= 1, na.rm = TRUE)
  }
  for (method in methods) {
    category <- paste(prefix, method)
    if (degenerate && method %in% c("logit", "likelihood")) {
      put(category, item(" degenerate logit fit"), "skip", NaN)
      next
    }
    if (method == "asin") {
      # voc clips the angle interval to [0, pi/2] before mapping it back by sin^2 (R folds an angle below 0
      # back above p); R's own asin construction with that clip:
      guard(category, {
        m <- svymean(~b, D, na.rm = TRUE)
        xf <- svycontrast(m, quote(asin(sqrt(b))))
        ci <- sin(pmin(pmax(as.numeric(confint(xf, 1, level = 0.95, df = degf(D))), 0), pi / 2))^2
        put(category, item(""), "est", coef(m)); put(category, item(" low"), "ci", ci[1]); put(category, item(" high"), "ci", ci[2])
      })
      next
    }
    if (replicate && method == "logit") {
      # glm refits every replicate; where a replicate's fit fails (NAs in V(mu)) R has no interval.
      failed <- tryCatch({ tightGlm(svyciprop(~b, answered(D, "b"), method = method, df = degf(D))); FALSE },
                         error = function(e) TRUE)
      if (failed) { put(category, item(" glm failed on a replicate"), "skip", NaN); next }
    }
    guard(category, {
      r <- if (method %in% c("logit", "likelihood")) {
        # svyglm fails on NA in a calibrated or replicate design: then the answered rows, NA as 0 with weight 0.
        fit <- function(design) if (method == "logit") tightGlm(svyciprop(~b, design, method = method, df = degf(D)))
                                else svyciprop(~b, design, method = method, df = degf(D))
        tryCatch(fit(D), error = function(e) fit(answered(D, "b")))
      } else svyciprop(~b, D, method = method, na.rm = TRUE, df = degf(D))
      ci <- attr(r, "ci")
      if (method == "mean") ci <- pmin(pmax(ci, 0), 1)  # voc clips the mean-method interval to [0, 1]
      # The likelihood method's p is expit of glm's coefficient at glm's default tolerance: the converged one is
      # the logit method's (the same model), taken from a tight fit.
      if (method == "likelihood") {
        r <- tryCatch(tightGlm(svyciprop(~b, D, method = "logit", df = degf(D))),
                      error = function(e) tightGlm(svyciprop(~b, answered(D, "b"), method = "logit", df = degf(D))))
      }
      put(category, item(""), "est", r[1]); put(category, item(" low"), "ci", ci[1]); put(category, item(" high"), "ci", ci[2])
    })
  }
}

figures <- function(D, job, replicate) {
  guard("mean", { m <- svymean(~y, D, na.rm = TRUE); put("mean", "y", "est", coef(m)); put("mean", "y", "se", SE(m)) })
  guard("total", { m <- svytotal(~y, D, na.rm = TRUE); put("total", "y", "est", coef(m)); put("total", "y", "se", SE(m)) })
  present <- levels(D$variables$dom)[table(D$variables$dom) > 0]
  for (level in setdiff(levels(D$variables$dom), present)) put("empty domain", level, "est", 0)
  for (f in c("svymean", "svytotal")) {
    category <- if (f == "svymean") "domain mean" else "domain total"
    guard(category, {
      b <- svyby(~y, ~dom, D, get(f), na.rm = TRUE, na.rm.by = TRUE)
      for (i in seq_len(nrow(b))) {
        put(category, as.character(b$dom[i]), "est", coef(b)[i])
        put(category, as.character(b$dom[i]), "se", SE(b)[i])
      }
    })
  }
  guard("share", {
    m <- svymean(~cat, D, na.rm = TRUE)
    se <- as.vector(SE(m))  # unnamed on a replicate design: by position
    for (l in c("A", "B", "C")) {
      k <- match(paste0("cat", l), names(coef(m)))
      put("share", l, "est", coef(m)[k]); put("share", l, "se", se[k])
    }
  })
  guard("domain share", {
    b <- svyby(~cat, ~dom, D, svymean, na.rm = TRUE, na.rm.by = TRUE)
    cf <- coef(b)
    se <- as.vector(as.matrix(SE(b)))  # the order of coef(b): domains within levels
    items <- sub(":cat", " ", names(cf))
    for (k in seq_along(cf)) { put("domain share", items[k], "est", cf[k]); put("domain share", items[k], "se", se[k]) }
  })
  methods <- c("logit", "likelihood", "beta", "xlogit", "asin", "mean")
  # The likelihood interval is not compared on replicate designs (svyglm refits every replicate) nor on
  # calibrated ones (svyglm fails on their missing values; voc's rule there is its own, ShareSample.modelRows).
  if (replicate || job$calibration != "none") methods <- setdiff(methods, "likelihood")
  shareIntervals(D, methods, "ciprop", NULL, replicate)
  guard("quantile", {
    q <- svyquantile(~y, D, c(0.25, 0.5, 0.75), ci = TRUE, na.rm = TRUE)
    qy <- q$y
    for (i in 1:3) {
      p <- c("0.25", "0.5", "0.75")[i]
      if (flat(D, qy[i, 1])) { put("quantile", paste(p, "F(q) = 1 with SE 0"), "skip", NaN); next }
      put("quantile", p, "est", qy[i, 1]); put("quantile", paste(p, "low"), "ci", qy[i, 2])
      put("quantile", paste(p, "high"), "ci", qy[i, 3]); put("quantile", p, "se", qy[i, 4])
    }
  })
  guard("ratio", { r <- svyratio(~y, ~x, D, na.rm = TRUE); put("ratio", "y/x", "est", coef(r)); put("ratio", "y/x", "se", SE(r)) })
  guard("domain ratio", {
    b <- svyby(~y, ~dom, D, svyratio, denominator = ~x, na.rm = TRUE, na.rm.by = TRUE)
    se <- as.vector(SE(b))
    for (i in seq_len(nrow(b))) {
      put("domain ratio", as.character(b$dom[i]), "est", coef(b)[i]); put("domain ratio", as.character(b$dom[i]), "se", se[i])
    }
  })
  guard("degrees of freedom", put("degrees of freedom", "design", "stat", degf(D)))
  guard("nps", {
    m <- svymean(~prom + det, D, na.rm = TRUE)
    c <- svycontrast(m, c(prom = 100, det = -100))
    put("nps", "nps", "est", coef(c)); put("nps", "nps", "se", SE(c))
  })
  differences(D, "y", "domain difference", replicate)
  differences(D, "npsscore", "domain nps difference", replicate)
  present <- levels(D$variables$dom)[table(D$variables$dom) > 0]
  for (lv in present) {
    # In a segment, svyby hands svyquantile and svyciprop the segment's subset of the design; the same here.
    S <- subset(D, !is.na(D$variables$dom) & D$variables$dom == lv)
    guard("domain quantile", {
      q <- svyquantile(~y, S, c(0.25, 0.5, 0.75), ci = TRUE, na.rm = TRUE)$y
      for (i in 1:3) {
        p <- paste(lv, c("0.25", "0.5", "0.75")[i])
        if (flat(S, q[i, 1])) { put("domain quantile", paste(p, "F(q) = 1 with SE 0"), "skip", NaN); next }
        put("domain quantile", p, "est", q[i, 1]); put("domain quantile", paste(p, "low"), "ci", q[i, 2])
        put("domain quantile", paste(p, "high"), "ci", q[i, 3]); put("domain quantile", p, "se", q[i, 4])
      }
    })
    shareIntervals(S, methods, "domain ciprop", lv, replicate)
  }
  guard("rao-scott", {
    f <- svychisq(~domrs + catrs, D, statistic = "F")
    put("rao-scott", "F", "stat", f$statistic); put("rao-scott", "ndf", "stat", f$parameter[1])
    put("rao-scott", "ddf", "stat", f$parameter[2]); put("rao-scott", "p", "stat", f$p.value)
    # statistic = "Chisq" reports Pearson's X² uncorrected, with the p-value of X²/mean(diag(Delta)) on
    # (r - 1)(c - 1) df; the first-order statistic itself is F·(r - 1)(c - 1).
    c1 <- svychisq(~domrs + catrs, D, statistic = "Chisq")
    # Pearson's X² on the weighted table scaled to N: R's N is nrow(design), counting rows with a missing value,
    # voc's the complete rows (F, its df and the p-values do not depend on N); R's formula with voc's N:
    N <- sum(!is.na(D$variables$domrs) & !is.na(D$variables$catrs))
    table <- svytable(~domrs + catrs, D, Ntotal = N)
    put("rao-scott", "pearson", "stat", suppressWarnings(chisq.test(table, correct = FALSE))$statistic)
    put("rao-scott", "chisq first order", "stat", f$statistic * c1$parameter[1])
    put("rao-scott", "p first order", "stat", c1$p.value)
  })
}

run <- function(job) {
  d <- read.csv(file.path(dir, sprintf("design-%s.csv", job$seed)), na.strings = "", stringsAsFactors = FALSE)
  d$dom <- factor(d$dom, levels = c("d1", "d2", "d3", "d4"))
  d$cat <- factor(d$cat, levels = c("A", "B", "C"))
  d$r1 <- factor(d$r1, levels = c("a", "b", "c"))
  d$r2 <- factor(d$r2, levels = c("u", "v"))
  d$prom <- as.numeric(d$nps >= 9)
  d$det <- as.numeric(d$nps <= 6)
  d$npsscore <- 100 * (d$prom - d$det)
  complete <- !is.na(d$dom) & !is.na(d$cat)
  d$domrs <- factor(ifelse(complete, as.character(d$dom), NA))
  d$catrs <- factor(ifelse(complete, as.character(d$cat), NA))
  options(survey.lonely.psu = job$lonely)
  ids <- switch(job$stages + 1, ~1, ~psu, ~psu + ssu)
  strata <- if (job$strata > 0) ~stratum else NULL
  fpc <- if (job$fpc > 0) (if (job$stages == 2) ~fpc1 + fpc2 else ~fpc1) else NULL
  D <- svydesign(ids = ids, strata = strata, fpc = fpc, weights = ~w, data = d, nest = TRUE)
  r1 <- data.frame(r1 = c("a", "b", "c"), Freq = c(job$t_a, job$t_b, job$t_c))
  r2 <- data.frame(r2 = c("u", "v"), Freq = c(job$t_u, job$t_v))
  bounds <- c(job$bound_lo, job$bound_hi)
  if (job$calibration == "rake") {
    D <- rake(D, list(~r1, ~r2), list(r1, r2), control = list(maxit = 100, epsilon = 1e-10, verbose = FALSE))
  } else if (job$calibration == "poststrat") {
    joint <- data.frame(r1 = rep(c("a", "b", "c"), 2), r2 = rep(c("u", "v"), each = 3),
                        Freq = c(job$t_au, job$t_bu, job$t_cu, job$t_av, job$t_bv, job$t_cv))
    D <- postStratify(D, ~r1 + r2, joint)
  } else if (job$calibration != "none") {
    population <- c(`(Intercept)` = job$t_a + job$t_b + job$t_c, r1b = job$t_b, r1c = job$t_c, r2v = job$t_v, x = job$t_x)
    if (is.na(bounds[1])) bounds <- c(-Inf, Inf)
    D <- calibrate(D, ~r1 + r2 + x, population, calfun = job$calibration, bounds = bounds,
                   maxit = 100, epsilon = 1e-10)
  }
  if (!is.na(job$trim_lo)) {
    mw <- mean(weights(D))
    D <- trimWeights(D, lower = job$trim_lo * mw, upper = job$trim_hi * mw, strict = job$strict == 1)
  }
  replicate <- job$replication != "none"
  if (job$replication == "jk1") D <- as.svrepdesign(D, type = "JK1", mse = job$mse == 1)
  if (job$replication == "jkn") D <- as.svrepdesign(D, type = "JKn", mse = job$mse == 1)
  if (job$replication == "brr") D <- as.svrepdesign(D, type = "BRR", mse = job$mse == 1)
  if (job$replication == "fay") D <- as.svrepdesign(D, type = "Fay", fay.rho = job$rho, mse = job$mse == 1)
  if (job$replication == "bootstrap") {
    D <- as.svrepdesign(D, type = "bootstrap", replicates = 40, mse = job$mse == 1)
    W <- as.matrix(weights(D, "analysis"))
    writeLines(apply(W, 1, function(r) paste(sprintf("%.17g", r), collapse = ",")),
               file.path(dir, sprintf("boot-%s.csv", job$seed)))
    writeLines(c(sprintf("%.17g", D$scale), sprintf("%.17g", D$rscales)),
               file.path(dir, sprintf("boot-%s-scale.csv", job$seed)))
  }
  put("weights", "sum", "est", sum(weights(D, "sampling")))
  figures(D, job, replicate)
}

started <- proc.time()
for (i in seq_len(nrow(jobs))) {
  seed <- jobs$seed[i]
  set.seed(as.numeric(seed) %% 2147483647)
  tryCatch(run(jobs[i, ]), error = function(e) failed("design", e))
}
close(out)
for (category in sort(ls(timing))) message(sprintf("  %-20s %6.1f s", category, timing[[category]]))
used <- proc.time() - started
cat(sprintf("conformance.R: %d designs in %.1f s (CPU %.1f s)\n", nrow(jobs), used[["elapsed"]],
            used[["user.self"]] + used[["sys.self"]]))
