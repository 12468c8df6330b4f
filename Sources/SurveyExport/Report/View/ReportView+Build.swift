import SurveyStatistics

extension ReportView {
    /// Builds the view of `report`; `cellEscape` is applied to every table cell and list item.
    init(_ report: FindingsReport, cellEscape: (String) -> String, charts: ChartsView? = nil) {
        let esc = cellEscape
        title = report.title
        surveyID = report.surveyID
        surveyVersion = report.surveyVersion
        generatedAt = report.generatedAt
        weightingLine = report.weightSet.map { "weighted by weight set “\($0)”" } ?? "unweighted"
        segmentation = report.segmentation
        minimumBase = report.minimumBase
        confidence = "\(Int((report.confidenceLevel * 100).rounded()))%"
        storyBullets = ReportStory.bullets(report).map(esc)
        headlineBullets = report.headlines.map { metric in
            esc(
                "\(metric.label): \(ReportFormat.estimate(metric.overall, kind: metric.kind, unit: metric.unit)); "
                    + ReportFormat.base(metric.overall.base))
        }
        headlineTable = Self.headlineTable(report, esc)
        sample = Self.sample(report.sample, esc)
        weighting = report.weighting.map { Self.weighting($0, esc) }
        needs = report.needPriorities.map { Self.needs($0, esc) }
        needClassShares =
            report.needPriorities?.classShares.map {
                esc("\($0.needClass): \(ReportFormat.percent($0.share)) of needs")
            } ?? []
        kano = report.kano.isEmpty ? nil : Self.kano(report.kano, esc)
        quadrants = report.importancePerformance.isEmpty ? nil : Self.quadrants(report.importancePerformance, esc)
        why = report.why.map { Self.why($0, esc) }
        hasWhy = !why.isEmpty
        banners = report.banners.map { Self.banner($0, esc) }
        dataQuality = report.dataQuality.map { Self.dataQuality($0, esc) }
        notes = report.notes.map(esc)
        self.charts = charts
    }

    private static func headlineTable(_ report: FindingsReport, _ esc: (String) -> String) -> TableView? {
        guard let first = report.headlines.first else { return nil }
        let header = ["Metric", "Overall"] + first.segments.map { "\($0.segment) (\($0.letter))" }
        let rows = report.headlines.map { metric in
            RowView(
                cells: [
                    CellView(text: esc(metric.label), small: false),
                    CellView(
                        text: esc(ReportFormat.cell(metric.overall, kind: metric.kind, unit: metric.unit)),
                        small: metric.overall.suppressed),
                ]
                    + metric.segments.map { segment in
                        CellView(
                            text: esc(
                                ReportFormat.cell(
                                    segment.estimate, kind: metric.kind, unit: metric.unit, letters: segment.higherThan)
                            ),
                            small: segment.estimate.suppressed)
                    })
        }
        let note =
            "Letters name the segments a figure is significantly higher than (upper case at 95%, lower case "
            + "at 90%). Intervals are \(Int((report.confidenceLevel * 100).rounded()))% confidence intervals"
            + (report.shareInterval.map { ": shares by the \($0.rawValue) method (R svyciprop), means and NPS by t." }
                ?? ".")
        return TableView(tableTitle: nil, header: header.map(esc), rows: rows, tableNote: esc(note))
    }

    private static func sample(_ sample: SampleSummary, _ esc: (String) -> String) -> SampleView {
        let fieldwork: String?
        switch (sample.fieldworkStart, sample.fieldworkEnd) {
        case (let start?, let end?): fieldwork = "\(start) to \(end)"
        case (let start?, nil): fieldwork = "from \(start)"
        default: fieldwork = nil
        }
        let rates =
            Self.table(["Rate", "Value", "Formula (AAPOR)"], sample.rates) { rate in
                row([rate.name, rate.value.map(ReportFormat.percent1) ?? "–", rate.formula], esc)
            }
        let dispositions =
            Self.table(["Code", "Disposition", "Group", "Cases"], sample.dispositions) {
                row([$0.code, $0.label, $0.group, String($0.count)], esc)
            }
        let interviewers =
            Self.table(["Interviewer", "Completes", "Cases"], sample.interviewers) {
                row([$0.interviewer, String($0.completes), String($0.cases)], esc)
            }
        return SampleView(
            completes: sample.completes, cases: sample.cases, fieldwork: fieldwork.map(esc),
            rates: rates, dispositions: dispositions, interviewers: interviewers)
    }

