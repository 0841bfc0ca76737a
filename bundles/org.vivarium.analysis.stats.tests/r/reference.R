# Reference values for the built-in analyses of org.vivarium.analysis.stats, computed with R.
# Run from this folder:  Rscript reference.R   (R 4.x with the recommended package 'survival')
# Writes data/<case>.csv (the inputs) and expected.tsv (case, key, value with 17 significant digits).
# The Java tests (RReferenceTest) run the same analyses on the same CSV files through the analysis runner and
# require every value to agree to 1e-8 relative. Where R's implementation is an approximation, the Java code
# implements the same method (noted per case below).
suppressPackageStartupMessages(library(survival))
options(contrasts = c("contr.sum", "contr.poly"), digits = 17)
rows <- list()
put <- function(case, key, value) {
  stopifnot(length(value) == 1, is.finite(value))
  rows[[length(rows) + 1]] <<- data.frame(case = case, key = key, value = sprintf("%.17g", value))
}
save <- function(case, df) write.csv(df, file.path("data", paste0(case, ".csv")), row.names = FALSE, quote = FALSE)
r1 <- function(x) round(x, 1)
# assumption checks: Shapiro-Wilk of residuals (shapiro.test: Royston's AS R94, which the Java code implements too)
# and Levene's test centred on the group medians (= car::leveneTest's default, Brown-Forsythe), computed in base R
put.shapiro <- function(case, residuals) {
  s <- shapiro.test(residuals); put(case, "shapiro.w", s$statistic); put(case, "shapiro.p", s$p.value)
}
put.levene <- function(case, y, g) {
  z <- abs(y - ave(y, g, FUN = median)); a <- anova(lm(z ~ factor(g)))
  put(case, "levene.f", a[1, "F value"]); put(case, "levene.df1", a[1, "Df"]); put(case, "levene.df2", a[2, "Df"])
  put(case, "levene.p", a[1, "Pr(>F)"])
}

# ---- descriptives: n, mean, sd, sem, median, quartiles (type 7), IQR, 95% t interval
set.seed(101)
d <- data.frame(group = rep(c("VEH", "KET", "BCI"), c(8, 10, 7)))
d$value <- r1(rnorm(nrow(d), ifelse(d$group == "KET", 110, 150), 20))
save("descriptives", d)
for (g in unique(d$group)) {
  x <- d$value[d$group == g]; n <- length(x); se <- sd(x) / sqrt(n); q <- quantile(x, c(.25, .5, .75), type = 7)
  put("descriptives", paste0(g, ".n"), n); put("descriptives", paste0(g, ".mean"), mean(x))
  put("descriptives", paste0(g, ".sd"), sd(x)); put("descriptives", paste0(g, ".sem"), se)
  put("descriptives", paste0(g, ".median"), q[[2]]); put("descriptives", paste0(g, ".q1"), q[[1]])
  put("descriptives", paste0(g, ".q3"), q[[3]]); put("descriptives", paste0(g, ".iqr"), q[[3]] - q[[1]])
  put("descriptives", paste0(g, ".ciLower"), mean(x) - qt(.975, n - 1) * se)
  put("descriptives", paste0(g, ".ciUpper"), mean(x) + qt(.975, n - 1) * se)
}

# ---- two independent groups: Student and Welch t (estimate = mean of the first level minus the second)
set.seed(202)
d <- data.frame(group = rep(c("VEH", "KET"), c(9, 12)))
d$value <- r1(rnorm(nrow(d), ifelse(d$group == "KET", 120, 150), ifelse(d$group == "KET", 30, 15)))
save("two-groups", d)
x <- d$value[d$group == "VEH"]; y <- d$value[d$group == "KET"]
for (welch in c(FALSE, TRUE)) {
  case <- if (welch) "welch-t-test" else "t-test"
  tt <- t.test(x, y, var.equal = !welch)
  put(case, "statistic", tt$statistic); put(case, "df", tt$parameter); put(case, "p", tt$p.value)
  put(case, "estimate", tt$estimate[[1]] - tt$estimate[[2]])
  put(case, "ciLower", tt$conf.int[1]); put(case, "ciUpper", tt$conf.int[2])
  put.shapiro(case, c(x - mean(x), y - mean(y)))
}
put.levene("t-test", d$value, d$group)
# Cohen's d with the pooled SD (formula; R has no built-in)
sp <- sqrt(((length(x) - 1) * var(x) + (length(y) - 1) * var(y)) / (length(x) + length(y) - 2))
put("t-test", "cohensD", (mean(x) - mean(y)) / sp)

