import SurveyStatistics

extension NeedsPrinter {
    /// Readable tables: bases, then per battery the estimates by segment (with the adjusted p of the equality
    /// test), the priority orders, order comparisons, Kendall's W and the classification; class shares last.
    var text: String {
        let labels = report.segments.map(\.label)
        var lines = [
            "Need priorities by \(report.segmentVariable) (design df \(report.designDF); "
                + "\(TextTable.format(report.options.confidenceLevel * 100, digits: 3))% t intervals, shares "
                + "\(report.options.shareInterval.rawValue); "
                + "p adjusted by \(report.options.correction.rawValue)"
                + (report.replicates.map { "; SEs from \($0.count) \($0.method.rawValue) replicate weights" } ?? "")
                + ")", "",
        ]
        var bases = TextTable(headers: ["segment", "n", "n eff", "note"], rightAligned: [false, true, true, false])
        for s in report.segments {
            bases.append([
                s.label, String(s.n), TextTable.format(s.effectiveBase, digits: 5),
                s.smallBase ? "small base: not tested" : "",
            ])
        }
        lines.append(bases.rendered)
        for battery in report.batteries {
            let needs = battery.battery.needs
            lines += ["", "== \(battery.battery.id) (\(battery.battery.kind.keyword))"]
            var table = TextTable(
                headers: ["need", "statistic"] + labels + ["test", "p adj"],
                rightAligned: [false, false] + labels.map { _ in true } + [false, true])
            for m in battery.measures where !m.estimates.isEmpty {
                table.append(
                    [needs[m.need].code, m.statistic]
                        + m.estimates.map { e in
                            "\(TextTable.format(e.estimate, digits: 3)) (\(TextTable.format(e.se, digits: 2)))"
                        } + [m.test?.method ?? "", TextTable.format(m.adjustedPValue, digits: 3)])
            }
            lines.append(table.rendered)
            for m in battery.measures where m.estimates.isEmpty {
                guard let test = m.test else { continue }
                lines.append(
                    "  \(needs[m.need].code): \(test.method) test of \(report.segmentVariable) x "
                        + "\(m.statistic): F = \(TextTable.format(test.f, digits: 4)), p = "
                        + "\(TextTable.format(test.pValue, digits: 3)), "
                        + "p adj = \(TextTable.format(m.adjustedPValue, digits: 3))")
            }
            if !battery.priorityOrders.isEmpty {
                let statistic =
                    battery.priorityStatistic
                    ?? (battery.battery.kind.keyword == "kano" ? "better" : "balance")
                lines.append("Priority order by \(statistic) (highest first):")
                for (s, order) in battery.priorityOrders.enumerated() {
                    lines.append("  \(labels[s]): " + order.map { needs[$0].code }.joined(separator: " > "))
                }
            }
            for c in battery.orderComparisons {
                let p =
                    c.permutationPValue.map {
                        ", permutation p = \(TextTable.format($0, digits: 3)) "
                            + "(\(c.permutations) permutations)"
                    } ?? ""
                lines.append(
                    "  \(labels[c.first]) vs \(labels[c.second]): Spearman "
                        + "\(TextTable.format(c.spearman, digits: 3)), Kendall "
                        + "\(TextTable.format(c.kendall, digits: 3))\(p)")
            }
            for c in battery.concordance {
                lines.append(
                    "  Kendall's W in \(labels[c.segment]): \(TextTable.format(c.result.kendallW, digits: 3)) "
                        + "(Friedman p = \(TextTable.format(c.result.pValue, digits: 3)), n = \(c.respondents))")
            }
            if !battery.kano.isEmpty {
                var kano = TextTable(
                    headers: ["feature", "segment", "category", "Fong", "Better", "Worse"],
                    rightAligned: [false, false, false, false, true, true])
                for k in battery.kano {
                    kano.append([
                        needs[k.need].code, labels[k.segment], k.category.rawValue,
                        k.significant ? "significant" : "weak", TextTable.format(k.summary.better, digits: 3),
                        TextTable.format(k.summary.worse, digits: 3),
                    ])
                }
                lines.append(kano.rendered)
            }
            if !battery.placements.isEmpty {
                var ipa = TextTable(
                    headers: ["need", "segment", "importance", "performance", "gap", "quadrant"],
                    rightAligned: [false, false, true, true, true, false])
                for p in battery.placements {
                    ipa.append([
                        needs[p.need].code, labels[p.segment],
                        TextTable.format(p.placement.importance, digits: 3),
                        TextTable.format(p.placement.performance, digits: 3),
                        TextTable.format(p.placement.gap, digits: 3), p.placement.quadrant.rawValue,
                    ])
                }
                lines.append(ipa.rendered)
            }
            for d in battery.derived {
                let r2 = TextTable.format(d.result.rSquared, digits: 3)
                lines.append(
                    "  Derived importance in \(labels[d.segment]) (R² \(r2)): "
                        + needs.indices.map {
                            "\(needs[$0].code) r=\(TextTable.format(d.result.correlations[$0], digits: 2)) "
                                + "RW=\(TextTable.format(d.result.relativeWeightPercentages[$0], digits: 3))%"
                        }
                        .joined(separator: ", "))
            }
            if battery.battery.kind.keyword == "touchpoints" {
                lines.append(
                    "  balance = share positive - k x share negative, k = "
                        + "\(TextTable.format(report.options.negativeWeight, digits: 3)) (rule of thumb)")
            }
            if let classification = battery.classification {
                var classes = TextTable(
                    headers: ["need", "class", "important in", "p adj"],
                    rightAligned: [false, false, false, true])
                for r in classification.results {
                    let important = zip(battery.classifiedSegments, r.importantIn).filter(\.1).map { labels[$0.0] }
                    classes.append([
                        r.name, r.needClass.rawValue, important.joined(separator: ", "),
                        TextTable.format(r.adjustedPValue, digits: 3),
                    ])
                }
                let threshold = TextTable.format(battery.importanceThreshold ?? .nan, digits: 3)
                lines += [
                    "Classification (important from \(threshold) "
                        + "on \(battery.priorityStatistic ?? "")):", classes.rendered,
                ]
            }
        }
        let shares = report.classShares.filter { $0.count > 0 }
        if !shares.isEmpty {
            lines += [
                "",
                "Class shares: "
                    + shares.map {
                        "\($0.needClass.rawValue) \($0.count) (\(TextTable.format(100 * $0.share, digits: 3))%)"
                    }.joined(separator: ", "),
            ]
        }
        return lines.joined(separator: "\n")
    }
}
