import SurveyStatistics
import SurveyParser
import SurveyText

/// Formats a `NeedsReport` as one JSON document or as readable tables.
struct NeedsPrinter {
    let report: NeedsReport
    let loadSeconds: Double
    let computeSeconds: Double

    var json: JSONOutput {
        let options = report.options
        return .object([
            ("segment_variable", .string(report.segmentVariable)),
            (
                "segments",
                .objects(report.segments) { s in
                    [
                        ("label", .string(s.label)), ("n", .integer(s.n)), ("n_eff", .number(s.effectiveBase)),
                        ("small_base", .bool(s.smallBase)),
                    ]
                }
            ),
            ("design_df", .integer(report.designDF)),
            (
                "replicates",
                report.replicates.map {
                    .object([("method", .string($0.method.rawValue)), ("count", .integer($0.count))])
                }
                    ?? .null
            ),
            (
                "settings",
                .object([
                    ("min_base", .number(options.minimumEffectiveBase)),
                    ("correction", .string(options.correction.rawValue)),
                    ("alpha", .number(options.alpha)), ("confidence_level", .number(options.confidenceLevel)),
                    ("share_interval", .string(options.shareInterval.rawValue)),
                    ("permutations", .integer(options.permutations)),
                    ("seed", .integer(Int(truncatingIfNeeded: options.seed))),
                    ("k", .number(options.negativeWeight)),
                    (
                        "k_note",
                        .string(
                            "rule of thumb: one negative experience "
                                + "counts as k positive ones")
                    ),
                    ("important_share", .number(options.importanceShareThreshold)),
                    ("important_rank", .number(options.rankScoreThreshold)),
                    ("important_maxdiff", .number(options.maxDiffThreshold)),
                    ("min_difference", .number(options.minimumDifference)), ("outcome", .optional(options.outcome)),
                ])
            ),
            ("batteries", .array(report.batteries.map(battery))),
            (
                "class_shares",
                .objects(report.classShares) { entry in
                    [
                        ("class", .string(entry.needClass.rawValue)), ("count", .integer(entry.count)),
                        ("share", .number(entry.share)),
                    ]
                }
            ),
            ("warnings", .array(report.warnings.map { .string($0) })),
            ("t_load", .number(loadSeconds)), ("t_compute", .number(computeSeconds)),
        ])
    }