    private static func weighting(_ weighting: WeightingSummary, _ esc: (String) -> String) -> WeightingView {
        let w = weighting.weights
        let summary =
            "\(w.count) weights from \(ReportFormat.decimal(w.minimum, digits: 3)) to "
            + "\(ReportFormat.decimal(w.maximum, digits: 3)) (median \(ReportFormat.decimal(w.median, digits: 3)), "
            + "CV \(ReportFormat.decimal(w.coefficientOfVariation, digits: 3))); design effect "
            + "\(ReportFormat.decimal(weighting.designEffect, digits: 2)), effective sample size "
            + "\(ReportFormat.decimal(weighting.effectiveSampleSize, digits: 1))."
        let margins =
            Self.table(["Variable", "Level", "Target", "Unweighted", "Weighted"], weighting.margins) {
                row(
                    [
                        $0.variable, $0.level, ReportFormat.percent1($0.target),
                        ReportFormat.percent1($0.unweighted),
                        ReportFormat.percent1($0.weighted),
                    ], esc)
            }
        return WeightingView(
            weightSet: esc(weighting.weightSet), method: weighting.method.map(esc), summary: summary,
            margins: margins)
    }

    private static func needs(_ needs: NeedPriorities, _ esc: (String) -> String) -> TableView {
        let header =
            ["Need", "Class"]
            + zip(needs.segments, needs.segmentBases).map { segment, base in
                "\(segment) (\(ReportFormat.base(base)))"
            }
        let rows = needs.needs.map { need in
            RowView(
                cells: [
                    CellView(text: esc(need.label), small: false), CellView(text: esc(need.needClass), small: false),
                ]
                    + zip(need.scores, need.ranks).map { score, rank in
                        let text =
                            score.suppressed
                            ? ReportFormat.smallBase(score.base)
                            : (score.value.map { ReportFormat.decimal($0, digits: 2) } ?? "–")
                                + (rank.map { " (#\($0))" } ?? "")
                        return CellView(text: esc(text), small: score.suppressed)
                    })
        }
        return TableView(
            tableTitle: nil, header: header.map(esc), rows: rows,
            tableNote: esc("Score: \(needs.scoreLabel); rank within the segment in brackets."))
    }

    private static func kano(_ results: [KanoResult], _ esc: (String) -> String) -> TableView {
        TableView(
            tableTitle: nil, header: ["Feature", "Category", "Better", "Worse", "Base"],
            rows: results.map { result in
                if result.suppressed {
                    return RowView(
                        cells: [CellView(text: esc(result.label), small: false)]
                            + Array(
                                repeating: CellView(text: esc(ReportFormat.smallBase(result.base)), small: true),
                                count: 3)
                            + [CellView(text: esc(ReportFormat.base(result.base)), small: true)])
                }
                return row(
                    [
                        result.label, result.category ?? "–",
                        result.better.map { ReportFormat.decimal($0, digits: 2) } ?? "–",
                        result.worse.map { ReportFormat.decimal($0, digits: 2) } ?? "–",
                        ReportFormat.base(result.base),
                    ], esc)
            }, tableNote: esc("Better = (A+O)/(A+O+M+I); Worse = −(O+M)/(A+O+M+I) (Timko 1993)."))
    }

    private static func quadrants(_ needs: [QuadrantNeed], _ esc: (String) -> String) -> TableView {
        TableView(
            tableTitle: nil, header: ["Need", "Importance", "Performance", "Quadrant"],
            rows: needs.map { need in
                RowView(cells: [
                    CellView(text: esc(need.label), small: false),
                    CellView(
                        text: esc(ReportFormat.cell(need.importance, kind: .mean)), small: need.importance.suppressed),
                    CellView(
                        text: esc(ReportFormat.cell(need.performance, kind: .mean)),
                        small: need.performance.suppressed),
                    CellView(text: esc(need.quadrant ?? "–"), small: need.quadrant == nil),
                ])
            }, tableNote: esc("Quadrants split at the mean importance and mean performance (Martilla & James 1977)."))
    }