# ---- Mann-Whitney: exact (small n, no ties) and normal approximation with continuity and tie correction
d <- data.frame(group = rep(c("VEH", "KET"), c(7, 8)),
                value = c(151.2, 160.4, 139.9, 170.3, 148.8, 155.1, 162.7, 120.5, 131.2, 149.9, 110.3, 125.8,
                          140.1, 118.7, 133.3))
save("mann-whitney-exact", d)
w <- wilcox.test(value ~ factor(group, levels = c("VEH", "KET")), data = d)
put("mann-whitney-exact", "statistic", w$statistic); put("mann-whitney-exact", "p", w$p.value)
set.seed(303)
d <- data.frame(group = rep(c("VEH", "KET"), c(14, 16)))
d$value <- round(rnorm(nrow(d), ifelse(d$group == "KET", 9, 11), 2))   # integers: many ties
save("mann-whitney-ties", d)
w <- suppressWarnings(wilcox.test(value ~ factor(group, levels = c("VEH", "KET")), data = d))
put("mann-whitney-ties", "statistic", w$statistic); put("mann-whitney-ties", "p", w$p.value)

# ---- paired t and Wilcoxon signed-rank (pairs by subject; difference = first condition - second)
set.seed(404)
d <- data.frame(subject = rep(sprintf("M%02d", 1:11), 2), condition = rep(c("pre", "post"), each = 11))
d$value <- r1(c(rnorm(11, 100, 12), rnorm(11, 100, 12) - 9))
save("paired", d)
pre <- d$value[d$condition == "pre"]; post <- d$value[d$condition == "post"]
tt <- t.test(pre, post, paired = TRUE)
put("paired-t-test", "statistic", tt$statistic); put("paired-t-test", "df", tt$parameter)
put("paired-t-test", "p", tt$p.value); put("paired-t-test", "estimate", tt$estimate)
put("paired-t-test", "ciLower", tt$conf.int[1]); put("paired-t-test", "ciUpper", tt$conf.int[2])
put.shapiro("paired-t-test", (pre - post) - mean(pre - post))
w <- wilcox.test(pre, post, paired = TRUE)   # exact: no ties, no zeros
put("wilcoxon-exact", "statistic", w$statistic); put("wilcoxon-exact", "p", w$p.value)
d2 <- data.frame(subject = rep(sprintf("M%02d", 1:12), 2), condition = rep(c("pre", "post"), each = 12),
                 value = c(10, 12, 9, 14, 11, 13, 10, 15, 12, 11, 9, 13, 8, 12, 7, 11, 11, 10, 8, 12, 9, 12, 7, 10))
save("paired-ties", d2)
w <- suppressWarnings(wilcox.test(d2$value[1:12], d2$value[13:24], paired = TRUE))   # zero and ties: normal approx.
put("wilcoxon-ties", "statistic", w$statistic); put("wilcoxon-ties", "p", w$p.value)

