# Reference figures for calibration to totals (survey::calibrate), copied as literals into
# Tests/SurveyStatisticsTests/CalibrateTotalsTests.swift and Tests/VocCLITests/CalibrateTotalsCLITests.swift, with
# the margins file Tests/VocCLITests/Fixtures/calibration/api-totals.csv. Re-run from this folder with:
# Rscript calibration.R (R 4.x with Debian's r-cran-survey; the figures in the tests came from survey 4.1.1).
suppressMessages(library(survey))
apiclus1 <- read.csv("apiclus1.csv")
dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
g <- function(x) sprintf("%.17g", x)
cat("survey", as.character(packageVersion("survey")), "\n")

# Population totals from R's own apipop (6,194 schools): counts by stype and the total of api99.
data(api)
pop <- c(`(Intercept)` = nrow(apipop), stypeH = sum(apipop$stype == "H"), stypeM = sum(apipop$stype == "M"),
         api99 = sum(apipop$api99))
cat("population", g(pop), "\n")
cat("stype E H M:", table(apipop$stype), "\n")

report <- function(name, design) {
  w <- weights(design)
  cat(sprintf("%s\n  weights min %s max %s sum %s\n", name, g(min(w)), g(max(w)), g(sum(w))))
  cat(sprintf("  g range %s %s\n", g(min(w / weights(dclus1))), g(max(w / weights(dclus1)))))
  tot <- svytotal(~api99, design)
  cat(sprintf("  total api99 %s se %s\n", g(coef(tot)), g(SE(tot))))
  m <- svymean(~api00, design)
  cat(sprintf("  mean api00 %s se %s\n", g(coef(m)), g(SE(m))))
  t <- svytotal(~enroll, design, na.rm = TRUE)
  cat(sprintf("  total enroll %s se %s\n", g(coef(t)), g(SE(t))))
  s <- svymean(~sch.wide, design)
  cat(sprintf("  share sch.wide No %s se %s Yes %s se %s\n", g(coef(s)[1]), g(SE(s)[1]), g(coef(s)[2]), g(SE(s)[2])))
  b <- svyby(~api00, ~stype, design, svymean)
  for (i in seq_len(nrow(b))) cat(sprintf("  by stype %s mean api00 %s se %s\n", b$stype[i], g(b[i, 2]), g(b$se[i])))
  cat("  first weights", g(head(w, 3)), "\n")
}

# GREG (linear calibration, unbounded): R's regcalibrate, g = 1 + x'(X'WX)^-1 (T - t).
greg <- calibrate(dclus1, ~stype + api99, pop)
report("linear", greg)
# Raking distance with bounds on g (grake's Newton iterations, R's default epsilon 1e-7 and maxit 50).
raked <- calibrate(dclus1, ~stype + api99, pop, calfun = "raking", bounds = c(0.6, 1.6))
report("raking bounds 0.6 1.6", raked)
# Logit distance (needs finite bounds) and bounded linear.
logit <- calibrate(dclus1, ~stype + api99, pop, calfun = "logit", bounds = c(0.6, 1.6))
report("logit bounds 0.6 1.6", logit)
blin <- calibrate(dclus1, ~stype + api99, pop, calfun = "linear", bounds = c(0.6, 1.6))
report("linear bounds 0.6 1.6", blin)
# Bounds that cannot be met: R stops with "Calibration failed".
r <- tryCatch(calibrate(dclus1, ~stype + api99, pop, calfun = "raking", bounds = c(0.95, 1.05)),
              error = function(e) conditionMessage(e))
cat("raking bounds 0.95 1.05:", if (is.character(r)) r else "converged", "\n")
