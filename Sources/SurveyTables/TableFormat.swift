import Foundation

/// How numbers in tables are written: whole percent like the report ("86%"), or one decimal.
public struct TableFormat: Hashable, Sendable {
    public var shareDecimals: Int
    /// Decimal comma, as Swedish readers (and Swedish Excel) expect.
    public var decimalComma: Bool

    public init(shareDecimals: Int = 0, decimalComma: Bool = true) {
        self.shareDecimals = shareDecimals
        self.decimalComma = decimalComma
    }

    public func share(_ value: Double) -> String {
        number(value * 100, decimals: shareDecimals) + "%"
    }

    public func mean(_ value: Double) -> String {
        number(value, decimals: 2)
    }

    public func shareChange(_ points: Double) -> String {
        let text = number(abs(points), decimals: shareDecimals)
        if points > 0 { return "+" + text }
        if points < 0 { return "−" + text }
        return "±0"
    }

    public func countChange(_ value: Int) -> String {
        value > 0 ? "+\(value)" : value < 0 ? "−\(-value)" : "±0"
    }

    /// Rounds half away from zero, as people do by hand (1/64 → 2 %).
    public func number(_ value: Double, decimals: Int) -> String {
        let factor = pow(10, Double(decimals))
        let rounded = (value * factor).rounded(.toNearestOrAwayFromZero) / factor
        var text = String(format: "%.\(decimals)f", rounded)
        if decimalComma { text = text.replacingOccurrences(of: ".", with: ",") }
        return text
    }

    public func text(of cell: Table.Cell) -> String {
        switch cell {
        case .count(let value): String(value)
        case .share(let value): share(value)
        case .none: "-"
        case .mean(let value): mean(value)
        case .countChange(let value): countChange(value)
        case .shareChange(let value): shareChange(value)
        case .text(let text): text
        }
    }
}