# ---- one-way ANOVA, Tukey HSD, Dunnett, Kruskal-Wallis + Dunn
set.seed(505)
d <- data.frame(group = rep(c("VEH", "KET", "BCI", "COMBO"), c(10, 9, 11, 8)))
d$value <- r1(rnorm(nrow(d), c(VEH = 150, KET = 115, BCI = 145, COMBO = 100)[d$group], 20))
save("groups", d)
d$group <- factor(d$group, levels = c("VEH", "KET", "BCI", "COMBO"))
fit <- aov(value ~ group, data = d); s <- summary(fit)[[1]]
put("one-way-anova", "dfBetween", s$Df[1]); put("one-way-anova", "dfWithin", s$Df[2])
put("one-way-anova", "ssBetween", s$`Sum Sq`[1]); put("one-way-anova", "ssWithin", s$`Sum Sq`[2])
put("one-way-anova", "msBetween", s$`Mean Sq`[1]); put("one-way-anova", "msWithin", s$`Mean Sq`[2])
put("one-way-anova", "f", s$`F value`[1]); put("one-way-anova", "p", s$`Pr(>F)`[1])
put("one-way-anova", "rSquared", s$`Sum Sq`[1] / sum(s$`Sum Sq`))
put("one-way-anova", "residualSd", sqrt(s$`Mean Sq`[2]))
put.shapiro("one-way-anova", residuals(fit)); put.levene("one-way-anova", d$value, d$group)
# TukeyHSD: ptukey/qtukey (Copenhaver-Holland quadrature; qtukey's secant iteration stops at 1e-4) - same method in Java
tk <- TukeyHSD(fit)$group
for (r in rownames(tk)) {
  put("tukey-hsd", paste0(r, ".diff"), tk[r, "diff"]); put("tukey-hsd", paste0(r, ".lwr"), tk[r, "lwr"])
  put("tukey-hsd", paste0(r, ".upr"), tk[r, "upr"]); put("tukey-hsd", paste0(r, ".p"), tk[r, "p adj"])
}
# Dunnett (two-sided, control VEH): the multivariate t probability with product correlation l_i l_j,
# l_i = sqrt(n_i/(n_i+n_0)), reduces to a 2-d integral (Dunnett 1955); computed here with integrate() to 1e-13.
# (multcomp/mvtnorm use randomised quasi-Monte Carlo with abseps 1e-3, not suitable as a 1e-8 reference.)
n <- table(d$group); mse <- s$`Mean Sq`[2]; dfe <- s$Df[2]; m <- tapply(d$value, d$group, mean)
trt <- c("KET", "BCI", "COMBO"); lam <- sqrt(n[trt] / (n[trt] + n[["VEH"]]))
exceed <- function(cc) {   # P(max |Z_i| > cc), Z standard normal with corr l_i l_j
  f <- function(w) sapply(w, function(wi) {
    out <- pnorm((cc - lam * wi) / sqrt(1 - lam^2), lower.tail = FALSE) + pnorm((-cc - lam * wi) / sqrt(1 - lam^2))
    -expm1(sum(log1p(-out)))
  }) * dnorm(w)
  integrate(f, -10, 0, rel.tol = 1e-13, abs.tol = 0, subdivisions = 1000L)$value +
    integrate(f, 0, 10, rel.tol = 1e-13, abs.tol = 0, subdivisions = 1000L)$value
}
dunnett.p <- function(t) {
  dens <- function(s) exp((dfe / 2) * log(dfe / 2) - lgamma(dfe / 2) + log(2) + (dfe - 1) * log(s) - dfe * s^2 / 2)
  g <- function(s) sapply(s, function(si) dens(si) * exceed(t * si))
  integrate(g, 0, 5, rel.tol = 1e-12, abs.tol = 0, subdivisions = 1000L)$value
}
crit <- uniroot(function(x) dunnett.p(x) - 0.05, c(1, 6), tol = 1e-13)$root
put("dunnett", "critical", crit)
for (g in trt) {
  se <- sqrt(mse * (1 / n[[g]] + 1 / n[["VEH"]])); diff <- m[[g]] - m[["VEH"]]; key <- paste0(g, "-VEH")
  put("dunnett", paste0(key, ".diff"), diff); put("dunnett", paste0(key, ".t"), diff / se)
  put("dunnett", paste0(key, ".p"), dunnett.p(abs(diff / se)))
  put("dunnett", paste0(key, ".lwr"), diff - crit * se); put("dunnett", paste0(key, ".upr"), diff + crit * se)
}
kw <- kruskal.test(value ~ group, data = d)
put("kruskal-wallis", "statistic", kw$statistic); put("kruskal-wallis", "df", kw$parameter)
put("kruskal-wallis", "p", kw$p.value)
# Dunn's test (formula; no base R function): z of mean-rank differences with the tie-corrected variance,
# two-sided p, Bonferroni-adjusted with p.adjust over all pairs
rk <- rank(d$value); N <- nrow(d); tie <- table(d$value); ts <- sum(tie^3 - tie)
mr <- tapply(rk, d$group, mean); lv <- levels(d$group); pairs <- combn(lv, 2); praw <- c(); keys <- c()
for (k in seq_len(ncol(pairs))) {
  a <- pairs[1, k]; b <- pairs[2, k]
  z <- (mr[[b]] - mr[[a]]) / sqrt((N * (N + 1) / 12 - ts / (12 * (N - 1))) * (1 / n[[a]] + 1 / n[[b]]))
  key <- paste0(b, "-", a); put("kruskal-wallis", paste0(key, ".z"), z)
  praw <- c(praw, 2 * pnorm(-abs(z))); keys <- c(keys, key)
}
padj <- p.adjust(praw, "bonferroni")
for (k in seq_along(keys)) {
  put("kruskal-wallis", paste0(keys[k], ".p"), praw[k])
  put("kruskal-wallis", paste0(keys[k], ".pAdjusted"), padj[k])
}

