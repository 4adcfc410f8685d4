import SurveyRunner
import Testing

struct RunnerCommandTests {
    @Test(arguments: [
        (":back", RunnerCommand.back), (" :back ", .back), (":BACK", .back), (":tillbaka", .back),
        (":skip", .skip), (":review", .review), (":översikt", .review), (":help", .help), (":hjälp", .help),
        (":quit", .quit), (":q", .quit), (":avsluta", .quit), (":edit", .edit),
        (":goto mal-antal", .goto("mal-antal")), (":goto  12 ", .goto("12")), (":goto", .goto("")),
        (":bakc", .unknown("bakc")),
    ])
    func commands(line: String, expected: RunnerCommand) {
        #expect(RunnerCommand(parsing: line) == expected)
    }

    @Test(arguments: ["", "hej", ":)", ": se bilaga", ":-)", "::", "rektorer: alla", "10:30"])
    func linesThatAreAnswers(line: String) {
        #expect(RunnerCommand(parsing: line) == nil)
    }
}
