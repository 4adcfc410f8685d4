import Foundation

/// TF-IDF weights fitted on a set of statements: which terms become columns and their IDF.
///
/// Term frequency is sublinear (1 + ln tf) and IDF smooth (ln((1 + n) / (1 + df)) + 1), as in
/// scikit-learn. Stems and n-grams are two blocks, each scaled to unit length in a row, the
/// n-gram block then weighted by `gramWeight` and the whole row scaled to unit length again:
/// so n-grams join compounds to their parts without drowning whole-word matches.
///
/// Terms rarer than `minimumDocumentFrequency` are either dropped (large inputs, where they
/// only cost memory) or kept with their weight scaled by `rareWeight`: a term in one statement
/// matches nothing, but dropping it outright makes a statement that is mostly such terms look
/// like the few words it shares, which on a handful of answers joins unrelated statements.
///
/// Topic stems (the words of what every answer is about, such as the programme's name) count
/// as found in every statement, so they get the lowest IDF: "matematik" in a programme called
/// "Matematik PISA 2015" says nothing about which category a statement is in. So do the topic
/// words' n-grams (`topicGrams`): otherwise "matematik-" in "matematikutvecklaren",
/// "matematiklyftet" and "matematikresultaten" joins what the word alone no longer joins.
struct TFIDFModel: Sendable {
    /// The column of each stem id, or -1 when the stem is too rare to be a column.
    var stemColumns: [Int32]
    /// The column of each n-gram id, or -1.
    var gramColumns: [Int32]
    /// The stem id of each stem column (stem columns come first).
    var columnStems: [Int32]
    var idf: [Float]
    var gramWeight: Float

    var columnCount: Int { idf.count }
    var stemColumnCount: Int { columnStems.count }

    /// Weight factor of each column (1, or `rareWeight` for a rare term kept).
    var columnWeights: [Float] = []
    /// In how many statements each column's term was found (all of them for topic stems).
    var documentFrequencies: [Int32] = []

    static func fit(_ documents: [TermExtractor.Terms], stemCount: Int, gramCount: Int,
                    minimumDocumentFrequency: Int, gramWeight: Float, rareWeight: Float = 0,
                    topicStems: Set<Int32> = [], topicGrams: Set<Int32> = []) -> TFIDFModel {
        var stemFrequency = [Int32](repeating: 0, count: stemCount)
        var gramFrequency = [Int32](repeating: 0, count: gramCount)
        var seenStem = [Int32](repeating: -1, count: stemCount)
        var seenGram = [Int32](repeating: -1, count: gramCount)
        for (index, document) in documents.enumerated() {
            let marker = Int32(truncatingIfNeeded: index)
            for stem in document.stems where seenStem[Int(stem)] != marker {
                seenStem[Int(stem)] = marker
                stemFrequency[Int(stem)] += 1
            }
            for gram in document.grams where seenGram[Int(gram)] != marker {
                seenGram[Int(gram)] = marker
                gramFrequency[Int(gram)] += 1
            }
        }
        for stem in topicStems where Int(stem) < stemCount && stemFrequency[Int(stem)] > 0 {
            stemFrequency[Int(stem)] = Int32(truncatingIfNeeded: documents.count)
        }
        for gram in topicGrams where Int(gram) < gramCount && gramFrequency[Int(gram)] > 0 {
            gramFrequency[Int(gram)] = Int32(truncatingIfNeeded: documents.count)
        }
        let total = Double(documents.count)
        let minimum = Int32(max(1, minimumDocumentFrequency))
        var idf: [Float] = []
        var weights: [Float] = []
        var frequencies: [Int32] = []
        func weight(_ frequency: Int32) -> Float? {
            frequency >= minimum ? 1 : (rareWeight > 0 && frequency > 0 ? rareWeight : nil)
        }
        var stemColumns = [Int32](repeating: -1, count: stemCount)
        var columnStems: [Int32] = []
        for stem in 0..<stemCount {
            guard let factor = weight(stemFrequency[stem]) else { continue }
            stemColumns[stem] = Int32(idf.count)
            columnStems.append(Int32(stem))
            idf.append(Float(log((1 + total) / (1 + Double(stemFrequency[stem]))) + 1))
            weights.append(factor)
            frequencies.append(stemFrequency[stem])
        }
        var gramColumns = [Int32](repeating: -1, count: gramCount)
        if gramWeight > 0 {
            for gram in 0..<gramCount {
                guard let factor = weight(gramFrequency[gram]) else { continue }
                gramColumns[gram] = Int32(idf.count)
                idf.append(Float(log((1 + total) / (1 + Double(gramFrequency[gram]))) + 1))
                weights.append(factor)
                frequencies.append(gramFrequency[gram])
            }
        }
        var model = TFIDFModel(stemColumns: stemColumns, gramColumns: gramColumns, columnStems: columnStems,
                               idf: idf, gramWeight: gramWeight)
        model.columnWeights = weights
        model.documentFrequencies = frequencies
        return model
    }