# ---- two-way ANOVA, unbalanced, Type III (contr.sum + drop1), simple effects with Sidak
set.seed(606)
cells <- expand.grid(ketamine = c("no", "yes"), bci = c("no", "yes"))
ns <- c(9, 7, 8, 10)
d <- cells[rep(1:4, ns), ]; rownames(d) <- NULL
d$value <- r1(rnorm(nrow(d), 150 - 30 * (d$ketamine == "yes") - 5 * (d$bci == "yes") -
                             25 * (d$ketamine == "yes" & d$bci == "yes"), 18))
save("two-way", d)
fit <- lm(value ~ ketamine * bci, data = d); dr <- drop1(fit, . ~ ., test = "F")
for (term in c("ketamine", "bci", "ketamine:bci")) {
  put("two-way-anova", paste0(term, ".ss"), dr[term, "Sum of Sq"])
  put("two-way-anova", paste0(term, ".df"), dr[term, "Df"])
  put("two-way-anova", paste0(term, ".f"), dr[term, "F value"])
  put("two-way-anova", paste0(term, ".p"), dr[term, "Pr(>F)"])
}
put("two-way-anova", "residual.ss", deviance(fit)); put("two-way-anova", "residual.df", df.residual(fit))
put.shapiro("two-way-anova", residuals(fit)); put.levene("two-way-anova", d$value, interaction(d$ketamine, d$bci))
mse <- deviance(fit) / df.residual(fit); dfe <- df.residual(fit)
cm <- tapply(d$value, list(d$ketamine, d$bci), mean); cn <- tapply(d$value, list(d$ketamine, d$bci), length)
# simple effects: effect of each factor within each level of the other; Sidak over the 2 comparisons of a factor
for (b in c("no", "yes")) {
  diff <- cm["yes", b] - cm["no", b]
  t <- diff / sqrt(mse * (1 / cn["yes", b] + 1 / cn["no", b]))
  p <- 2 * pt(-abs(t), dfe)
  key <- paste0("ketamine[bci=", b, "].yes-no")
  put("two-way-anova", paste0(key, ".diff"), diff); put("two-way-anova", paste0(key, ".t"), t)
  put("two-way-anova", paste0(key, ".p"), p); put("two-way-anova", paste0(key, ".pSidak"), 1 - (1 - p)^2)
}
for (a in c("no", "yes")) {
  diff <- cm[a, "yes"] - cm[a, "no"]
  t <- diff / sqrt(mse * (1 / cn[a, "yes"] + 1 / cn[a, "no"]))
  p <- 2 * pt(-abs(t), dfe)
  key <- paste0("bci[ketamine=", a, "].yes-no")
  put("two-way-anova", paste0(key, ".diff"), diff); put("two-way-anova", paste0(key, ".t"), t)
  put("two-way-anova", paste0(key, ".p"), p); put("two-way-anova", paste0(key, ".pSidak"), 1 - (1 - p)^2)
}

