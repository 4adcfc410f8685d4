/// Where a fill session writes what the respondent sees.
public protocol OutputSink {
    mutating func write(_ text: String)
}