    /// The unit-length TF-IDF row of one statement: sorted columns and their weights.
    func row(_ terms: TermExtractor.Terms) -> (columns: [Int32], values: [Float]) {
        var stemPart = weighted(terms.stems, through: stemColumns)
        var gramPart = weighted(terms.grams, through: gramColumns)
        Self.scaleToUnit(&stemPart.values, times: 1)
        Self.scaleToUnit(&gramPart.values, times: gramWeight)
        var columns = stemPart.columns + gramPart.columns
        var values = stemPart.values + gramPart.values
        Self.scaleToUnit(&values, times: 1)
        if values.allSatisfy({ $0 == 0 }) {
            columns = []
            values = []
        }
        return (columns, values)
    }

    /// The rows of many statements, built concurrently.
    func matrix(_ documents: [TermExtractor.Terms]) -> SparseMatrix {
        let parts = Parallel.mapChunks(of: documents.count, size: 4096) { range in
            var starts: [Int] = []
            var columns: [Int32] = []
            var values: [Float] = []
            for index in range {
                let row = row(documents[index])
                columns.append(contentsOf: row.columns)
                values.append(contentsOf: row.values)
                starts.append(columns.count)
            }
            return (starts, columns, values)
        }
        var rowStarts = [0]
        rowStarts.reserveCapacity(documents.count + 1)
        var columns: [Int32] = []
        var values: [Float] = []
        let entryCount = parts.reduce(0) { $0 + $1.1.count }
        columns.reserveCapacity(entryCount)
        values.reserveCapacity(entryCount)
        for (starts, partColumns, partValues) in parts {
            let offset = columns.count
            rowStarts.append(contentsOf: starts.map { $0 + offset })
            columns.append(contentsOf: partColumns)
            values.append(contentsOf: partValues)
        }
        return SparseMatrix(rowCount: documents.count, columnCount: columnCount, rowStarts: rowStarts, columns: columns, values: values)
    }

    private func weighted(_ ids: [Int32], through columnOf: [Int32]) -> (columns: [Int32], values: [Float]) {
        var columns: [Int32] = []
        columns.reserveCapacity(ids.count)
        for id in ids {
            let column = Int(id) < columnOf.count ? columnOf[Int(id)] : -1
            if column >= 0 { columns.append(column) }
        }
        columns.sort()
        var unique: [Int32] = []
        var values: [Float] = []
        var index = 0
        while index < columns.count {
            var end = index + 1
            while end < columns.count, columns[end] == columns[index] { end += 1 }
            unique.append(columns[index])
            let column = Int(columns[index])
            let factor = column < columnWeights.count ? columnWeights[column] : 1
            values.append((1 + Float(log(Double(end - index)))) * idf[column] * factor)
            index = end
        }
        return (unique, values)
    }

    private static func scaleToUnit(_ values: inout [Float], times weight: Float) {
        let length = values.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        guard length > 0 else { return }
        let factor = weight / length
        for index in values.indices { values[index] *= factor }
    }
}
