import Foundation

/// The size of the terminal a command writes to.
enum TerminalSize {
    /// The columns and rows of the terminal stdout is, or nil when it is not one.
    static func ofStandardOutput() -> (width: Int, height: Int)? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }
}
