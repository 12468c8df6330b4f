import SurveyStatistics
import SurveyParser
import SurveyText

/// Formats `voc estimate` results as aligned tables or one JSON document.
struct EstimatePrinter {
    let results: EstimateResults
    let design: SurveyDesign
    let level: Double

    /// The design in JSON; with replicate weights also their method, count, scale and centring.
    private var designMembers: [(String, JSONOutput)] {
        var members: [(String, JSONOutput)] = [
            ("n", .integer(design.rowCount)), ("psu", .integer(design.psuCount)),
            ("strata", .integer(design.strataCount)), ("df", .integer(design.degreesOfFreedom)),
            ("sum_weights", .number(design.weights.reduce(0, +))),
            ("calibrated", .bool(!design.calibration.isEmpty || design.replicates?.calibrated == true)),
            ("confidence_level", .number(level)),
        ]
        if let replicates = design.replicates {
            let replicateMembers: [(String, JSONOutput)] = [
                ("method", .string(replicates.method.rawValue)), ("count", .integer(replicates.count)),
                ("scale", .number(replicates.scale)), ("mse", .bool(replicates.mse)),
            ]
            members.append(("replicates", .object(replicateMembers)))
        }
        return members
    }

    var json: JSONOutput {
        .object([
            (
                "design",
                .object(designMembers)
            ),
            (
                "estimates",
                .objects(results.estimates) { e in
                    [
                        ("variable", .string(e.variable)), ("statistic", .string(e.statistic)),
                        ("level", .optional(e.level)), ("segment", .optional(e.segment)),
                        ("estimate", .number(e.estimate)), ("se", .number(e.se)),
                        ("ci_low", .number(e.ciLow)), ("ci_high", .number(e.ciHigh)),
                        ("ci_normal_low", .number(e.ciNormalLow)), ("ci_normal_high", .number(e.ciNormalHigh)),
                        ("deff", .number(e.deff)), ("deff_replace", .number(e.deffReplace)),
                        ("n", .integer(e.n)), ("n_eff", .number(e.nEff)), ("df", .integer(e.degreesOfFreedom)),
                        ("interval", .string(e.intervalMethod.name)),
                    ]
                }
            ),
            (
                "differences",
                .objects(results.differences) { d in
                    [
                        ("variable", .string(d.variable)), ("statistic", .string(d.statistic)),
                        ("level", .optional(d.level)), ("segment_a", .string(d.segmentA)),
                        ("segment_b", .string(d.segmentB)), ("difference", .number(d.difference)),
                        ("se", .number(d.se)),
                        ("t", .number(d.tStatistic)), ("df", .integer(d.degreesOfFreedom)),
                        ("p", .number(d.pValue)),
                        ("p_normal", .number(d.pValueNormal)),
                    ]
                }
            ),
            (
                "tests",
                .objects(results.tests) { entry in
                    let t = entry.test
                    return [
                        ("test", .string("rao-scott")), ("variable", .string(entry.variable)),
                        ("segment", .string(entry.segment)), ("pearson", .number(t.pearson)), ("n", .integer(t.n)),
                        ("f", .number(t.f)), ("ndf", .number(t.numeratorDF)), ("ddf", .number(t.denominatorDF)),
                        ("p", .number(t.pValue)), ("chisq_first_order", .number(t.firstOrderChiSquare)),
                        ("chisq_df", .number(t.firstOrderDF)), ("p_first_order", .number(t.firstOrderPValue)),
                        ("mean_deff", .number(t.meanDesignEffect)),
                    ]
                }
            ),
        ])
    }

    var text: String {
        let f = { (value: Double) in TextTable.format(value) }
        let percent = TextTable.format(level * 100, digits: 3)
        var table = TextTable(
            headers: [
                "variable", "statistic", "level", "segment", "estimate", "se", "ci low", "ci high", "deff", "n",
                "n eff",
            ],
            rightAligned: [false, false, false, false, true, true, true, true, true, true, true])
        for e in results.estimates {
            table.append([
                e.variable, e.statistic, e.level ?? "", e.segment ?? "", f(e.estimate), f(e.se), f(e.ciLow),
                f(e.ciHigh), TextTable.format(e.deff, digits: 4), String(e.n), TextTable.format(e.nEff, digits: 5),
            ])
        }
        var lines = [
            "\(design.rowCount) respondents, \(design.psuCount) PSUs, \(design.strataCount) strata, "
                + "df \(design.degreesOfFreedom); \(percent)% intervals (methods below)"
                + (design.calibration.isEmpty && design.replicates?.calibrated != true
                    ? "" : "; SEs account for the calibration")
                + (design.replicates.map { "; SEs from \($0.count) \($0.method.rawValue) replicate weights" } ?? ""),
            "", table.rendered,
        ]
        lines += IntervalFooter.lines(for: results.estimates)
        if !results.differences.isEmpty {
            var differences = TextTable(
                headers: ["variable", "statistic", "level", "segment A", "segment B", "A - B", "se", "t", "p"],
                rightAligned: [false, false, false, false, false, true, true, true, true])
            for d in results.differences {
                differences.append([
                    d.variable, d.statistic, d.level ?? "", d.segmentA, d.segmentB, f(d.difference),
                    f(d.se), TextTable.format(d.tStatistic, digits: 4),
                    TextTable.format(d.pValue, digits: 3),
                ])
            }
            lines += ["", "Differences between segments", differences.rendered]
        }
        for entry in results.tests {
            let t = entry.test
            let f = { (value: Double, digits: Int) in TextTable.format(value, digits: digits) }
            lines += [
                "",
                "Rao-Scott test of \(entry.segment) x \(entry.variable): F = \(f(t.f, 5)) on \(f(t.numeratorDF, 4)) "
                    + "and \(f(t.denominatorDF, 4)) df, p = \(f(t.pValue, 4)) (Pearson X2 = \(f(t.pearson, 5)), "
                    + "first-order chi2 = \(f(t.firstOrderChiSquare, 5)), p = \(f(t.firstOrderPValue, 4)))",
            ]
        }
        return lines.joined(separator: "\n")
    }
}
