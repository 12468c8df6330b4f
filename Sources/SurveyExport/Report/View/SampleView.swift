struct SampleView {
    var completes: Int
    var cases: Int
    var fieldwork: String?
    var rates: TableView?
    var dispositions: TableView?
    var interviewers: TableView?
}
