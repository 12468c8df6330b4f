import SurveyText

extension SurveyFrame {
    /// Loads the requested columns of a CSV file (one pass over the bytes; see `CSVReader.readColumns`).
    ///
    /// `NA` and empty cells are missing. Throws the reader's `CSVError`/`CSVErrors`.
    public init(csv reader: CSVReader, columns: [CSVColumnRequest]) throws {
        let table = try reader.readColumns(columns)
        self.init(rowCount: table.rowCount)
        for (name, data) in zip(table.names, table.columns) {
            switch data {
            case .numeric(let values): try add(name, .numeric(values))
            case .categorical(let codes, let levels):
                try add(name, .categorical(CategoricalColumn(codes: codes, levels: levels)))
            }
        }
    }

    /// Opens `path` and loads the named columns (`automatic` kind each; duplicates are loaded once).
    public init(csvPath path: String, columns: [String]) throws {
        var seen = Set<String>()
        let requests = columns.filter { seen.insert($0).inserted }.map { CSVColumnRequest($0) }
        try self.init(csv: CSVReader(path: path), columns: requests)
    }
}