# ---- repeated measures: group (between, unbalanced) x week (within), aov with Error strata, Mauchly, GG/HF
set.seed(707)
ng <- c(VEH = 6, KET = 5, COMBO = 7); weeks <- c("w1", "w2", "w4", "w8")
subj <- data.frame(subject = sprintf("S%02d", 1:sum(ng)), group = rep(names(ng), ng))
d <- merge(subj, data.frame(week = weeks)); d <- d[order(d$subject, match(d$week, weeks)), ]
eff <- c(VEH = 0, KET = -20, COMBO = -35); slope <- c(VEH = 0, KET = 6, COMBO = 1.5)
base <- rnorm(nrow(subj), 0, 15); names(base) <- subj$subject
d$value <- r1(150 + eff[d$group] + slope[d$group] * match(d$week, weeks) * 2 + base[d$subject] +
                rnorm(nrow(d), 0, 8 * match(d$week, weeks)^0.5))
rownames(d) <- NULL
save("repeated", d[, c("subject", "group", "week", "value")])
d$group <- factor(d$group, levels = names(ng)); d$week <- factor(d$week, levels = weeks); d$subject <- factor(d$subject)
options(contrasts = c("contr.treatment", "contr.poly"))
s <- summary(aov(value ~ group * week + Error(subject / week), data = d))
bs <- s[["Error: subject"]][[1]]; ws <- s[["Error: subject:week"]][[1]]
put("rm-anova", "group.f", bs[1, "F value"]); put("rm-anova", "group.p", bs[1, "Pr(>F)"])
put("rm-anova", "group.df", bs[1, "Df"]); put("rm-anova", "group.dfError", bs[2, "Df"])
rn <- trimws(rownames(ws))
put("rm-anova", "week.f", ws[rn == "week", "F value"]); put("rm-anova", "week.p", ws[rn == "week", "Pr(>F)"])
put("rm-anova", "group:week.f", ws[rn == "group:week", "F value"])
put("rm-anova", "group:week.p", ws[rn == "group:week", "Pr(>F)"])
Y <- matrix(d$value, ncol = 4, byrow = TRUE); grp <- d$group[seq(1, nrow(d), 4)]
mfit <- lm(Y ~ grp)
mt <- mauchly.test(mfit, X = ~1)
put("rm-anova", "mauchly.w", mt$statistic); put("rm-anova", "mauchly.p", mt$p.value)
sp <- anova(mfit, X = ~1, test = "Spherical")
put("rm-anova", "week.pGG", sp["(Intercept)", "G-G Pr"]); put("rm-anova", "week.pHF", sp["(Intercept)", "H-F Pr"])
put("rm-anova", "group:week.pGG", sp["grp", "G-G Pr"]); put("rm-anova", "group:week.pHF", sp["grp", "H-F Pr"])
sph <- stats:::sphericity(SSD(mfit), T = t(contr.poly(4)))   # any orthonormal within contrasts
put("rm-anova", "ggEpsilon", sph$GG.eps); put("rm-anova", "hfEpsilon", sph$HF.eps)
# normality of the within-subject residuals (value - subject mean - group mean at that week + group mean)
put.shapiro("rm-anova", residuals(lm(value ~ group * week + subject, data = d)))
# comparisons vs VEH at each week: pooled within-group variance of that week (df n - g), Sidak over 2 x 4
for (w in weeks) {
  sub <- d[d$week == w, ]; ss <- sum(tapply(sub$value, sub$group, function(v) sum((v - mean(v))^2)))
  dfw <- nrow(sub) - nlevels(sub$group); msw <- ss / dfw
  for (g in c("KET", "COMBO")) {
    x <- sub$value[sub$group == g]; y <- sub$value[sub$group == "VEH"]
    diff <- mean(x) - mean(y); t <- diff / sqrt(msw * (1 / length(x) + 1 / length(y))); p <- 2 * pt(-abs(t), dfw)
    k <- paste0(g, "@", w)
    put("rm-anova", paste0(k, ".diff"), diff); put("rm-anova", paste0(k, ".t"), t)
    put("rm-anova", paste0(k, ".p"), p); put("rm-anova", paste0(k, ".pSidak"), 1 - (1 - p)^8)
  }
}
options(contrasts = c("contr.sum", "contr.poly"))

