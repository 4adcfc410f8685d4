import SurveyForm

/// What a respondent types for each question of forms/arsrapport-ar2.yaml, and the answer it gives.
enum AnnualReportScript {
    struct Step {
        var id: String
        var lines: [String]
        var value: AnswerValue?
        var emptyConfirmed = false
    }

    static func step(for question: Question) -> Step {
        let id = question.id
        switch id {
        case "styrgrupp":
            return Step(id: id, lines: [":skip", "j"], value: nil, emptyConfirmed: true)
        case "kommungrupp-deltagare":
            return Step(id: id, lines: ["2", "3", "3", "3", "0", "0", "11"],
                        value: .countGrid(["politiker": 2, "forvaltningsledning": 3, "rektorer": 3, "larare": 3,
                                           "forskolechefer": 0, "forskollarare": 0], total: 11))
        case "mal-antal":
            return Step(id: id, lines: ["3"], value: .number(3))
        case "beslutade":
            return Step(id: id, lines: ["1, Annat: Ledningsgruppen för skolan"],
                        value: .choices(["namnd-utskott-kf-ks", "annat"], other: "Ledningsgruppen för skolan"))
        case "malen-nar":
            return Step(id: id, lines: ["ht 2013"], value: .termOrDate(.term(.autumn, year: 2013)))
        case "np-slutsatser":
            return Step(id: id, lines: ["1,2", "", "åk 6", "", "", "-"],
                        value: .checkGrid(["over-riket-andel": ["ak3", "ak6"], "forbattrade-resultat": ["ak6"]]))
        case "andra-exempel":
            return Step(id: id, lines: ["ja"], value: .yesNo(true))
        default:
            if case .status = question.kind { return Step(id: id, lines: ["påbörjad"], value: .status(.started)) }
            let text = "Svar på \(id).\nAndra raden."
            return Step(id: id, lines: ["Svar på \(id).", "Andra raden.", "."], value: .text(text))
        }
    }
}
