# Reference figures for replicate-weight designs (as.svrepdesign, svrepdesign), copied as literals into
# Tests/SurveyStatisticsTests/ReplicateTests.swift and Tests/VocCLITests/ReplicateCLITests.swift. It also writes
# the data files those tests read: apibrr.csv (14 districts of apiclus1 paired into 7 strata of 2 PSUs, with R's
# BRR replicate weights brr1..brr8) and apiboot.csv (apiclus1 with 50 bootstrap replicate weights boot1..boot50
# drawn by R, seed 15). Re-run from this folder with: Rscript replicates.R (survey 4.1.1 made the figures).
suppressMessages(library(survey))
apiclus1 <- read.csv("apiclus1.csv")
apistrat <- read.csv("apistrat.csv")
dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc)
g <- function(x) paste(sprintf("%.17g", x), collapse = ", ")
cat("survey", as.character(packageVersion("survey")), "\n")

report <- function(name, design) {
  cat("==", name, " degf", degf(design), " scale", g(design$scale), " R", ncol(design$repweights$weights %||% design$repweights), "\n")
  m <- svymean(~api00, design); cat("mean api00", g(coef(m)), "se", g(SE(m)), "\n")
  t <- svytotal(~enroll, design, na.rm = TRUE); cat("total enroll", g(coef(t)), "se", g(SE(t)), "\n")
  s <- svymean(~stype, design); cat("shares stype", g(coef(s)), "se", g(SE(s)), "\n")
  b <- svyby(~api00, ~stype, design, svymean); cat("by stype mean api00", g(coef(b)), "se", g(SE(b)), "\n")
  p <- svyciprop(~I(sch.wide == "Yes"), design)
  cat("svyciprop sch.wide Yes", g(p[1]), "se", g(SE(p)), "ci", g(attr(p, "ci")), "\n")
  q <- svyquantile(~api00, design, c(0.25, 0.5, 0.75), ci = TRUE)
  cat("quartiles api00", g(q$api00[, 1]), "low", g(q$api00[, 2]), "high", g(q$api00[, 3]), "se", g(q$api00[, 4]), "\n")
}
`%||%` <- function(a, b) if (is.null(a)) b else a

# JK1 from the one-stage cluster design (fpc carried into the scale: (N - n)/N * (n - 1)/n).
rclus1 <- as.svrepdesign(dclus1)
report("JK1 dclus1", rclus1)
d <- svyby(~api00, ~stype, rclus1, svymean, covmat = TRUE)
cat("JK1 vcov by stype", g(vcov(d)), "\n")
cat("JK1 mse=TRUE mean api00 se", g(SE(svymean(~api00, as.svrepdesign(dclus1, mse = TRUE)))), "\n")
nps <- svymean(~I(api00 >= 800), rclus1); cat("JK1 share api00>=800", g(coef(nps)), "se", g(SE(nps)), "\n")

# JKn from the stratified design (rscales (n_h - 1)/n_h times the stratum's fpc factor).
rstrat <- as.svrepdesign(dstrat, type = "JKn")
report("JKn dstrat", rstrat)

# BRR and Fay on 7 strata of 2 districts each (R's hadamard(7) is the 8x8 Sylvester matrix).
districts <- sort(unique(apiclus1$dnum))[1:14]
apibrr <- apiclus1[apiclus1$dnum %in% districts, c("dnum", "stype", "api00", "enroll", "sch.wide", "pw")]
apibrr$pair <- (match(apibrr$dnum, districts) + 1) %/% 2
dbrr <- svydesign(id = ~dnum, strata = ~pair, weights = ~pw, data = apibrr)
rbrr <- as.svrepdesign(dbrr, type = "BRR")
report("BRR pairs", rbrr)
rfay <- as.svrepdesign(dbrr, type = "Fay", fay.rho = 0.3)
report("Fay 0.3 pairs", rfay)
w <- weights(rbrr, "analysis"); colnames(w) <- paste0("brr", 1:ncol(w))
write.csv(cbind(apibrr, w), "apibrr.csv", row.names = FALSE)
sbrr <- svrepdesign(data = read.csv("apibrr.csv"), repweights = "brr[0-9]+", weights = ~pw, type = "BRR")
report("BRR supplied", sbrr)