# ---- survival: Kaplan-Meier (Greenwood SE of -log S, log CI) and log-rank (survdiff rho = 0)
set.seed(808)
d <- data.frame(group = rep(c("VEH", "KET", "COMBO"), c(12, 11, 13)))
lat <- round(exp(log(400) + c(VEH = 0, KET = -0.4, COMBO = -0.6)[d$group] + rnorm(nrow(d), 0, 0.5)) / 10) * 10
d$time <- pmin(lat, 600); d$event <- as.integer(lat < 600)
d$time[c(3, 17)] <- c(250, 200); d$event[c(3, 17)] <- 0L   # censored before the cutoff too
save("survival", d)
for (g in c("VEH", "KET", "COMBO")) {
  sf <- survfit(Surv(time, event) ~ 1, data = d[d$group == g, ], conf.type = "log")
  tb <- summary(sf)$table
  put("kaplan-meier", paste0(g, ".n"), tb[["records"]]); put("kaplan-meier", paste0(g, ".events"), tb[["events"]])
  if (is.finite(tb[["median"]])) put("kaplan-meier", paste0(g, ".median"), tb[["median"]])
  if (is.finite(tb[["0.95LCL"]])) put("kaplan-meier", paste0(g, ".medianLower"), tb[["0.95LCL"]])
  if (is.finite(tb[["0.95UCL"]])) put("kaplan-meier", paste0(g, ".medianUpper"), tb[["0.95UCL"]])
  for (i in seq_along(sf$time)) {
    k <- paste0(g, "@", sf$time[i])
    put("kaplan-meier", paste0(k, ".surv"), sf$surv[i])
    if (is.finite(sf$std.err[i]) && sf$surv[i] > 0) {
      put("kaplan-meier", paste0(k, ".stdErr"), sf$std.err[i])
      put("kaplan-meier", paste0(k, ".lower"), sf$lower[i]); put("kaplan-meier", paste0(k, ".upper"), sf$upper[i])
    }
  }
}
sd <- survdiff(Surv(time, event) ~ factor(group, levels = c("VEH", "KET", "COMBO")), data = d)
put("logrank", "statistic", sd$chisq); put("logrank", "df", length(sd$n) - 1)
put("logrank", "p", pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE))
for (i in 1:3) {
  g <- c("VEH", "KET", "COMBO")[i]
  put("logrank", paste0(g, ".observed"), sd$obs[i]); put("logrank", paste0(g, ".expected"), sd$exp[i])
}

# ---- Grubbs (two-sided, one outlier per group): G and p = min(1, 2 n P(T_{n-2} > t)) (formula; the
# 'outliers' package is not part of R)
d <- data.frame(group = rep(c("VEH", "KET"), c(10, 9)),
                value = c(151, 148, 160, 155, 149, 152, 230, 147, 158, 150,
                          120, 118, 125, 122, 119, 121, 124, 117, 123))
save("grubbs", d)
for (g in c("VEH", "KET")) {
  x <- d$value[d$group == g]; n <- length(x); G <- max(abs(x - mean(x))) / sd(x)
  t <- sqrt(n * (n - 2) * G^2 / ((n - 1)^2 - n * G^2))
  put("grubbs", paste0(g, ".G"), G); put("grubbs", paste0(g, ".p"), min(1, 2 * n * pt(t, n - 2, lower.tail = FALSE)))
}

# ---- durability: arm x time between subjects (one cohort per timepoint); each treated arm vs VEH at each
# timepoint with the pooled MSE of lm(value ~ arm * time); Sidak over all comparisons; Sidak-adjusted CI;
# Cohen's d with the pooled SD of the two groups compared
set.seed(909)
arms <- c("VEH", "KET", "COMBO"); hours <- c(24, 168, 672, 1344)
d <- expand.grid(rep = 1:8, arm = arms, time = hours, stringsAsFactors = FALSE)
eff <- rbind(KET = c(-50, -35, -5, 0), COMBO = c(-55, -50, -45, -40))
d$value <- r1(150 + ifelse(d$arm == "VEH", 0, eff[cbind(match(d$arm, c("KET", "COMBO")), match(d$time, hours))]) +
              rnorm(nrow(d), 0, 18))