    private static func why(_ finding: WhyFinding, _ esc: (String) -> String) -> WhyView {
        let segments = finding.segments.map { segment in
            let themes =
                Self.table(["Theme", "Share", "Representative quote"], segment.themes) { theme in
                    RowView(cells: [
                        CellView(text: esc(theme.theme), small: false),
                        CellView(
                            text: esc(ReportFormat.cell(theme.share, kind: .share)), small: theme.share.suppressed),
                        CellView(text: esc(theme.quotes.first.map { "“\($0)”" } ?? "–"), small: false),
                    ])
                }
            return WhySegmentView(
                segment: esc(segment.segment), base: ReportFormat.base(segment.base),
                smallBase: segment.smallBase, themes: themes, rawAnswers: segment.rawAnswers.map { esc("“\($0)”") },
                ladders: segment.smallBase ? [] : segment.ladders.map { esc(chain($0)) })
        }
        let map = finding.valueMap
        let labels = Dictionary(map?.nodes.map { ($0.code, $0.label) } ?? [], uniquingKeysWith: { first, _ in first })
        return WhyView(
            prompt: esc(finding.prompt), about: esc(finding.about), segments: segments,
            ladders: finding.ladders.map { esc(chain($0)) },
            valueMap: map.flatMap {
                $0.edges.isEmpty ? nil : ValueMapChart.svg($0, title: "Value map: \(finding.probeID)", caption: false)
            },
            valueMapLinks: map?.edges.sorted { ($1.count, $0.from, $0.to) < ($0.count, $1.from, $1.to) }.map { edge in
                esc("\(labels[edge.from] ?? edge.from) → \(labels[edge.to] ?? edge.to) (\(edge.count))")
            } ?? [],
            valueMapCaption: map.map { esc(ReportFormat.valueMapCaption($0)) },
            ladderNote: finding.ladderNote.map(esc))
    }

    /// "Low fees → Keep more money → Security (12)".
    private static func chain(_ chain: LadderChain) -> String {
        chain.steps.joined(separator: " → ") + " (\(chain.count))"
    }

    private static func banner(_ table: BannerFinding, _ esc: (String) -> String) -> TableView {
        let header =
            [table.statistic] + table.columns.map { "\($0.label) (\($0.letter)); \(ReportFormat.base($0.base))" }
        let kind: HeadlineMetric.Kind = table.statistic.contains("%") ? .share : .mean
        let rows = table.rows.map { row in
            RowView(
                cells: [CellView(text: esc(row.label), small: false)]
                    + row.cells.map { cell in
                        let text =
                            cell.estimate.suppressed
                            ? ReportFormat.smallBase(cell.estimate.base)
                            : (cell.estimate.value.map { ReportFormat.value($0, kind: kind) } ?? "–")
                                + (cell.higherThan.isEmpty ? "" : " " + cell.higherThan)
                        return CellView(text: esc(text), small: cell.estimate.suppressed)
                    })
        }
        return TableView(
            tableTitle: esc(table.title), header: header.map(esc), rows: rows,
            tableNote: esc(
                "Letters: significantly higher than the column with that letter (upper case 95%, lower case 90%)."))
    }

    private static func row(_ texts: [String], _ esc: (String) -> String) -> RowView {
        RowView(cells: texts.map { CellView(text: esc($0), small: false) })
    }

    /// A table (no title, no note) with a row for each of `items`, or nil when there are none (the template then
    /// leaves the table out).
    private static func table<Item>(_ header: [String], _ items: [Item], row: (Item) -> RowView) -> TableView? {
        items.isEmpty ? nil : TableView(tableTitle: nil, header: header, rows: items.map(row), tableNote: nil)
    }
}