# Bootstrap: R's draws exported as combined weights, read back with svrepdesign (scale 1/(R - 1)).
set.seed(15)
rboot <- as.svrepdesign(dclus1, type = "bootstrap", replicates = 50)
w <- weights(rboot, "analysis"); colnames(w) <- paste0("boot", 1:ncol(w))
write.csv(cbind(apiclus1[, c("dnum", "stype", "api00", "enroll", "sch.wide", "pw")], w), "apiboot.csv", row.names = FALSE)
sboot <- svrepdesign(data = read.csv("apiboot.csv"), repweights = "boot[0-9]+", weights = ~pw, type = "bootstrap")
report("bootstrap supplied", sboot)
sjk1 <- svrepdesign(data = read.csv("apiboot.csv"), repweights = "boot[0-9]+", weights = ~pw, type = "JK1",
                    scale = 0.25, rscales = 0.5)
cat("JK1 scale 0.25 rscales 0.5 on the bootstrap columns: mean api00 se", g(SE(svymean(~api00, sjk1))), "\n")

# Weighting a replicate design recalibrates every replicate.
pop.types <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
pclus1 <- postStratify(rclus1, ~stype, pop.types)
m <- svymean(~api00, pclus1); cat("JK1 postStratify stype: mean api00", g(coef(m)), "se", g(SE(m)), "\n")
t <- svytotal(~enroll, pclus1); cat("JK1 postStratify stype: total enroll", g(coef(t)), "se", g(SE(t)), "\n")
pop.schwide <- data.frame(sch.wide = c("No", "Yes"), Freq = c(1072, 5122))
kclus1 <- rake(rclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide), control = list(maxit = 100, epsilon = 1e-12))
m <- svymean(~api00, kclus1); cat("JK1 rake stype+sch.wide (epsilon 1e-12): mean api00", g(coef(m)), "se", g(SE(m)), "\n")
# Shares' intervals in segments of the raked replicate design (the segment's rows: R drops the others).
for (method in c("beta", "logit")) {
  b <- svyby(~I(awards == "Yes"), ~stype, kclus1, svyciprop, vartype = "ci", method = method)
  cat("JK1 rake by stype", method, "share awards", g(coef(b)), "low", g(b[[3]]), "high", g(b[[4]]), "\n")
}

# Rao-Scott on a replicate design: the cell shares' covariance from the replicates.
x <- svychisq(~stype + sch.wide, rclus1)
cat("JK1 svychisq(~stype + sch.wide) F", g(x$statistic), "ndf", g(x$parameter[1]), "ddf", g(x$parameter[2]), "p", g(x$p.value), "\n")
x <- svychisq(~stype + sch.wide, rclus1, statistic = "Chisq")
cat("JK1 svychisq Chisq", g(x$statistic), "p", g(x$p.value), "\n")

# In segments: svyciprop and svyquantile on each segment's subset of the replicate design (its own degf).
b <- svyby(~I(sch.wide == "Yes"), ~stype, rclus1, svyciprop, vartype = "ci")
cat("JK1 svyby svyciprop sch.wide Yes by stype", g(coef(b)), "low", g(b[, 3]), "high", g(b[, 4]), "\n")
cat("JK1 degf of the stype subsets", sapply(c("E", "H", "M"), function(s) degf(subset(rclus1, stype == s))), "\n")
b <- svyby(~api00, ~stype, rclus1, svyquantile, quantiles = 0.5, ci = TRUE, vartype = "ci")
cat("JK1 svyby median api00 by stype", g(b[, 2]), "low", g(b[, 3]), "high", g(b[, 4]), "\n")