d <- d[-c(5, 77), ]   # unbalanced
save("durability", d[, c("arm", "time", "value")])
fit <- lm(value ~ factor(arm) * factor(time), data = d)
mse <- deviance(fit) / df.residual(fit)
dfe <- df.residual(fit)
m <- 2 * length(hours); qs <- qt(1 - (1 - (0.95)^(1 / m)) / 2, dfe)
for (a in c("KET", "COMBO")) for (h in hours) {
  x <- d$value[d$arm == a & d$time == h]; y <- d$value[d$arm == "VEH" & d$time == h]
  diff <- mean(x) - mean(y)
  se <- sqrt(mse * (1 / length(x) + 1 / length(y)))
  t <- diff / se
  p <- 2 * pt(-abs(t), dfe)
  sp <- sqrt(((length(x) - 1) * var(x) + (length(y) - 1) * var(y)) / (length(x) + length(y) - 2))
  k <- paste0(a, "@", h)
  put("durability", paste0(k, ".diff"), diff)
  put("durability", paste0(k, ".t"), t)
  put("durability", paste0(k, ".p"), p)
  put("durability", paste0(k, ".pSidak"), 1 - (1 - p)^m); put("durability", paste0(k, ".lwr"), diff - qs * se)
  put("durability", paste0(k, ".upr"), diff + qs * se); put("durability", paste0(k, ".d"), diff / sp)
}
# censored durability: log-rank of each treated arm vs VEH per timepoint, Sidak over all comparisons
set.seed(910)
d <- expand.grid(rep = 1:10, arm = arms, time = hours, stringsAsFactors = FALSE)
eff <- rbind(KET = c(-0.6, -0.45, -0.1, 0), COMBO = c(-0.65, -0.6, -0.55, -0.45))
lat <- round(exp(log(400) +
                 ifelse(d$arm == "VEH", 0, eff[cbind(match(d$arm, c("KET", "COMBO")), match(d$time, hours))]) +
                 rnorm(nrow(d), 0, 0.45)))
d$value <- pmin(lat, 600); d$event <- as.integer(lat < 600)
save("durability-censored", d[, c("arm", "time", "value", "event")])
for (a in c("KET", "COMBO")) for (h in hours) {
  s <- d[d$time == h & d$arm %in% c("VEH", a), ]; s$arm <- factor(s$arm, levels = c("VEH", a))
  sd <- survdiff(Surv(value, event) ~ arm, data = s); p <- pchisq(sd$chisq, 1, lower.tail = FALSE)
  k <- paste0(a, "@", h)
  put("durability-censored", paste0(k, ".chisq"), sd$chisq); put("durability-censored", paste0(k, ".p"), p)
  put("durability-censored", paste0(k, ".pSidak"), 1 - (1 - p)^m)
  put("durability-censored", paste0(k, ".hr"), (sd$obs[2] / sd$exp[2]) / (sd$obs[1] / sd$exp[1]))
}

# Shapiro-Wilk on its own over the range of n where the algorithm changes (n = 3 exact; 4-5 one polynomial
# coefficient; 6-11 and 12+ different p approximations; up to 5000): shapiro.tsv, one sample per line as
# n, W, p, then the values (read by ShapiroWilkTest)
set.seed(1111)
con <- file("shapiro.tsv", "w")
writeLines("# n\tW\tp\tvalues (comma-separated); generated by reference.R", con)
for (n in c(3, 3, 4, 5, 6, 7, 11, 12, 20, 50, 200, 1000, 5000)) {
  x <- if (n %% 2 == 0) round(rexp(n) * 10, 2) else round(rnorm(n, 100, 15), 1)
  s <- shapiro.test(x)
  writeLines(paste(n, sprintf("%.17g", s$statistic), sprintf("%.17g", s$p.value),
                   paste(sprintf("%.17g", x), collapse = ","), sep = "\t"), con)
}
close(con)

out <- do.call(rbind, rows)
con <- file("expected.tsv", "w")
writeLines(paste0("# ", R.version.string, "; survival ", packageVersion("survival"), "; generated by reference.R"), con)
write.table(out, con, sep = "\t", quote = FALSE, row.names = FALSE)
close(con)
cat(nrow(out), "reference values written\n")
