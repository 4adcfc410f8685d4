import Foundation
import SurveyText
import Testing

struct SystemErrorWordingTests {
    @Test(arguments: [
        (EACCES, "behörighet saknas"),
        (EPERM, "behörighet saknas"),
        (EROFS, "disken är skrivskyddad"),
        (ENOSPC, "disken är full"),
        (EDQUOT, "diskkvoten är slut"),
        (ENOTDIR, "en del av sökvägen är en fil, inte en mapp"),
        (EISDIR, "det är en mapp, inte en fil"),
        (ENOENT, "filen eller mappen finns inte"),
        (ENAMETOOLONG, "namnet är för långt"),
        (ELOOP, "för många symboliska länkar i sökvägen"),
        (EIO, "läs- eller skrivfel på disken"),
        (EMFILE, "för många öppna filer"),
    ])
    func usualErrorsAreSaidInSwedish(error: Int32, reason: String) {
        #expect(SystemErrorWording.reason(error) == reason)
    }

    /// One without a wording of its own keeps the system's text, marked as a system error.
    @Test func otherErrorsKeepTheSystemsText() {
        #expect(SystemErrorWording.reason(EXDEV) == "systemfel: " + String(cString: strerror(EXDEV)))
    }
}