    private func battery(_ b: NeedsReport.Battery) -> JSONOutput {
        let needs = b.battery.needs
        let labels = report.segments.map(\.label)
        var members: [(String, JSONOutput)] = [
            ("id", .string(b.battery.id)), ("kind", .string(b.battery.kind.keyword)),
            ("needs", .array(needs.map { .object([("code", .string($0.code)), ("label", .string($0.label))]) })),
            ("priority_statistic", .optional(b.priorityStatistic)),
            (
                "priority_orders",
                .objects(b.priorityOrders.enumerated()) { s, order in
                    [
                        ("segment", .string(labels[s])), ("order", .array(order.map { .string(needs[$0].code) })),
                    ]
                }
            ),
            (
                "measures",
                .objects(b.measures) { m in
                    [
                        ("need", .string(needs[m.need].code)), ("statistic", .string(m.statistic)),
                        (
                            "estimates",
                            .objects(m.estimates) { e in
                                [
                                    ("segment", .optional(e.segment)), ("estimate", .number(e.estimate)),
                                    ("se", .number(e.se)), ("ci_low", .number(e.ciLow)),
                                    ("ci_high", .number(e.ciHigh)),
                                    ("interval", .string(e.intervalMethod.name)),
                                    ("deff", .number(e.deff)), ("n", .integer(e.n)), ("n_eff", .number(e.nEff)),
                                ]
                            }
                        ),
                        ("test", m.test.map(Self.test) ?? .null), ("p_adjusted", .number(m.adjustedPValue)),
                    ]
                }
            ),
        ]
        if let classification = b.classification {
            members.append(
                (
                    "classification",
                    .object([
                        ("threshold", .number(b.importanceThreshold ?? .nan)),
                        ("segments", .array(b.classifiedSegments.map { .string(labels[$0]) })),
                        (
                            "needs",
                            .objects(classification.results) { r in
                                [
                                    ("need", .string(r.name)), ("class", .string(r.needClass.rawValue)),
                                    (
                                        "important_in",
                                        .array(
                                            zip(b.classifiedSegments, r.importantIn).filter(\.1).map {
                                                JSONOutput.string(labels[$0.0])
                                            })
                                    ),
                                    ("p_adjusted", .number(r.adjustedPValue)),
                                    ("rank_in_segment", .array(r.rankInSegment.map { .number($0) })),
                                ]
                            }
                        ),
                    ])
                ))
        }
        members.append(
            (
                "order_comparisons",
                .objects(b.orderComparisons) { c in
                    [
                        ("segment_a", .string(labels[c.first])), ("segment_b", .string(labels[c.second])),
                        ("spearman", .number(c.spearman)), ("kendall", .number(c.kendall)),
                        ("permutation_p", .optional(c.permutationPValue)),
                        ("permutations", .integer(c.permutations)),
                    ]
                }
            ))
        members.append(
            (
                "kendall_w",
                .objects(b.concordance) { c in
                    [
                        ("segment", .string(labels[c.segment])), ("w", .number(c.result.kendallW)),
                        ("friedman_q", .number(c.result.statistic)), ("df", .number(c.result.degreesOfFreedom)),
                        ("p", .number(c.result.pValue)), ("respondents", .integer(c.respondents)),
                    ]
                }
            ))
        members.appendArrayUnlessEmpty("maxdiff_counts", b.maxDiffCounts) { segment in
            .object([
                ("segment", .string(labels[segment.segment])),
                (
                    "items",
                    .objects(segment.counts.items.enumerated()) { i, item in
                        [
                            ("need", .string(needs[i].code)), ("shown", .number(item.shown)),
                            ("best", .number(item.best)), ("worst", .number(item.worst)),
                            ("bw", .number(item.bestMinusWorst)),
                            ("std_bw", .number(item.standardizedBestMinusWorst)),
                            ("best_pct", .number(item.bestPercent)),
                            ("worst_pct", .number(item.worstPercent)),
                            ("sqrt_bw", .optional(item.squareRootBestOverWorst)),
                            ("std_sqrt_bw", .optional(item.standardizedSquareRoot)),
                            ("net_se_exclusive", .number(item.netStandardErrorExclusive)),
                        ]
                    }
                ),
            ])
        }
        members.appendArrayUnlessEmpty("kano", b.kano) { k in
            .object([
                ("need", .string(needs[k.need].code)), ("segment", .string(labels[k.segment])),
                ("category", .string(k.category.rawValue)), ("fong_significant", .bool(k.significant)),
                ("better", .number(k.summary.better)), ("worse", .number(k.summary.worse)),
                (
                    "counts",
                    .object(
                        KanoCategory.allCases.map {
                            ($0.rawValue, JSONOutput.number(k.summary.count($0)))
                        })
                ),
                ("respondents", .integer(k.summary.respondents)),
            ])
        }
        members.appendArrayUnlessEmpty("importance_performance", b.placements) { p in
            .object([
                ("need", .string(needs[p.need].code)), ("segment", .string(labels[p.segment])),
                ("importance", .number(p.placement.importance)),
                ("performance", .number(p.placement.performance)), ("gap", .number(p.placement.gap)),
                ("quadrant", .string(p.placement.quadrant.rawValue)),
            ])
        }
        members.appendArrayUnlessEmpty("derived_importance", b.derived) { d in
            .object([
                ("segment", .string(labels[d.segment])), ("r_squared", .number(d.result.rSquared)),
                (
                    "needs",
                    .objects(needs.indices) { j in
                        [
                            ("need", .string(needs[j].code)),
                            ("correlation", .number(d.result.correlations[j])),
                            ("relative_weight", .number(d.result.relativeWeights[j])),
                            ("relative_weight_pct", .number(d.result.relativeWeightPercentages[j])),
                        ]
                    }
                ),
            ])
        }
        members.appendArrayUnlessEmpty("touchpoint_drivers", b.touchpoints) { t in
            .object([
                ("segment", .string(labels[t.segment])), ("k", .number(t.analysis.negativeWeight)),
                ("mean_respondent_balance", .number(t.analysis.meanRespondentBalance)),
                (
                    "touchpoints",
                    .objects(t.analysis.touchpoints.enumerated()) { j, tp in
                        [
                            ("need", .string(needs[j].code)),
                            ("outcome_correlation", .optional(tp.outcomeCorrelation)),
                            (
                                "outcome_gap_negative_minus_positive",
                                .optional(tp.outcomeGapNegativeMinusPositive)
                            ),
                        ]
                    }
                ),
            ])
        }
        return .object(members)
    }

    static func test(_ t: DomainEqualityTest) -> JSONOutput {
        .object([
            ("method", .string(t.method)), ("chisq", .number(t.chiSquare)), ("f", .number(t.f)),
            ("ndf", .number(t.numeratorDF)), ("ddf", .number(t.denominatorDF)), ("p", .number(t.pValue)),
            ("segments", .integer(t.segments)),
        ])
    }
}
