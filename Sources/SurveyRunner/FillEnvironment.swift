public import SurveyResponses

/// What a fill session needs from the world: where answers go, an editor, the time, and how to show things.
public struct FillEnvironment {
    public var saver: any ResponseSaving
    public var editor: any TextEditing
    /// The time stamped on each answer; tests pass a fixed one.
    public var clock: () -> Timestamp
    public var styling: Styling
    /// Writes each line read after its prompt, so a transcript of scripted input reads like a
    /// terminal session (a terminal echoes by itself).
    public var echoesInput: Bool
    /// The response file's path as the respondent should see it.
    public var fileDescription: String
    /// The terminal's columns and rows, asked before each write so a resized window is
    /// followed; nil when output is not a terminal (then nothing is wrapped or paged).
    public var terminalSize: () -> (width: Int, height: Int)?

    public init(saver: any ResponseSaving, editor: any TextEditing = NoTextEditor(),
                clock: @escaping () -> Timestamp = Timestamp.now, styling: Styling = .plain,
                echoesInput: Bool = false, fileDescription: String,
                terminalSize: @escaping () -> (width: Int, height: Int)? = { nil }) {
        self.saver = saver
        self.editor = editor
        self.clock = clock
        self.styling = styling
        self.echoesInput = echoesInput
        self.fileDescription = fileDescription
        self.terminalSize = terminalSize
    }
}
