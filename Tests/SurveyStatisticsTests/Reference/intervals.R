# Reference figures for share intervals (svyciprop) and quantile intervals (svyquantile), copied as literals into
# Tests/SurveyStatisticsTests/ShareIntervalTests.swift and QuantileIntervalTests.swift (and a few into
# Tests/VocCLITests/IntervalCLITests.swift). Re-run from this folder with: Rscript intervals.R
# (R 4.x with Debian's r-cran-survey; the figures in the tests came from survey 4.1.1).
suppressMessages(library(survey))
apiclus1 <- read.csv("apiclus1.csv")
apistrat <- read.csv("apistrat.csv")
dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc)
g <- function(x) sprintf("%.17g", x)
cat("survey", as.character(packageVersion("survey")), "\n")
methods <- c("logit", "likelihood", "beta", "xlogit", "asin", "mean")

share <- function(name, formula, design) {
  m <- svymean(formula, design)
  # svymean of a logical gives the FALSE and TRUE shares; the TRUE one is the share.
  cat(sprintf("%s: estimate %s se %s df %d\n", name, g(coef(m)[2]), g(SE(m)[2]), degf(design)))
  for (method in methods) {
    r <- svyciprop(formula, design, method = method)
    ci <- attr(r, "ci")
    cat(sprintf("  %-10s %s %s   (svyciprop estimate %s)\n", method, g(ci[1]), g(ci[2]), g(r[1])))
  }
}
share("dstrat sch.wide == Yes", ~I(sch.wide == "Yes"), dstrat)
share("dclus1 sch.wide == Yes", ~I(sch.wide == "Yes"), dclus1)
# A small share whose Wald interval goes below 0.
share("dclus1 api00 < 450", ~I(api00 < 450), dclus1)
m <- svymean(~I(api00 < 450), dclus1)
cat("  wald (confint df = degf)", g(confint(m, df = degf(dclus1))[2, ]), "\n")

# In segments: svyby hands svyciprop each segment's subset of the design (its own degf and nrow).
for (method in c("logit", "likelihood", "beta", "mean")) {
  b <- svyby(~I(sch.wide == "Yes"), ~stype, dclus1, svyciprop, method = method, vartype = "ci")
  cat(sprintf("dclus1 sch.wide == Yes by stype, %s\n", method))
  for (i in seq_len(nrow(b))) cat(sprintf("  %s %s %s %s\n", b$stype[i], g(b[i, 2]), g(b$ci_l[i]), g(b$ci_u[i])))
}
for (s in c("E", "H", "M")) {
  sub <- subset(dclus1, stype == s)
  cat(sprintf("  subset %s: degf %d nrow %d\n", s, degf(sub), nrow(sub)))
}

quartiles <- function(name, design, qrule) {
  q <- svyquantile(~api00, design, c(0.25, 0.5, 0.75), ci = TRUE, qrule = qrule)$api00
  cat(sprintf("%s api00 quartiles, qrule %s (quantile, ci low, ci high, se)\n", name, qrule))
  for (i in 1:3) cat(sprintf("  %s %s %s %s %s\n", rownames(q)[i], g(q[i, 1]), g(q[i, 2]), g(q[i, 3]), g(q[i, 4])))
}
for (qrule in c("math", "school", "hf7")) {
  quartiles("dclus1", dclus1, qrule)
  quartiles("dstrat", dstrat, qrule)
}
# Medians in segments (svyby on each segment's subset); H has 14 equally weighted schools, so p = 0.5 falls
# exactly on a step of the distribution function and qrule "school" averages two values.
for (qrule in c("math", "school", "hf7")) {
  b <- svyby(~api00, ~stype, dclus1, svyquantile, quantiles = 0.5, ci = TRUE, vartype = c("se", "ci"),
             qrule = qrule)
  cat(sprintf("dclus1 api00 median by stype, qrule %s (median, se, ci low, ci high)\n", qrule))
  for (i in seq_len(nrow(b))) {
    cat(sprintf("  %s %s %s %s %s\n", b$stype[i], g(b[i, 2]), g(b$se[i]), g(b$ci_l[i]), g(b$ci_u[i])))
  }
}

# A calibrated design: dclus1 raked to the population's stype and sch.wide counts (as rake.json, tight control).
# R keeps a calibrated design's rows when it takes a segment's subset (other rows get weight 0), so nrow is 183 in
# every segment.
pop.types <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
pop.schwide <- data.frame(sch.wide = c("No", "Yes"), Freq = c(1072, 5122))
rclus1 <- rake(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide),
               control = list(maxit = 100, epsilon = 1e-12))
share("rclus1 api00 > 700", ~I(api00 > 700), rclus1)
for (method in c("logit", "likelihood", "beta", "mean")) {
  b <- svyby(~I(api00 > 700), ~stype, rclus1, svyciprop, method = method, vartype = "ci")
  cat(sprintf("rclus1 api00 > 700 by stype, %s\n", method))
  for (i in seq_len(nrow(b))) cat(sprintf("  %s %s %s %s\n", b$stype[i], g(b[i, 2]), g(b$ci_l[i]), g(b$ci_u[i])))
}
