# Cross-check of Dunnett's test against the R package labs use: multcomp::glht with mvtnorm's randomised
# quasi-Monte Carlo integration (Genz-Bretz). Its results carry an integration error (reported by mvtnorm), so they
# are compared with a tolerance derived from that error, not 1e-8; the exact reference is reference.R's integral.
# Run from this folder: Rscript multcomp-dunnett.R   (needs r-cran-multcomp; a few minutes)
# Writes multcomp-dunnett.tsv: key, value, tolerance (read by MultcompCrossCheckTest).
suppressPackageStartupMessages(library(multcomp))
set.seed(1)
d <- read.csv(file.path("data", "groups.csv"))
d$group <- factor(d$group, levels = c("VEH", "KET", "BCI", "COMBO"))
g <- glht(aov(value ~ group, data = d), linfct = mcp(group = "Dunnett"))
alg <- GenzBretz(maxpts = 2e6, abseps = 1e-9, releps = 0)
s <- summary(g, test = adjusted(type = "single-step", algorithm = alg))
ci <- confint(g, level = 0.95, calpha = adjusted_calpha(algorithm = alg))
p <- s$test$pvalues; err <- attr(p, "error")
keys <- sub(" - ", "-", names(s$test$coefficients))
out <- data.frame(key = c(paste0(keys, ".p"), "critical"),
                  value = sprintf("%.17g", c(as.numeric(p), attr(ci$confint, "calpha"))),
                  tolerance = sprintf("%.3g", c(rep(max(10 * err, 1e-6), length(p)), 1e-4)))
con <- file("multcomp-dunnett.tsv", "w")
writeLines(paste0("# ", R.version.string, "; multcomp ", packageVersion("multcomp"), "; mvtnorm ",
                  packageVersion("mvtnorm"), "; reported integration error of the p-values ", format(err)), con)
write.table(out, con, sep = "\t", quote = FALSE, row.names = FALSE)
close(con)
cat(nrow(out), "multcomp values written\n")
